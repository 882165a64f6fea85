"""The zaaktype-bound resources share one contract: create, read, HEAD, update, delete, list.

Statustypen, roltypen, resultaattypen, eigenschappen, zaakobjecttypen and
zaaktype-informatieobjecttypen, each on a concept zaaktype.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi

Body = Callable[[Catalogi, dict, dict], Awaitable[dict[str, Any]]]


async def _ziot_body(api: Catalogi, catalogus: dict, zaaktype: dict) -> dict[str, Any]:
    # Published, so that the zaaktype can be published too (ztc-012).
    iot = await api.publish((await api.informatieobjecttype(catalogus["url"]))["url"])
    return h.ziot(zaaktype["url"], iot["url"])


@dataclass(frozen=True)
class Part:
    path: str
    body: Body
    change: dict[str, Any]  # a PATCH that changes one field
    # Whether the list shows only parts of published zaaktypen by default (`status` is
    # definitief); the OAS of /zaakobjecttypen has no `status`, so it lists every one.
    definitief_by_default: bool = True


PARTS = {
    "statustype": Part(
        h.STATUSTYPEN, lambda api, c, z: _value(h.statustype(z["url"])), {"omschrijving": "Nieuw"}
    ),
    "roltype": Part(
        h.ROLTYPEN,
        lambda api, c, z: _value(h.roltype(z["url"])),
        {"omschrijvingGeneriek": "initiator"},
    ),
    "resultaattype": Part(
        h.RESULTAATTYPEN,
        lambda api, c, z: _value(api.resultaattype_body(z["url"])),
        {"toelichting": "uitleg"},
    ),
    "eigenschap": Part(
        h.EIGENSCHAPPEN, lambda api, c, z: _value(h.eigenschap(z["url"])), {"definitie": "nieuw"}
    ),
    "zaakobjecttype": Part(
        h.ZAAKOBJECTTYPEN,
        lambda api, c, z: _value(h.zaakobjecttype(z["url"])),
        {"relatieOmschrijving": "nieuw"},
        definitief_by_default=False,
    ),
    "zaaktype-informatieobjecttype": Part(h.ZIOTS, _ziot_body, {"richting": "uitgaand"}),
}


async def _value(body: dict[str, Any]) -> dict[str, Any]:
    return body


@pytest.fixture(params=sorted(PARTS))
def part(request: pytest.FixtureRequest) -> Part:
    return PARTS[request.param]


async def test_create_answers_201_with_location_and_the_stored_part(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    zaaktype: dict,
    part: Part,
):
    body = await part.body(api, catalogus, zaaktype)
    response = await client.post(part.path, json=body, headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["url"].startswith(f"http://testserver{part.path}/")
    assert created["zaaktype"] == zaaktype["url"]
    assert created["zaaktypeIdentificatie"] == zaaktype["identificatie"]
    assert created["catalogus"] == catalogus["url"]
    retrieved = await client.get(h.path_of(created["url"]), headers=admin)
    assert retrieved.json() == created
    assert retrieved.headers["ETag"] == response.headers["ETag"]


async def test_head_and_if_none_match(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    zaaktype: dict,
    part: Part,
):
    created = await api.post(part.path, await part.body(api, catalogus, zaaktype))
    path = h.path_of(created["url"])
    etag = (await client.get(path, headers=admin)).headers["ETag"]
    head = await client.head(path, headers=admin)
    assert (head.status_code, head.content, head.headers["ETag"]) == (200, b"", etag)
    assert (await client.get(path, headers={**admin, "If-None-Match": etag})).status_code == 304


async def test_put_patch_and_delete_on_a_concept_zaaktype(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    zaaktype: dict,
    part: Part,
):
    body = await part.body(api, catalogus, zaaktype)
    created = await api.post(part.path, body)
    path = h.path_of(created["url"])

    put = await client.put(path, json={**body, **part.change}, headers=admin)
    assert put.status_code == 200, put.text
    assert put.json() == {**created, **part.change}
    restored = await client.patch(path, json={k: created[k] for k in part.change}, headers=admin)
    assert restored.status_code == 200, restored.text
    assert restored.json() == created

    assert (await client.delete(path, headers=admin)).status_code == 204
    h.assert_problem(await client.get(path, headers=admin), 404, "not_found")
    assert created["url"] not in str(await api.get(zaaktype["url"]))


async def test_list_filters_on_zaaktype_and_its_concept_status(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, part: Part
):
    concept = await api.zaaktype(catalogus["url"], identificatie="CONCEPT")
    published = await api.zaaktype(catalogus["url"], identificatie="DEFINITIEF")
    of_concept = await api.post(part.path, await part.body(api, catalogus, concept))
    of_published = await api.post(part.path, await part.body(api, catalogus, published))
    await api.publish(published["url"])

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(part.path, params=params, headers=admin))

    assert await listed(status="alles", zaaktype=concept["url"]) == [of_concept["url"]]
    assert await listed(status="alles", zaaktype=published["url"]) == [of_published["url"]]
    assert await listed(status="concept") == [of_concept["url"]]
    assert await listed(status="definitief") == [of_published["url"]]
    assert await listed(status="alles") == [of_concept["url"], of_published["url"]]
    missing = f"http://testserver{h.ZAAKTYPEN}/{h.MISSING_UUID}"
    assert await listed(status="alles", zaaktype=missing) == []
    if part.definitief_by_default:
        assert await listed() == [of_published["url"]]
    else:
        assert await listed() == [of_concept["url"], of_published["url"]]


async def test_list_is_paginated(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    part: Part,
):
    created = []
    for n in range(3):
        zaaktype = await api.zaaktype(catalogus["url"], identificatie=f"Z{n}")
        created.append(
            (await api.post(part.path, await part.body(api, catalogus, zaaktype)))["url"]
        )
    params = {"status": "alles", "pageSize": 2}
    first = (await client.get(part.path, params=params, headers=admin)).json()
    assert (first["count"], first["previous"]) == (3, None)
    assert [p["url"] for p in first["results"]] == created[:2]
    second = (await client.get(h.path_of(first["next"]), headers=admin)).json()
    assert [p["url"] for p in second["results"]] == created[2:]
    assert second["next"] is None
    past = await client.get(part.path, params={**params, "page": 3}, headers=admin)
    h.assert_problem(past, 404, "not_found")


async def test_unknown_zaaktype_is_400_bad_url(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    zaaktype: dict,
    part: Part,
):
    body = await part.body(api, catalogus, zaaktype)
    for wrong in (
        f"http://testserver{h.ZAAKTYPEN}/{h.MISSING_UUID}",
        f"https://catalogi.example.nl{h.ZAAKTYPEN}/{h.uuid_of(zaaktype['url'])}",
        catalogus["url"],
    ):
        response = await client.post(part.path, json={**body, "zaaktype": wrong}, headers=admin)
        assert h.invalid_params(response) == {("zaaktype", "bad-url")}


async def test_unknown_part_is_404(client: httpx.AsyncClient, admin: dict[str, str], part: Part):
    path = f"{part.path}/{h.MISSING_UUID}"
    for method in ("GET", "DELETE"):
        h.assert_problem(await client.request(method, path, headers=admin), 404, "not_found")
