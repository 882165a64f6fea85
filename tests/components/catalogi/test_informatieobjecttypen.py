"""Informatieobjecttypen: create, read, update, delete and list filters."""

from __future__ import annotations

import httpx

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi

OMSCHRIJVING_GENERIEK = {
    "informatieobjecttypeOmschrijvingGeneriek": "Aanvraag",
    "definitieInformatieobjecttypeOmschrijvingGeneriek": "Een verzoek",
    "herkomstInformatieobjecttypeOmschrijvingGeneriek": "KING",
    "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "bericht",
    "opmerkingInformatieobjecttypeOmschrijvingGeneriek": None,
}


async def test_create_answers_201_with_a_concept_informatieobjecttype(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict
):
    body = h.informatieobjecttype(
        catalogus["url"],
        trefwoord=["brief"],
        omschrijvingGeneriek=OMSCHRIJVING_GENERIEK,
        eindeGeldigheid="2030-12-31",
    )
    response = await client.post(h.INFORMATIEOBJECTTYPEN, json=body, headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["concept"] is True
    assert {key: created[key] for key in body} == body
    assert created["zaaktypen"] == created["besluittypen"] == []
    assert (await client.get(h.path_of(created["url"]), headers=admin)).json() == created


async def test_put_patch_and_delete_a_concept(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    created = await api.informatieobjecttype(catalogus["url"])
    path = h.path_of(created["url"])
    body = h.informatieobjecttype(catalogus["url"], omschrijving="brief", trefwoord=["a"])
    put = await client.put(path, json=body, headers=admin)
    assert put.status_code == 200, put.text
    assert (put.json()["omschrijving"], put.json()["trefwoord"]) == ("brief", ["a"])

    patch = await client.patch(path, json={"vertrouwelijkheidaanduiding": "geheim"}, headers=admin)
    assert patch.status_code == 200, patch.text
    assert patch.json() == {**put.json(), "vertrouwelijkheidaanduiding": "geheim"}

    assert (await client.delete(path, headers=admin)).status_code == 204
    h.assert_problem(await client.get(path, headers=admin), 404, "not_found")


async def test_list_filters_on_status_catalogus_omschrijving_and_datum_geldigheid(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi
):
    mine, other = await api.catalogus(), await api.catalogus()
    brief = await api.informatieobjecttype(
        mine["url"], omschrijving="brief", beginGeldigheid="2019-01-01"
    )
    nota = await api.informatieobjecttype(
        mine["url"], omschrijving="nota", beginGeldigheid="2021-01-01"
    )
    elders = await api.informatieobjecttype(other["url"], omschrijving="brief")
    await api.publish(nota["url"])

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(h.INFORMATIEOBJECTTYPEN, params=params, headers=admin))

    assert await listed() == [nota["url"]]
    assert await listed(status="concept") == [brief["url"], elders["url"]]
    assert await listed(status="alles", catalogus=mine["url"]) == [brief["url"], nota["url"]]
    assert await listed(status="alles", omschrijving="brief") == [brief["url"], elders["url"]]
    assert await listed(status="alles", datumGeldigheid="2020-06-01") == [
        brief["url"],
        elders["url"],
    ]
    assert await listed(status="alles", omschrijving="onbekend") == []


async def test_list_is_paginated(client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi):
    catalogus = await api.catalogus()
    created = [
        (await api.informatieobjecttype(catalogus["url"], omschrijving=f"io {n}"))["url"]
        for n in range(3)
    ]
    params = {"status": "alles", "pageSize": 2}
    first = (await client.get(h.INFORMATIEOBJECTTYPEN, params=params, headers=admin)).json()
    assert (first["count"], first["previous"]) == (3, None)
    assert [i["url"] for i in first["results"]] == created[:2]
    second = (await client.get(h.path_of(first["next"]), headers=admin)).json()
    assert [i["url"] for i in second["results"]] == created[2:]
    assert second["next"] is None


async def test_informatieobjecttype_shows_its_besluittypen(api: Catalogi, catalogus: dict):
    iot = await api.informatieobjecttype(catalogus["url"])
    besluittype = await api.besluittype(catalogus["url"], informatieobjecttypen=[iot["url"]])
    assert (await api.get(iot["url"]))["besluittypen"] == [besluittype["url"]]


async def test_retrieve_head_and_if_none_match(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    path = h.path_of((await api.informatieobjecttype(catalogus["url"]))["url"])
    etag = (await client.get(path, headers=admin)).headers["ETag"]
    head = await client.head(path, headers=admin)
    assert (head.status_code, head.content, head.headers["ETag"]) == (200, b"", etag)
    assert (await client.get(path, headers={**admin, "If-None-Match": etag})).status_code == 304


async def test_unknown_informatieobjecttype_is_404(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    path = f"{h.INFORMATIEOBJECTTYPEN}/{h.MISSING_UUID}"
    for method in ("GET", "DELETE"):
        h.assert_problem(await client.request(method, path, headers=admin), 404, "not_found")
    publish = await client.post(f"{path}/publish", headers=admin)
    h.assert_problem(publish, 404, "not_found")


async def test_deleting_a_concept_type_removes_the_links_to_it(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    iot = await api.informatieobjecttype(catalogus["url"])
    besluittype = await api.besluittype(catalogus["url"], informatieobjecttypen=[iot["url"]])
    zaaktype = await api.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    ziot = await api.ziot(zaaktype["url"], iot["url"])
    resultaattype = await api.resultaattype(
        zaaktype["url"], besluittypen=[besluittype["url"]], informatieobjecttypen=[iot["url"]]
    )

    assert (await client.delete(h.path_of(iot["url"]), headers=admin)).status_code == 204
    h.assert_problem(await client.get(h.path_of(ziot["url"]), headers=admin), 404, "not_found")
    assert (await api.get(besluittype["url"]))["informatieobjecttypen"] == []
    assert (await api.get(zaaktype["url"]))["informatieobjecttypen"] == []
    assert (await api.get(resultaattype["url"]))["informatieobjecttypen"] == []

    assert (await client.delete(h.path_of(besluittype["url"]), headers=admin)).status_code == 204
    assert (await api.get(zaaktype["url"]))["besluittypen"] == []
    assert (await api.get(resultaattype["url"]))["besluittypen"] == []
