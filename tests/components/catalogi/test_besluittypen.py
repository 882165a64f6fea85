"""Besluittypen: create, read, update, delete, list filters and what a besluittype shows."""

from __future__ import annotations

import httpx

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi


async def test_create_answers_201_with_a_concept_besluittype(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    iot = await api.informatieobjecttype(catalogus["url"], omschrijving="besluitbrief")
    body = h.besluittype(
        catalogus["url"],
        informatieobjecttypen=[iot["url"]],
        reactietermijn="P6W",
        publicatietermijn="P14D",
        besluitcategorie="vergunning",
    )
    response = await client.post(h.BESLUITTYPEN, json=body, headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["concept"] is True
    assert {key: created[key] for key in body} == body
    assert created["vastgelegdIn"] == ["besluitbrief"]
    assert created["zaaktypen"] == created["resultaattypen"] == []
    assert (await client.get(h.path_of(created["url"]), headers=admin)).json() == created


async def test_put_patch_and_delete_a_concept(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    path = h.path_of((await api.besluittype(catalogus["url"]))["url"])
    put = await client.put(
        path, json=h.besluittype(catalogus["url"], omschrijving="nieuw"), headers=admin
    )
    assert put.status_code == 200, put.text
    assert put.json()["omschrijving"] == "nieuw"
    patch = await client.patch(path, json={"toelichting": "uitleg"}, headers=admin)
    assert patch.status_code == 200, patch.text
    assert patch.json() == {**put.json(), "toelichting": "uitleg"}
    assert (await client.delete(path, headers=admin)).status_code == 204
    h.assert_problem(await client.get(path, headers=admin), 404, "not_found")


async def test_list_filters_on_zaaktypen_and_informatieobjecttypen(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    iot = await api.informatieobjecttype(catalogus["url"])
    with_iot = await api.besluittype(catalogus["url"], informatieobjecttypen=[iot["url"]])
    for_zaaktype = await api.besluittype(catalogus["url"], omschrijving="voor zaaktype")
    los = await api.besluittype(catalogus["url"], omschrijving="los")
    zaaktype = await api.zaaktype(catalogus["url"], besluittypen=[for_zaaktype["url"]])

    async def listed(**params: str) -> list[str]:
        params = {"status": "alles", **params}
        return h.urls(await client.get(h.BESLUITTYPEN, params=params, headers=admin))

    assert await listed(informatieobjecttypen=iot["url"]) == [with_iot["url"]]
    assert await listed(zaaktypen=zaaktype["url"]) == [for_zaaktype["url"]]
    assert await listed(omschrijving="los") == [los["url"]]
    missing_zaaktype = f"http://testserver{h.ZAAKTYPEN}/{h.MISSING_UUID}"
    assert await listed(zaaktypen=missing_zaaktype) == []
    bad = await client.get(h.BESLUITTYPEN, params={"zaaktypen": "geen-url"}, headers=admin)
    assert h.invalid_params(bad) == {("zaaktypen", "invalid")}


async def test_list_filters_on_status_catalogus_and_datum_geldigheid(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi
):
    mine, other = await api.catalogus(), await api.catalogus()
    old = await api.besluittype(
        mine["url"], beginGeldigheid="2010-01-01", eindeGeldigheid="2015-12-31"
    )
    new = await api.besluittype(mine["url"], beginGeldigheid="2016-01-01")
    elders = await api.besluittype(other["url"])
    await api.publish(new["url"])

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(h.BESLUITTYPEN, params=params, headers=admin))

    assert await listed() == [new["url"]]
    assert await listed(status="concept") == [old["url"], elders["url"]]
    assert await listed(status="alles", catalogus=mine["url"]) == [old["url"], new["url"]]
    assert await listed(status="alles", datumGeldigheid="2012-05-05") == [old["url"]]


async def test_besluittype_shows_its_zaaktypen_and_resultaattypen(api: Catalogi, catalogus: dict):
    besluittype = await api.besluittype(catalogus["url"])
    zaaktype = await api.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    resultaattype = await api.resultaattype(
        zaaktype["url"], omschrijving="Toegekend", besluittypen=[besluittype["url"]]
    )
    shown = await api.get(besluittype["url"])
    assert shown["zaaktypen"] == [zaaktype["url"]]
    assert shown["resultaattypen"] == [resultaattype["url"]]
    assert shown["resultaattypenOmschrijving"] == ["Toegekend"]
    assert (await api.get(resultaattype["url"]))["besluittypeOmschrijving"] == ["test"]


async def test_retrieve_head_and_if_none_match(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    path = h.path_of((await api.besluittype(catalogus["url"]))["url"])
    etag = (await client.get(path, headers=admin)).headers["ETag"]
    head = await client.head(path, headers=admin)
    assert (head.status_code, head.content, head.headers["ETag"]) == (200, b"", etag)
    assert (await client.get(path, headers={**admin, "If-None-Match": etag})).status_code == 304


async def test_unknown_informatieobjecttype_reference_is_400_bad_url(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict
):
    missing = f"http://testserver{h.INFORMATIEOBJECTTYPEN}/{h.MISSING_UUID}"
    body = h.besluittype(catalogus["url"], informatieobjecttypen=[missing])
    response = await client.post(h.BESLUITTYPEN, json=body, headers=admin)
    assert h.invalid_params(response) == {("informatieobjecttypen", "bad-url")}
