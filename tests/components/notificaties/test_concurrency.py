"""Several dispatchers at once (PostgreSQL: `FOR UPDATE SKIP LOCKED`) never deliver a
notificatie twice, and each abonnement still receives in order of creation."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from sqlalchemy import func, select

from fundament.common.db import Database
from fundament.components.notificaties.dispatch.dispatcher import Dispatcher
from fundament.components.notificaties.models import DELIVERED, DeliveryAttempt
from tests.components.notificaties.conftest import DispatcherFactory, Post, Publish, Store
from tests.components.notificaties.helpers import ABONNEMENT, abonnement
from tests.components.notificaties.subscriber import Receiver
from tests.components.notificaties.test_delivery import until

pytestmark = pytest.mark.usefixtures("zaken")

ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/"
HOOKS = ("/a", "/b", "/c")
NOTIFICATIES = 40


async def test_two_dispatchers_share_the_work_without_duplicates(
    database: Database,
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
):
    if database.is_sqlite:
        pytest.skip("SQLite has a single writer; concurrent dispatchers are a PostgreSQL setup")
    for hook in HOOKS:
        await post(ABONNEMENT, abonnement(receiver.url(hook)))
    urls = [ZAAK + str(n) for n in range(NOTIFICATIES)]
    second = Database(database.url)  # another process's connections
    try:
        async with (
            dispatcher(use_clock=False, notificaties_batch_size=7) as one,
            dispatcher(db=second, use_clock=False, notificaties_batch_size=7) as two,
        ):
            claimed = Counter[str]()
            for name, running in (("one", one), ("two", two)):
                count_claims(running, name, claimed)
            tasks = [asyncio.create_task(d.run()) for d in (one, two)]
            for url in urls:
                await publish(url)

            async def all_delivered() -> bool:
                ours = await store.deliveries()
                return len(ours) == len(urls) * len(HOOKS) and all(
                    d.status == DELIVERED for d in ours
                )

            await until(all_delivered, limit=60)
            one.stop()
            two.stop()
            await asyncio.gather(*tasks)
    finally:
        await second.dispose()
    for hook in HOOKS:
        got = [r.body["resourceUrl"] for r in receiver.requests(hook)]
        assert Counter(got) == Counter(urls)  # each exactly once
        assert got == urls  # and in order of creation
    async with database.session() as session:
        successes = await session.scalar(
            select(func.count()).select_from(DeliveryAttempt).where(DeliveryAttempt.succeeded)
        )
    assert successes == len(urls) * len(HOOKS)
    # Every delivery was claimed exactly once, by one of the two.
    assert claimed.total() == len(urls) * len(HOOKS)


def count_claims(running: Dispatcher, name: str, claimed: Counter[str]) -> None:
    """Count the deliveries a dispatcher claims (wrapping its claim step)."""
    claim = running.start_deliveries

    async def counted() -> int:
        started = await claim()
        claimed[name] += started
        return started

    running.start_deliveries = counted  # type: ignore[method-assign]
