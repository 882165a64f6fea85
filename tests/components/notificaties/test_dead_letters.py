"""Dead letters: given up after the last attempt, logged, listed, and replayed on demand."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta
from typing import Any

import pytest

from fundament.common.db import Database, utcnow
from fundament.components.notificaties.dispatch import deadletters
from fundament.components.notificaties.dispatch.backoff import RetryPolicy
from fundament.components.notificaties.models import DEAD, DELIVERED, PENDING
from tests.components.notificaties.conftest import (
    Clock,
    DispatcherFactory,
    Post,
    Publish,
    Records,
    Store,
    exhaust,
)
from tests.components.notificaties.helpers import ABONNEMENT, NOTIFICATIES, abonnement, message
from tests.components.notificaties.subscriber import Receiver

pytestmark = pytest.mark.usefixtures("zaken")

ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/"


async def test_after_the_last_attempt_a_delivery_is_a_dead_letter_and_logged(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
    logged: Records,
):
    receiver.answer("/hook", 500, 500, 500, then=204)
    created = await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    await publish(ZAAK + "2")
    await exhaust(dispatcher, clock)
    first, second = await store.deliveries()
    assert (first.status, first.attempts, first.last_error) == (DEAD, 3, "HTTP 500")
    assert first.dead_at is not None
    # The queue moves on: the next notificatie is delivered after the first gave up.
    assert second.status == DELIVERED
    assert [r.body["resourceUrl"] for r in receiver.requests("/hook")] == [ZAAK + "1"] * 3 + [
        ZAAK + "2"
    ]
    dead = [r for r in logged.records if getattr(r, "event", "") == "notificatie.dead_letter"]
    assert len(dead) == 1 and dead[0].levelno == logging.WARNING
    async with store.database.session() as session:
        [letter] = await deadletters.list_dead(session)
    assert letter.delivery == first.uuid
    assert letter.callback_url == receiver.url("/hook")
    assert str(letter.abonnement) in created["url"]
    assert (letter.resource_url, letter.attempts, letter.last_error) == (ZAAK + "1", 3, "HTTP 500")


async def test_replay_delivers_a_dead_letter_once_the_subscriber_is_back(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
    database: Database,
):
    receiver.answer("/hook", 500, 500, 500, then=204)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    await exhaust(dispatcher, clock)
    async with database.session() as session:
        assert await deadletters.replay(session, now=clock.now) == 1
    [delivery] = await store.deliveries()
    assert (delivery.status, delivery.attempts, delivery.dead_at) == (PENDING, 0, None)
    async with dispatcher() as running:
        await running.run_once()
    [delivery] = await store.deliveries()
    assert delivery.status == DELIVERED
    # The history of the first series is kept next to the replayed attempt.
    assert [(a.number, a.succeeded) for a in await store.attempts()] == [
        (1, False),
        (2, False),
        (3, False),
        (1, True),
    ]
    assert len(receiver.requests("/hook", accepted=True)) == 1
    async with database.session() as session:
        assert await deadletters.list_dead(session) == []
        assert await deadletters.replay(session, now=clock.now) == 0


async def test_replay_can_be_limited_to_one_abonnement_or_to_recent_notificaties(
    receiver: Receiver,
    post: Post,
    client: Any,
    admin: dict[str, str],
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
    database: Database,
):
    receiver.answer("/a", then=500)
    receiver.answer("/b", then=500)
    a = await post(ABONNEMENT, abonnement(receiver.url("/a")))
    await post(ABONNEMENT, abonnement(receiver.url("/b")))
    old = {**message(ZAAK + "old"), "aanmaakdatum": "2020-01-01T00:00:00Z"}
    new = {**message(ZAAK + "new"), "aanmaakdatum": "2026-06-01T00:00:00Z"}
    for body in (old, new):
        assert (await client.post(NOTIFICATIES, json=body, headers=admin)).status_code == 201
    await exhaust(dispatcher, clock, rounds=6)
    assert {d.status for d in await store.deliveries()} == {DEAD}
    a_uuid = uuid.UUID(a["url"].rsplit("/", 1)[-1])
    async with database.session() as session:
        assert len(await deadletters.list_dead(session)) == 4
        only_a = await deadletters.list_dead(session, abonnement=a_uuid)
        assert {letter.callback_url for letter in only_a} == {receiver.url("/a")}
        since = utcnow().replace(year=2026, month=5, day=1)
        assert await deadletters.replay(session, now=clock.now, abonnement=a_uuid, since=since) == 1
        assert await deadletters.replay(session, now=clock.now, since=since) == 1
    pending = [d for d in await store.deliveries() if d.status == PENDING]
    outbox = {m.id: m.resource_url for m in await store.outbox()}
    assert sorted(outbox[d.outbox_id] for d in pending) == [ZAAK + "new", ZAAK + "new"]


def test_the_default_schedule_keeps_trying_for_at_least_a_day():
    from fundament.settings import Settings

    policy = RetryPolicy.from_settings(Settings(database_url="sqlite://"))
    assert policy.span() >= timedelta(hours=24).total_seconds()
    assert policy.delay(1) < policy.delay(2) < policy.delay(3)  # exponential at first
    assert policy.delay(1000) == policy.max_delay  # then capped, without overflow
    assert not policy.gives_up(policy.max_attempts - 1)
    assert policy.gives_up(policy.max_attempts)
