"""Concurrent creates without an identificatie each get their own generated one: all answer
201, none clashes with another (and none is refused as `identificatie-niet-uniek`)."""

from __future__ import annotations

import asyncio

import httpx

from tests.components.documenten import helpers as h

CONCURRENT = 10


async def test_concurrent_creates_get_distinct_identificaties(
    client: httpx.AsyncClient, admin: dict[str, str], iotype: str
):
    responses = await asyncio.gather(
        *(
            client.post(h.EIO, json=h.informatieobject(iotype), headers=admin)
            for _ in range(CONCURRENT)
        )
    )
    assert [r.status_code for r in responses] == [201] * CONCURRENT, [r.text for r in responses]
    identificaties = {r.json()["identificatie"] for r in responses}
    assert len(identificaties) == CONCURRENT
    assert all(i.startswith("DOCUMENT-2019-") for i in identificaties)
    listed = await client.get(h.EIO, headers=admin)
    assert listed.json()["count"] == CONCURRENT


async def test_concurrent_creates_with_one_identificatie_make_one_document(
    client: httpx.AsyncClient, admin: dict[str, str], iotype: str
):
    body = h.informatieobject(iotype, identificatie="DOC-SAME")
    responses = await asyncio.gather(
        *(client.post(h.EIO, json=body, headers=admin) for _ in range(CONCURRENT))
    )
    created = [r for r in responses if r.status_code == 201]
    assert len(created) == 1, [r.text for r in responses]
    for refused in (r for r in responses if r.status_code != 201):
        assert h.first_param(refused) == ("identificatie", "identificatie-niet-uniek")
    listed = await client.get(h.EIO, headers=admin)
    assert listed.json()["count"] == 1


async def test_a_new_version_may_not_take_another_documents_identificatie(
    client: httpx.AsyncClient, admin: dict[str, str], iotype: str
):
    first = await client.post(h.EIO, json=h.informatieobject(iotype), headers=admin)
    second = await client.post(h.EIO, json=h.informatieobject(iotype), headers=admin)
    url = h.path_of(second.json()["url"])
    lock = (await client.post(f"{url}/lock", headers=admin)).json()["lock"]
    patch = await client.patch(
        url, json={"identificatie": first.json()["identificatie"], "lock": lock}, headers=admin
    )
    assert h.first_param(patch) == ("identificatie", "identificatie-niet-uniek")
    read = await client.get(url, headers=admin)
    assert read.json()["identificatie"] == second.json()["identificatie"]
    assert read.json()["versie"] == 1
