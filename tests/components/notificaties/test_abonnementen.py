"""Abonnement: list, create, read, replace, change, delete; kanalen and filters validated."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.components.notificaties.conftest import Post
from tests.components.notificaties.helpers import (
    ABONNEMENT,
    MISSING_UUID,
    abonnement,
    assert_problem,
    invalid_params,
    kanaal,
)

pytestmark = pytest.mark.usefixtures("zaken")

CALLBACK = "https://consumer.example.com/callback"


async def test_create_returns_the_abonnement_without_auth(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = abonnement(CALLBACK, {"naam": "zaken", "filters": {"bronorganisatie": "002220647"}})
    response = await client.post(ABONNEMENT, json=body, headers=admin)
    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert "auth" not in created  # write-only: the subscriber's secret is not shown again
    assert created == {
        "url": created["url"],
        "callbackUrl": CALLBACK,
        "kanalen": [{"naam": "zaken", "filters": {"bronorganisatie": "002220647"}}],
        "sendCloudevents": False,
        "cloudeventFilters": [],
    }
    read = await client.get(created["url"], headers=admin)
    assert read.status_code == 200
    assert read.json() == created


async def test_list_is_a_plain_array(client: httpx.AsyncClient, admin: dict[str, str], post: Post):
    first = await post(ABONNEMENT, abonnement(CALLBACK))
    second = await post(ABONNEMENT, abonnement("https://other.example.com/hook"))
    response = await client.get(ABONNEMENT, headers=admin)
    assert response.status_code == 200
    assert response.json() == [first, second]


async def test_several_kanalen_and_wildcard_filters(
    client: httpx.AsyncClient, admin: dict[str, str], post: Post
):
    await post("/notificaties/api/v1/kanaal", kanaal("meldingen", filters=["bronorganisatie"]))
    groups = [
        {"naam": "zaken", "filters": {"zaaktype": "*"}},
        {"naam": "meldingen", "filters": {}},
    ]
    created = await post(ABONNEMENT, abonnement(CALLBACK, *groups))
    assert created["kanalen"] == groups


async def test_put_replaces_callback_auth_and_kanalen(
    client: httpx.AsyncClient, admin: dict[str, str], post: Post
):
    created = await post(ABONNEMENT, abonnement(CALLBACK))
    body = abonnement(
        "https://new.example.com/hook", {"naam": "zaken", "filters": {"zaaktype": "x"}}
    )
    response = await client.put(created["url"], json=body, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["callbackUrl"] == "https://new.example.com/hook"
    assert response.json()["kanalen"] == [{"naam": "zaken", "filters": {"zaaktype": "x"}}]
    assert (await client.get(created["url"], headers=admin)).json() == response.json()


async def test_patch_keeps_what_is_not_sent(
    client: httpx.AsyncClient, admin: dict[str, str], post: Post
):
    created = await post(ABONNEMENT, abonnement(CALLBACK))
    kanalen = [{"naam": "zaken", "filters": {"bronorganisatie": "002220647"}}]
    response = await client.patch(created["url"], json={"kanalen": kanalen}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json() == {**created, "kanalen": kanalen}


async def test_delete_removes_it(client: httpx.AsyncClient, admin: dict[str, str], post: Post):
    created = await post(ABONNEMENT, abonnement(CALLBACK))
    response = await client.delete(created["url"], headers=admin)
    assert response.status_code == 204
    assert_problem(await client.get(created["url"], headers=admin), 404, "not_found")
    assert_problem(await client.delete(created["url"], headers=admin), 404, "not_found")


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
async def test_unknown_abonnement_is_404(
    client: httpx.AsyncClient, admin: dict[str, str], method: str
):
    response = await client.request(
        method, f"{ABONNEMENT}/{MISSING_UUID}", json=abonnement(CALLBACK), headers=admin
    )
    assert_problem(response, 404, "not_found")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"callbackUrl": "geen url"}, {("callbackUrl", "invalid")}),
        ({"callbackUrl": "ftp://example.com/x"}, {("callbackUrl", "invalid")}),
        ({"callbackUrl": "https://x.nl/" + "a" * 200}, {("callbackUrl", "max_length")}),
        ({"callbackUrl": None}, {("callbackUrl", "null")}),
        ({"auth": ""}, {("auth", "blank")}),
        ({"auth": None}, {("auth", "null")}),
        ({"kanalen": [{"filters": {}}]}, {("kanalen.0.naam", "required")}),
        ({"kanalen": [{"naam": "onbekend"}]}, {("kanalen.0.naam", "kanaal_naam")}),
        (
            {"kanalen": [{"naam": "zaken", "filters": {"bsn": "123456782"}}]},
            {("kanalen.0.filters", "inconsistent-abonnement-filters")},
        ),
        (
            {"kanalen": [{"naam": "zaken", "filters": {"zaaktype": ["lijst"]}}]},
            {("kanalen.0.filters.zaaktype", "invalid")},
        ),
        ({"sendCloudevents": True}, {("sendCloudevents", "cloudevents-not-supported")}),
    ],
    ids=[
        "url",
        "scheme",
        "long",
        "null-url",
        "blank-auth",
        "null-auth",
        "no-naam",
        "unknown-kanaal",
        "filter-not-on-kanaal",
        "filter-not-text",
        "cloudevents",
    ],
)
async def test_bad_abonnement_bodies_are_400(
    client: httpx.AsyncClient, admin: dict[str, str], change: dict[str, Any], expected: set
):
    body = {**abonnement(CALLBACK), **change}
    response = await client.post(ABONNEMENT, json=body, headers=admin)
    assert invalid_params(response) == expected
    assert (await client.get(ABONNEMENT, headers=admin)).json() == []


async def test_missing_fields_are_required(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.post(ABONNEMENT, json={}, headers=admin)
    assert invalid_params(response) == {("callbackUrl", "required"), ("auth", "required")}


async def test_malformed_json_is_400(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.post(
        ABONNEMENT,
        content=b'{"callbackUrl": ',
        headers={**admin, "Content-Type": "application/json"},
    )
    assert invalid_params(response) == {("nonFieldErrors", "parse_error")}


async def test_bad_patch_leaves_the_abonnement_unchanged(
    client: httpx.AsyncClient, admin: dict[str, str], post: Post
):
    created = await post(ABONNEMENT, abonnement(CALLBACK))
    response = await client.patch(
        created["url"], json={"kanalen": [{"naam": "onbekend"}]}, headers=admin
    )
    assert invalid_params(response) == {("kanalen.0.naam", "kanaal_naam")}
    assert (await client.get(created["url"], headers=admin)).json() == created


async def test_scopes(
    client: httpx.AsyncClient,
    consumer: dict[str, str],
    publisher: dict[str, str],
):
    # abonnement_create/update/delete need consumeren; list and read either scope.
    created = await client.post(ABONNEMENT, json=abonnement(CALLBACK), headers=consumer)
    assert created.status_code == 201, created.text
    url = created.json()["url"]
    assert (await client.get(ABONNEMENT, headers=publisher)).status_code == 200
    assert (await client.get(url, headers=publisher)).status_code == 200
    refused = [
        await client.post(ABONNEMENT, json=abonnement(CALLBACK), headers=publisher),
        await client.put(url, json=abonnement(CALLBACK), headers=publisher),
        await client.patch(url, json={"auth": "Bearer x"}, headers=publisher),
        await client.delete(url, headers=publisher),
    ]
    for response in refused:
        assert_problem(response, 403, "permission_denied")
    assert (await client.delete(url, headers=consumer)).status_code == 204
