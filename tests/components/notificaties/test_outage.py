"""Outage: the subscriber is down for a while while zaken are created at a steady rate;
afterwards every notificatie is delivered exactly once, none lost, and every write succeeded.

Unlike the rest of this package, these tests run with the Zaken component (it registers kanaal
`zaken` at start and publishes on it in the write's transaction)."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from fundament.common.db import Database
from fundament.components.notificaties.models import DEAD, DELIVERED, DeliveryAttempt
from fundament.settings import Settings
from tests.components.catalogi import helpers as ztc
from tests.components.notificaties.conftest import DispatcherFactory, Post, Store
from tests.components.notificaties.helpers import ABONNEMENT, abonnement
from tests.components.notificaties.subscriber import Receiver
from tests.components.notificaties.test_delivery import until
from tests.components.zaken import helpers as zrc
from tests.conftest import settings_for

WRITES = 30
DOWN_AFTER, UP_AFTER = 8, 22  # the subscriber is down while writes 8..21 happen


@pytest.fixture
def settings(database: Database, tmp_path: Path) -> Settings:
    """Every component, Zaken included (the package's fixture leaves it out)."""
    return settings_for(database, tmp_path)


async def published_zaaktype(post: Post, client: httpx.AsyncClient, admin: dict[str, str]) -> str:
    """One catalogus with one published zaaktype, through the Catalogi API."""
    catalogus = await post(ztc.CATALOGUSSEN, ztc.catalogus("OUTG"))
    zaaktype = (await post(ztc.ZAAKTYPEN, ztc.zaaktype(catalogus["url"], eindeGeldigheid=None)))[
        "url"
    ]
    response = await client.post(f"{ztc.path_of(zaaktype)}/publish", headers=admin)
    assert response.status_code == 200, response.text
    return zaaktype


async def test_nothing_is_lost_or_duplicated_when_the_subscriber_is_down_for_a_while(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    receiver: Receiver,
    post: Post,
    dispatcher: DispatcherFactory,
    store: Store,
    database: Database,
):
    zaaktype = await published_zaaktype(post, client, admin)
    await post(ABONNEMENT, abonnement(receiver.url("/hook"), {"naam": "zaken"}))
    created: list[str] = []
    async with dispatcher(
        use_clock=False,
        notificaties_max_attempts=1000,  # an outage must not turn into dead letters here
        notificaties_retry_max_delay=0.1,
    ) as running:
        task = asyncio.create_task(running.run())
        for n in range(WRITES):
            if n == DOWN_AFTER:
                receiver.stop()
            if n == UP_AFTER:
                receiver.start()
            body = zrc.zaak(zaaktype, omschrijving=f"outage {n}")
            response = await client.post(zrc.ZAKEN, json=body, headers=zrc.crs(admin))
            assert response.status_code == 201, response.text  # writes never wait for delivery
            created.append(response.json()["url"])
            await asyncio.sleep(0.01)

        async def all_delivered() -> bool:
            ours = await store.deliveries()
            return len(ours) == WRITES and all(d.status == DELIVERED for d in ours)

        await until(all_delivered, limit=60)
        running.stop()
        await task
    received = Counter(r.body["resourceUrl"] for r in receiver.requests("/hook", accepted=True))
    lost = [url for url in created if received[url] == 0]
    duplicated = [url for url, count in received.items() if count > 1]
    assert (len(created), lost, duplicated) == (WRITES, [], [])
    # In order of creation, also across the outage.
    order = [r.body["resourceUrl"] for r in receiver.requests("/hook", accepted=True)]
    assert order == created
    deliveries = await store.deliveries()
    assert not [d for d in deliveries if d.status == DEAD]
    async with database.session() as session:
        successes = await session.scalar(
            select(func.count()).select_from(DeliveryAttempt).where(DeliveryAttempt.succeeded)
        )
    assert successes == WRITES  # no attempt recorded as successful twice
    failures = [a for a in await store.attempts() if not a.succeeded]
    assert failures  # the outage was noticed and retried
