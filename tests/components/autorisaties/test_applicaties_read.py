"""Creating and reading Applicaties: create echo, retrieve, list filter, consumer, ETag."""

from __future__ import annotations

import httpx

from tests.components.autorisaties.conftest import CreateApplicatie
from tests.components.autorisaties.helpers import (
    APPLICATIES,
    BESLUITTYPE,
    CONSUMER,
    INFORMATIEOBJECTTYPE,
    MISSING_UUID,
    ZAAKTYPE,
    applicatie,
    assert_problem,
    brc,
    drc,
    zrc,
)


async def test_create_answers_201_with_location_and_the_stored_applicatie(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = applicatie("zeta", "alpha", "mid", label="Zaaksysteem", autorisaties=[zrc()])
    response = await client.post(APPLICATIES, json=body, headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["url"].startswith(f"http://testserver{APPLICATIES}/")
    assert created["clientIds"] == ["zeta", "alpha", "mid"]
    assert created["label"] == "Zaaksysteem"
    assert created["heeftAlleAutorisaties"] is False
    assert created["autorisaties"] == [
        {
            "component": "zrc",
            "componentWeergave": "Zaakregistratiecomponent",
            "scopes": ["zaken.lezen"],
            "zaaktype": ZAAKTYPE,
            "maxVertrouwelijkheidaanduiding": "openbaar",
        }
    ]
    stored = await client.get(created["url"], headers=admin)
    assert stored.json() == created


async def test_each_autorisatie_carries_only_its_own_components_fields(
    create_applicatie: CreateApplicatie,
):
    everything = {
        "zaaktype": ZAAKTYPE,
        "informatieobjecttype": INFORMATIEOBJECTTYPE,
        "besluittype": BESLUITTYPE,
        "maxVertrouwelijkheidaanduiding": "geheim",
    }
    body = applicatie(
        "app",
        autorisaties=[
            {**everything, "component": "zrc", "scopes": ["zaken.lezen"]},
            {**everything, "component": "drc", "scopes": ["documenten.lezen"]},
            {**everything, "component": "brc", "scopes": ["besluiten.lezen"]},
            {**everything, "component": "ztc", "scopes": ["catalogi.lezen"]},
            {**everything, "component": "nrc", "scopes": ["notificaties.consumeren"]},
            {**everything, "component": "ac", "scopes": ["autorisaties.lezen"]},
        ],
    )
    created = await create_applicatie(body)

    fields = {
        a["component"]: set(a) - {"component", "componentWeergave", "scopes"}
        for a in created["autorisaties"]
    }
    assert fields == {
        "zrc": {"zaaktype", "maxVertrouwelijkheidaanduiding"},
        "drc": {"informatieobjecttype", "maxVertrouwelijkheidaanduiding"},
        "brc": {"besluittype"},
        "ztc": set(),
        "nrc": set(),
        "ac": set(),
    }
    assert [a["componentWeergave"] for a in created["autorisaties"]] == [
        "Zaakregistratiecomponent",
        "Documentregistratiecomponent",
        "Besluitregistratiecomponent",
        "Zaaktypecatalogus",
        "Notificatierouteringcomponent",
        "Autorisatiecomponent",
    ]


async def test_label_and_client_id_may_use_their_full_length(create_applicatie: CreateApplicatie):
    created = await create_applicatie(applicatie("c" * 50, label="l" * 100))
    assert created["clientIds"] == ["c" * 50]
    assert created["label"] == "l" * 100


async def test_superuser_applicatie_has_no_autorisaties(create_applicatie: CreateApplicatie):
    created = await create_applicatie(applicatie("all-in", heeft_alle=True))
    assert created["heeftAlleAutorisaties"] is True
    assert created["autorisaties"] == []


async def test_retrieve_returns_the_applicatie_with_an_etag(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app", autorisaties=[drc(), brc()]))
    response = await client.get(created["url"], headers=admin)
    assert response.status_code == 200
    assert response.json() == created
    assert response.headers["ETag"].startswith('"')
    assert response.headers["API-version"] == "1.0.0"


async def test_retrieve_with_matching_if_none_match_is_304(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    etag = (await client.get(created["url"], headers=admin)).headers["ETag"]
    response = await client.get(created["url"], headers={**admin, "If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["ETag"] == etag


async def test_etag_changes_when_the_applicatie_changes(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    before = (await client.get(created["url"], headers=admin)).headers["ETag"]
    patched = await client.patch(created["url"], json={"label": "Nieuw"}, headers=admin)
    assert patched.status_code == 200
    response = await client.get(created["url"], headers={**admin, "If-None-Match": before})
    assert response.status_code == 200
    assert response.headers["ETag"] != before


async def test_head_answers_headers_without_a_body(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    get = await client.get(created["url"], headers=admin)
    head = await client.head(created["url"], headers=admin)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert head.headers["Content-Length"] == str(len(get.content))


async def test_list_is_paginated_and_includes_the_superuser(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    response = await client.get(APPLICATIES, headers=admin)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert body["next"] is None and body["previous"] is None
    assert [a["clientIds"] for a in body["results"]] == [["test-superuser"], ["app"]]
    assert body["results"][1] == created


async def test_list_pages_link_to_each_other(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    await create_applicatie(applicatie("app"))
    first = (await client.get(APPLICATIES, params={"pageSize": 1}, headers=admin)).json()
    assert first["count"] == 2 and first["previous"] is None
    second = (await client.get(first["next"], headers=admin)).json()
    assert second["next"] is None and second["previous"] is not None
    assert [first["results"][0]["clientIds"], second["results"][0]["clientIds"]] == [
        ["test-superuser"],
        ["app"],
    ]


async def test_list_filter_client_ids_matches_any_of_the_comma_separated_ids(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    one = await create_applicatie(applicatie("one-a", "one-b"))
    two = await create_applicatie(applicatie("two"))
    await create_applicatie(applicatie("three"))

    response = await client.get(APPLICATIES, params={"clientIds": "one-b,two"}, headers=admin)
    assert response.status_code == 200
    assert {a["url"] for a in response.json()["results"]} == {one["url"], two["url"]}
    assert response.json()["count"] == 2


async def test_list_filter_on_unknown_client_id_is_empty(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    await create_applicatie(applicatie("app"))
    response = await client.get(APPLICATIES, params={"clientIds": "nobody"}, headers=admin)
    assert response.status_code == 200
    assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}


async def test_consumer_returns_the_single_applicatie_of_a_client_id(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("first", "second", autorisaties=[zrc(), brc()]))
    await create_applicatie(applicatie("other"))
    response = await client.get(CONSUMER, params={"clientId": "second"}, headers=admin)
    assert response.status_code == 200
    assert response.json() == created


async def test_consumer_for_unknown_client_id_is_404(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    response = await client.get(CONSUMER, params={"clientId": "nobody"}, headers=admin)
    assert_problem(response, 404, "not_found")


async def test_consumer_without_client_id_is_400_required(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    response = await client.get(CONSUMER, headers=admin)
    body = assert_problem(response, 400, "invalid")
    assert [(p["name"], p["code"]) for p in body["invalidParams"]] == [("clientId", "required")]


async def test_retrieve_of_unknown_uuid_is_404(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(f"{APPLICATIES}/{MISSING_UUID}", headers=admin)
    assert_problem(response, 404, "not_found")
