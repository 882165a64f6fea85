"""Concurrent creates without an identificatie each get their own generated one: zaken
(zrc-002) and besluiten of a zaak of this deployment (brc-002, its zaakbesluit in the same
transaction, brc-006). All answer 201, none clashes with another."""

from __future__ import annotations

import asyncio

from tests.components.besluiten import helpers as brc
from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Types, Zaken

CONCURRENT = 10


async def test_concurrent_zaken_get_distinct_identificaties(api: Zaken, types: Types):
    responses = await asyncio.gather(
        *(
            api.http.post(h.ZAKEN, json=h.zaak(types.zaaktype), headers=api.headers)
            for _ in range(CONCURRENT)
        )
    )
    assert [r.status_code for r in responses] == [201] * CONCURRENT, [r.text for r in responses]
    identificaties = {r.json()["identificatie"] for r in responses}
    assert len(identificaties) == CONCURRENT


async def test_concurrent_besluiten_of_a_local_zaak_get_distinct_identificaties(api: Zaken):
    types = await api.types(publish=False)
    besluittype = (await api.catalogi.besluittype(types.catalogus))["url"]
    await api.catalogi.publish(besluittype)
    await api.patch(types.zaaktype, {"besluittypen": [besluittype]})
    await api.catalogi.publish(types.zaaktype)
    zaak = await api.zaak(types.zaaktype)
    body = brc.besluit(besluittype, zaak=zaak["url"])
    responses = await asyncio.gather(
        *(api.http.post(brc.BESLUITEN, json=body, headers=api.headers) for _ in range(CONCURRENT))
    )
    assert [r.status_code for r in responses] == [201] * CONCURRENT, [r.text for r in responses]
    besluiten = {r.json()["url"] for r in responses}
    assert len({r.json()["identificatie"] for r in responses}) == CONCURRENT
    zaakbesluiten = await api.get(f"{zaak['url']}/besluiten")
    assert {zb["besluit"] for zb in zaakbesluiten} == besluiten
