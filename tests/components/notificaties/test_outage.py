"""Outage: the subscriber is down for a while during steady writes; afterwards every
notificatie is delivered exactly once, none lost, and every write succeeded."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
from sqlalchemy import func, select

from fundament.common.db import Database
from fundament.components.notificaties.models import DEAD, DELIVERED, DeliveryAttempt
from tests.components.notificaties.conftest import DispatcherFactory, Post, Store
from tests.components.notificaties.helpers import ABONNEMENT, abonnement
from tests.components.notificaties.subscriber import Receiver
from tests.components.notificaties.test_delivery import until

APPLICATIES = "/autorisaties/api/v1/applicaties"
WRITES = 30
DOWN_AFTER, UP_AFTER = 8, 22  # the subscriber is down while writes 8..21 happen


async def test_nothing_is_lost_or_duplicated_when_the_subscriber_is_down_for_a_while(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    receiver: Receiver,
    post: Post,
    dispatcher: DispatcherFactory,
    store: Store,
    database: Database,
):
    await post(ABONNEMENT, abonnement(receiver.url("/hook"), {"naam": "autorisaties"}))
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
            body = {"clientIds": [f"outage-{n}"], "label": f"{n}", "heeftAlleAutorisaties": True}
            response = await client.post(APPLICATIES, json=body, headers=admin)
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
