"""Catalogussen: create, read, list filters, pagination, ETag/HEAD and the types they list."""

from __future__ import annotations

import httpx

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi


async def test_create_answers_201_with_location_etag_and_the_stored_catalogus(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = h.catalogus(
        "ZGWT",
        naam="Gemeente",
        versie="1.0",
        begindatumVersie="2020-02-01",
        contactpersoonBeheerTelefoonnummer="0612345678",
        contactpersoonBeheerEmailadres="beheer@example.nl",
    )
    response = await client.post(h.CATALOGUSSEN, json=body, headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["url"].startswith(f"http://testserver{h.CATALOGUSSEN}/")
    assert response.headers["ETag"]
    assert {key: created[key] for key in body} == body
    assert created["zaaktypen"] == created["besluittypen"] == []
    assert created["informatieobjecttypen"] == []
    assert (await client.get(h.path_of(created["url"]), headers=admin)).json() == created


async def test_optional_fields_default_to_blank_or_null(api: Catalogi):
    created = await api.catalogus(domein="ABC")
    assert created["contactpersoonBeheerTelefoonnummer"] == ""
    assert created["contactpersoonBeheerEmailadres"] == ""
    assert created["naam"] is created["versie"] is created["begindatumVersie"] is None


async def test_same_domein_and_rsin_twice_is_400_unique(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi
):
    await api.catalogus(domein="ABC", rsin=h.RSINS[0])
    again = await client.post(h.CATALOGUSSEN, json=h.catalogus("ABC", h.RSINS[0]), headers=admin)
    assert h.invalid_params(again) == {("nonFieldErrors", "unique")}
    listed = await client.get(h.CATALOGUSSEN, params={"domein": "ABC"}, headers=admin)
    assert listed.json()["count"] == 1


async def test_same_domein_with_another_rsin_is_allowed(api: Catalogi):
    first = await api.catalogus(domein="ABC", rsin=h.RSINS[0])
    second = await api.catalogus(domein="ABC", rsin=h.RSINS[1])
    assert first["url"] != second["url"]


async def test_list_filters_on_domein_and_rsin(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi
):
    a = await api.catalogus(domein="AAA", rsin=h.RSINS[0])
    b = await api.catalogus(domein="BBB", rsin=h.RSINS[1])
    c = await api.catalogus(domein="CCC", rsin=h.RSINS[2])

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(h.CATALOGUSSEN, params=params, headers=admin))

    assert await listed() == [a["url"], b["url"], c["url"]]
    assert await listed(domein="BBB") == [b["url"]]
    assert await listed(domein__in="AAA,CCC") == [a["url"], c["url"]]
    assert await listed(rsin=h.RSINS[2]) == [c["url"]]
    assert await listed(rsin__in=f"{h.RSINS[0]},{h.RSINS[1]}") == [a["url"], b["url"]]
    assert await listed(domein="AAA", rsin=h.RSINS[1]) == []
    assert await listed(domein="ZZZ") == []


async def test_list_is_paginated_with_next_and_previous_links(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi
):
    created = [(await api.catalogus())["url"] for _ in range(3)]

    first = await client.get(h.CATALOGUSSEN, params={"pageSize": 2}, headers=admin)
    body = first.json()
    assert body["count"] == 3
    assert [c["url"] for c in body["results"]] == created[:2]
    assert body["previous"] is None
    assert body["next"] == f"http://testserver{h.CATALOGUSSEN}?pageSize=2&page=2"

    second = (await client.get(h.path_of(body["next"]), headers=admin)).json()
    assert [c["url"] for c in second["results"]] == created[2:]
    assert second["next"] is None
    assert second["previous"] == f"http://testserver{h.CATALOGUSSEN}?pageSize=2&page=1"

    past = await client.get(h.CATALOGUSSEN, params={"page": 2}, headers=admin)
    h.assert_problem(past, 404, "not_found")


async def test_catalogus_lists_its_own_types_only(api: Catalogi):
    mine = await api.catalogus()
    other = await api.catalogus()
    zaaktype = await api.zaaktype(mine["url"])
    iot = await api.informatieobjecttype(mine["url"])
    besluittype = await api.besluittype(mine["url"])
    await api.zaaktype(other["url"])

    shown = await api.get(mine["url"])
    assert shown["zaaktypen"] == [zaaktype["url"]]
    assert shown["informatieobjecttypen"] == [iot["url"]]
    assert shown["besluittypen"] == [besluittype["url"]]
    assert len((await api.get(other["url"]))["zaaktypen"]) == 1


async def test_retrieve_has_etag_head_has_no_body_and_if_none_match_is_304(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict
):
    path = h.path_of(catalogus["url"])
    got = await client.get(path, headers=admin)
    etag = got.headers["ETag"]
    head = await client.head(path, headers=admin)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["ETag"] == etag
    cached = await client.get(path, headers={**admin, "If-None-Match": etag})
    assert cached.status_code == 304
    other = await client.get(path, headers={**admin, "If-None-Match": '"anders"'})
    assert other.status_code == 200


async def test_etag_changes_when_a_type_is_added(api: Catalogi, client: httpx.AsyncClient):
    catalogus = await api.catalogus()
    path = h.path_of(catalogus["url"])
    before = (await client.get(path, headers=api.headers)).headers["ETag"]
    await api.zaaktype(catalogus["url"])
    after = (await client.get(path, headers=api.headers)).headers["ETag"]
    assert before != after


async def test_unknown_catalogus_is_404(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(f"{h.CATALOGUSSEN}/{h.MISSING_UUID}", headers=admin)
    h.assert_problem(response, 404, "not_found")


async def test_catalogussen_cannot_be_changed_or_deleted_in_1_3_1(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict
):
    path = h.path_of(catalogus["url"])
    for method in ("PUT", "PATCH", "DELETE"):
        response = await client.request(method, path, json=h.catalogus(), headers=admin)
        h.assert_problem(response, 405, "method_not_allowed")
