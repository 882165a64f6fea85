"""Kanaal: list (with `naam`), create, read, replace, change — and registration at start."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fundament.app import load_components
from tests.components.notificaties.conftest import Post
from tests.components.notificaties.helpers import (
    KANAAL,
    MISSING_UUID,
    ZAKEN_FILTERS,
    assert_problem,
    invalid_params,
    kanaal,
)


async def test_create_returns_the_kanaal_with_its_url(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    response = await client.post(KANAAL, json=kanaal(), headers=admin)
    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["url"].startswith("http://testserver/notificaties/api/v1/kanaal/")
    assert {k: v for k, v in created.items() if k != "url"} == {
        "naam": "zaken",
        "documentatieLink": "https://example.com/zaken",
        "filters": ZAKEN_FILTERS,
    }
    read = await client.get(created["url"], headers=admin)
    assert read.status_code == 200
    assert read.json() == created
    assert read.headers["ETag"]


async def test_only_naam_is_required(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.post(KANAAL, json={"naam": "kaal"}, headers=admin)
    assert response.status_code == 201, response.text
    assert response.json()["documentatieLink"] == ""
    assert response.json()["filters"] == []


async def test_list_is_a_plain_array_filtered_by_naam(
    client: httpx.AsyncClient, admin: dict[str, str], post: Post
):
    created = await post(KANAAL, kanaal("zaken"))
    await post(KANAAL, kanaal("meldingen", filters=[]))
    everything = await client.get(KANAAL, headers=admin)
    assert everything.status_code == 200
    assert {"zaken", "meldingen"} <= {k["naam"] for k in everything.json()}
    one = await client.get(KANAAL, params={"naam": "zaken"}, headers=admin)
    assert one.json() == [created]
    none = await client.get(KANAAL, params={"naam": "bestaat-niet"}, headers=admin)
    assert none.status_code == 200
    assert none.json() == []


async def test_naam_is_unique(client: httpx.AsyncClient, admin: dict[str, str], post: Post):
    await post(KANAAL, kanaal("zaken"))
    response = await client.post(KANAAL, json=kanaal("zaken"), headers=admin)
    assert invalid_params(response) == {("naam", "unique")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({}, {("naam", "required")}),
        ({"naam": ""}, {("naam", "blank")}),
        ({"naam": "x" * 51}, {("naam", "max_length")}),
        ({"naam": "a", "documentatieLink": "geen url"}, {("documentatieLink", "invalid")}),
        ({"naam": "a", "filters": "bronorganisatie"}, {("filters", "not_a_list")}),
        ({"naam": "a", "filters": ["x" * 101]}, {("filters.0", "max_length")}),
    ],
    ids=["missing", "blank", "long", "link", "filters-not-list", "filter-long"],
)
async def test_bad_kanaal_bodies_are_400(
    client: httpx.AsyncClient, admin: dict[str, str], body: dict[str, Any], expected: set
):
    response = await client.post(KANAAL, json=body, headers=admin)
    assert invalid_params(response) == expected


async def test_put_replaces_link_and_filters(
    client: httpx.AsyncClient, admin: dict[str, str], zaken: dict[str, Any]
):
    body = {"naam": "zaken", "documentatieLink": "https://example.com/v2", "filters": ["zaaktype"]}
    response = await client.put(zaken["url"], json=body, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json() == {**body, "url": zaken["url"]}
    assert (await client.get(zaken["url"], headers=admin)).json() == response.json()


async def test_patch_changes_only_what_is_sent(
    client: httpx.AsyncClient, admin: dict[str, str], zaken: dict[str, Any]
):
    response = await client.patch(zaken["url"], json={"filters": ["zaaktype"]}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json() == {**zaken, "filters": ["zaaktype"]}


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
async def test_naam_cannot_change(
    client: httpx.AsyncClient, admin: dict[str, str], zaken: dict[str, Any], method: str
):
    response = await client.request(method, zaken["url"], json=kanaal("zaken-nieuw"), headers=admin)
    assert invalid_params(response) == {("naam", "wijzigen-niet-toegelaten")}
    assert (await client.get(zaken["url"], headers=admin)).json() == zaken


async def test_patch_null_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str], zaken: dict[str, Any]
):
    response = await client.patch(zaken["url"], json={"filters": None}, headers=admin)
    assert invalid_params(response) == {("filters", "null")}


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH"])
async def test_unknown_kanaal_is_404(client: httpx.AsyncClient, admin: dict[str, str], method: str):
    response = await client.request(
        method, f"{KANAAL}/{MISSING_UUID}", json=kanaal(), headers=admin
    )
    assert_problem(response, 404, "not_found")


async def test_kanaal_cannot_be_deleted(
    client: httpx.AsyncClient, admin: dict[str, str], zaken: dict[str, Any]
):
    response = await client.delete(zaken["url"], headers=admin)
    assert_problem(response, 405, "method_not_allowed")


async def test_unknown_query_parameter_is_400(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(KANAAL, params={"naame": "zaken"}, headers=admin)
    assert invalid_params(response) == {("naame", "unknown-parameters")}


async def test_consumers_read_but_only_publishers_write(
    client: httpx.AsyncClient,
    consumer: dict[str, str],
    publisher: dict[str, str],
    zaken: dict[str, Any],
):
    assert (await client.get(KANAAL, headers=consumer)).status_code == 200
    assert (await client.get(zaken["url"], headers=consumer)).status_code == 200
    assert (await client.get(zaken["url"], headers=publisher)).status_code == 200
    refused = [
        await client.post(KANAAL, json=kanaal("nieuw"), headers=consumer),
        await client.put(zaken["url"], json=kanaal(), headers=consumer),
        await client.patch(zaken["url"], json={"filters": []}, headers=consumer),
    ]
    for response in refused:
        assert_problem(response, 403, "permission_denied")
    assert (await client.post(KANAAL, json=kanaal("nieuw"), headers=publisher)).status_code == 201


async def test_without_token_is_403(client: httpx.AsyncClient):
    assert_problem(await client.get(KANAAL), 403, "not_authenticated")


async def test_every_components_kanalen_are_registered_at_start(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    expected = {
        kanaal.naam: list(kanaal.filters)
        for component in load_components(["autorisaties", "catalogi"])
        for kanaal in component.kanalen
    }
    listed = {k["naam"]: k["filters"] for k in (await client.get(KANAAL, headers=admin)).json()}
    assert {naam: listed.get(naam) for naam in expected} == expected
    assert "zaaktypen" in expected and "autorisaties" in expected


async def test_registration_leaves_an_existing_kanaal_alone(
    client: httpx.AsyncClient, admin: dict[str, str], app: Any
):
    from fundament.common.component import Kanaal
    from fundament.components.notificaties.services.kanalen import register_kanalen

    [existing] = (await client.get(KANAAL, params={"naam": "autorisaties"}, headers=admin)).json()
    async with app.state.db.session() as session:
        added = await register_kanalen(
            session, [Kanaal("autorisaties", filters=("anders",)), Kanaal("nieuw-kanaal")]
        )
    assert added == ["nieuw-kanaal"]
    again = (await client.get(KANAAL, params={"naam": "autorisaties"}, headers=admin)).json()
    assert again == [existing]
