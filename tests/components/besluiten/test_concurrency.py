"""Concurrent creates without an identificatie each get their own generated one (brc-002):
all answer 201, none clashes with another."""

from __future__ import annotations

import asyncio

from tests.components.besluiten import helpers as h
from tests.components.besluiten.conftest import Api, Types

CONCURRENT = 10


async def test_concurrent_creates_get_distinct_identificaties(api: Api, types: Types):
    responses = await asyncio.gather(
        *(
            api.http.post(h.BESLUITEN, json=h.besluit(types.besluittype), headers=api.headers)
            for _ in range(CONCURRENT)
        )
    )
    assert [r.status_code for r in responses] == [201] * CONCURRENT, [r.text for r in responses]
    identificaties = {r.json()["identificatie"] for r in responses}
    assert len(identificaties) == CONCURRENT
    assert all(i.startswith("BESLUIT-2019-") for i in identificaties)
    page = await api.get(f"http://testserver{h.BESLUITEN}")
    assert page["count"] == CONCURRENT


async def test_concurrent_creates_with_one_identificatie_make_one_besluit(api: Api, types: Types):
    body = h.besluit(types.besluittype, identificatie="B-SAME")
    responses = await asyncio.gather(
        *(api.http.post(h.BESLUITEN, json=body, headers=api.headers) for _ in range(CONCURRENT))
    )
    created = [r for r in responses if r.status_code == 201]
    assert len(created) == 1, [r.text for r in responses]
    for refused in (r for r in responses if r.status_code != 201):
        assert h.first_param(refused) == ("identificatie", "identificatie-niet-uniek")
    page = await api.get(f"http://testserver{h.BESLUITEN}")
    assert page["count"] == 1
