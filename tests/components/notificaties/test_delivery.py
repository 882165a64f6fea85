"""Delivery to a real HTTP subscriber on 127.0.0.1: body, auth, 2xx, retries, attempts, order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from fundament.components.notificaties.models import DELIVERED, PENDING
from tests.components.notificaties.conftest import (
    Clock,
    DispatcherFactory,
    Post,
    Publish,
    Store,
)
from tests.components.notificaties.helpers import ABONNEMENT, ZAAKTYPE_A, abonnement, message
from tests.components.notificaties.subscriber import CLOSE, GARBAGE, TIMEOUT, Receiver

pytestmark = pytest.mark.usefixtures("zaken")

ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/"


async def until(condition: Callable[[], Awaitable[bool]], limit: float = 30.0) -> None:
    """Wait for a condition; `limit` only guards against a hang, it measures nothing."""
    for _ in range(int(limit / 0.02)):
        if await condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


async def test_the_notificatie_is_posted_with_the_abonnement_auth(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
):
    await post(ABONNEMENT, abonnement(receiver.url("/hook"), auth="Bearer geheim-123"))
    sent = await publish(ZAAK + "1", bronorganisatie="002220647", zaaktype=ZAAKTYPE_A)
    async with dispatcher() as running:
        await running.run_once()
    [request] = receiver.requests("/hook")
    assert request.method == "POST"
    assert request.authorization == "Bearer geheim-123"
    assert (
        request.body
        == sent
        == message(ZAAK + "1", bronorganisatie="002220647", zaaktype=ZAAKTYPE_A)
    )
    [delivery] = await store.deliveries()
    assert delivery.status == DELIVERED
    assert delivery.delivered_at is not None
    [attempt] = await store.attempts()
    assert (attempt.number, attempt.status_code, attempt.succeeded, attempt.error) == (
        1,
        204,
        True,
        "",
    )
    assert attempt.duration >= 0
    assert attempt.started_at is not None


@pytest.mark.parametrize("status", [200, 201, 202, 204, 299])
async def test_any_2xx_counts_as_delivered(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    status: int,
):
    receiver.answer("/hook", then=status)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    async with dispatcher() as running:
        await running.run_once()
    assert [d.status for d in await store.deliveries()] == [DELIVERED]


async def test_failures_are_retried_with_backoff_and_every_attempt_is_recorded(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
):
    receiver.answer("/hook", 500, CLOSE, then=204)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    async with dispatcher(notificaties_max_attempts=5) as running:
        await running.run_once()
        [delivery] = await store.deliveries()
        assert (delivery.status, delivery.attempts) == (PENDING, 1)
        # Not due yet: retry_base 0.05 s after the first failure.
        assert (delivery.next_attempt_at - clock.now).total_seconds() == pytest.approx(0.05)
        await running.run_once()
        assert len(receiver.requests("/hook")) == 1
        clock.advance(0.05)
        await running.run_once()
        [delivery] = await store.deliveries()
        assert (delivery.status, delivery.attempts) == (PENDING, 2)
        # The second wait doubles (retry_factor 2).
        assert (delivery.next_attempt_at - clock.now).total_seconds() == pytest.approx(0.1)
        clock.advance(0.1)
        await running.run_once()
    [delivery] = await store.deliveries()
    assert (delivery.status, delivery.attempts, delivery.last_error) == (DELIVERED, 3, "")
    attempts = await store.attempts()
    assert [(a.number, a.status_code, a.succeeded) for a in attempts] == [
        (1, 500, False),
        (2, None, False),
        (3, 204, True),
    ]
    assert attempts[0].error == "HTTP 500"
    assert attempts[1].error  # the connection closed without an answer
    assert len(receiver.requests("/hook", accepted=True)) == 1


@pytest.mark.parametrize("misbehaviour", [500, TIMEOUT, CLOSE, GARBAGE, 301, 404])
async def test_a_failing_subscriber_does_not_hold_up_the_others(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    misbehaviour: int | str,
):
    receiver.answer("/bad", then=misbehaviour)
    await post(ABONNEMENT, abonnement(receiver.url("/bad")))
    await post(ABONNEMENT, abonnement(receiver.url("/good")))
    urls = [ZAAK + str(n) for n in range(3)]
    for url in urls:
        await publish(url)  # publishing never waits for a subscriber
    async with dispatcher(
        use_clock=False, notificaties_max_attempts=100, notificaties_timeout=0.3
    ) as running:
        task = asyncio.create_task(running.run())

        async def good_has_all() -> bool:
            return len(receiver.requests("/good", accepted=True)) == len(urls)

        await until(good_has_all)
        running.stop()
        await task
    assert [r.body["resourceUrl"] for r in receiver.requests("/good")] == urls
    bad = receiver.requests("/bad")
    assert bad and {r.body["resourceUrl"] for r in bad} == {urls[0]}  # its queue waits
    assert not any(r.accepted for r in bad)
    failed = [a for a in await store.attempts() if not a.succeeded]
    assert failed and all(a.error for a in failed)


async def test_each_abonnement_receives_in_order_of_creation(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
):
    receiver.answer("/hook", 503, 500, then=204)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    urls = [ZAAK + str(n) for n in range(6)]
    for url in urls:
        await publish(url)
    async with dispatcher(use_clock=False, notificaties_max_attempts=10) as running:
        task = asyncio.create_task(running.run())

        async def all_accepted() -> bool:
            return len(receiver.requests("/hook", accepted=True)) == len(urls)

        await until(all_accepted)
        running.stop()
        await task
    # The first is retried until accepted before the second is tried at all.
    assert [r.body["resourceUrl"] for r in receiver.requests("/hook")] == [urls[0]] * 2 + urls


async def test_a_removed_abonnement_gets_nothing_more(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    client: Any,
    admin: dict[str, str],
):
    created = await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    async with dispatcher() as running:
        await running.route()
        assert len(await store.deliveries()) == 1
        assert (await client.delete(created["url"], headers=admin)).status_code == 204
        await running.run_once()
    assert await store.deliveries() == []
    assert receiver.requests("/hook") == []


@pytest.mark.parametrize("interruption", ["stop", "lease"])
async def test_claimed_notificaties_not_yet_posted_are_given_back(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
    interruption: str,
):
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    urls = [ZAAK + str(n) for n in range(3)]
    for url in urls:
        await publish(url)
    async with dispatcher() as running:
        await running.route()
        assert await running.start_deliveries() == 3  # one queue: the abonnement's three
        if interruption == "stop":
            running.stop()
        else:
            clock.advance(3600)  # the lease would run out before the first POST is answered
        await running.drain()
    assert receiver.requests("/hook") == []
    assert [(d.status, d.claim_token, d.attempts) for d in await store.deliveries()] == [
        (PENDING, "", 0)
    ] * 3
    async with dispatcher() as running:
        await running.run_once()
    assert [r.body["resourceUrl"] for r in receiver.requests("/hook")] == urls


async def test_a_failure_mid_queue_keeps_what_was_delivered_and_holds_the_rest(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
):
    receiver.answer("/hook", 204, 204, 500, then=204)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    urls = [ZAAK + str(n) for n in range(4)]
    for url in urls:
        await publish(url)
    async with dispatcher() as running:
        await running.run_once()
        assert [(d.status, d.attempts, d.claim_token) for d in await store.deliveries()] == [
            (DELIVERED, 1, ""),
            (DELIVERED, 1, ""),
            (PENDING, 1, ""),
            (PENDING, 0, ""),  # claimed with the others, given back untried
        ]
        clock.advance(1)
        await running.run_once()
    assert [d.status for d in await store.deliveries()] == [DELIVERED] * 4
    assert [r.body["resourceUrl"] for r in receiver.requests("/hook")] == [*urls[:3], *urls[2:]]
    assert [(a.status_code, a.succeeded) for a in await store.attempts()] == [
        (204, True),
        (204, True),
        (500, False),
        (204, True),
        (204, True),
    ]
