"""Parts of a published zaaktype are frozen (ztc-010b/d/e/f, ztc-011b..e): `non-concept-zaaktype`.

Statustypen, roltypen, resultaattypen, eigenschappen and zaakobjecttypen; the forced scopes
allow corrections.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi

Body = Callable[[Catalogi, str], dict[str, Any]]

PARTS: dict[str, tuple[str, Body, dict[str, Any]]] = {
    "statustype": (h.STATUSTYPEN, lambda api, z: h.statustype(z), {"omschrijving": "ja"}),
    "roltype": (h.ROLTYPEN, lambda api, z: h.roltype(z), {"omschrijving": "ja"}),
    "resultaattype": (
        h.RESULTAATTYPEN,
        lambda api, z: api.resultaattype_body(z),
        {"toelichting": "ja"},
    ),
    "eigenschap": (h.EIGENSCHAPPEN, lambda api, z: h.eigenschap(z), {"definitie": "ja"}),
    "zaakobjecttype": (
        h.ZAAKOBJECTTYPEN,
        lambda api, z: h.zaakobjecttype(z),
        {"relatieOmschrijving": "ja"},
    ),
}
NON_CONCEPT = ("nonFieldErrors", "non-concept-zaaktype")


@pytest.fixture(params=sorted(PARTS))
def part(request: pytest.FixtureRequest) -> tuple[str, Body, dict[str, Any]]:
    return PARTS[request.param]


async def test_adding_a_part_to_a_published_zaaktype_is_400(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, zaaktype: dict, part
):
    path, body, _ = part
    await api.publish(zaaktype["url"])
    response = await client.post(path, json=body(api, zaaktype["url"]), headers=writer)
    assert h.first_param(response) == NON_CONCEPT
    listed = await client.get(path, params={"zaaktype": zaaktype["url"]}, headers=writer)
    assert h.urls(listed) == []


async def test_changing_or_removing_a_part_of_a_published_zaaktype_is_400(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, zaaktype: dict, part
):
    path, body, change = part
    full = body(api, zaaktype["url"])
    created = await api.post(path, full)
    await api.publish(zaaktype["url"])
    url = h.path_of(created["url"])

    attempts = [
        await client.put(url, json={**full, **change}, headers=writer),
        await client.patch(url, json=change, headers=writer),
        await client.patch(url, json={"eindeGeldigheid": "2030-01-01"}, headers=writer),
        await client.delete(url, headers=writer),
    ]
    for response in attempts:
        assert h.first_param(response) == NON_CONCEPT
    assert await api.get(created["url"]) == created


async def test_moving_a_part_to_a_published_zaaktype_is_400(
    client: httpx.AsyncClient,
    writer: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    zaaktype: dict,
    part,
):
    """ztc-011: a part of a concept zaaktype cannot be linked to a published one either."""
    path, body, _ = part
    full = body(api, zaaktype["url"])
    created = await api.post(path, full)
    published = await api.zaaktype(catalogus["url"], identificatie="GEPUBLICEERD")
    await api.publish(published["url"])
    url = h.path_of(created["url"])

    moved = {"zaaktype": published["url"]}
    for response in (
        await client.put(url, json={**full, **moved}, headers=writer),
        await client.patch(url, json=moved, headers=writer),
    ):
        assert h.first_param(response) == NON_CONCEPT
    assert (await api.get(created["url"]))["zaaktype"] == zaaktype["url"]


async def test_forced_scopes_allow_correcting_parts_of_a_published_zaaktype(
    client: httpx.AsyncClient, forcer: dict[str, str], api: Catalogi, zaaktype: dict, part
):
    path, body, change = part
    full = body(api, zaaktype["url"])
    await api.publish(zaaktype["url"])

    created = await client.post(path, json=full, headers=forcer)
    assert created.status_code == 201, created.text
    url = h.path_of(created.json()["url"])
    patched = await client.patch(url, json=change, headers=forcer)
    assert patched.status_code == 200, patched.text
    assert patched.json() == {**created.json(), **change}
    assert (await client.delete(url, headers=forcer)).status_code == 204


async def test_parts_of_a_concept_zaaktype_stay_editable_for_a_writer(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, zaaktype: dict, part
):
    path, body, change = part
    created = await client.post(path, json=body(api, zaaktype["url"]), headers=writer)
    assert created.status_code == 201, created.text
    url = h.path_of(created.json()["url"])
    assert (await client.patch(url, json=change, headers=writer)).status_code == 200
    assert (await client.delete(url, headers=writer)).status_code == 204
