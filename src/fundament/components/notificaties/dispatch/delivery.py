"""Callback delivery: claim abonnementen's queues of due deliveries, POST them, record attempts."""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.auth import make_token
from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from fundament.components.notificaties.dispatch.backoff import RetryPolicy
from fundament.components.notificaties.models import (
    DEAD,
    DELIVERED,
    PENDING,
    Abonnement,
    Delivery,
    DeliveryAttempt,
)

logger = logging.getLogger("fundament.notificaties")

_delivery: Table = Delivery.__table__  # type: ignore[assignment]
_attempt: Table = DeliveryAttempt.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Claim:
    """A delivery one dispatcher holds (until `until`) for one attempt."""

    delivery_id: int
    token: str
    until: datetime  # the end of the lease
    attempt: int  # the number of the attempt about to be made (1 = first)
    abonnement: uuid.UUID
    callback_url: str
    auth: str
    auth_client_id: str  # with `auth_secret`: mint a JWT per attempt instead of sending `auth`
    auth_secret: str
    body: bytes


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one POST to a callback gave."""

    started_at: datetime
    duration: float
    status_code: int | None
    error: str

    @property
    def succeeded(self) -> bool:
        # Any 2xx counts as delivered (the consumer API answers 204; others answer 200/201/202).
        return self.status_code is not None and 200 <= self.status_code < 300


def _heads() -> Any:
    """Per abonnement only the oldest undelivered notification may be attempted, so each
    abonnement receives its notifications in the order they were created."""
    return (
        select(func.min(_delivery.c.id))
        .where(_delivery.c.status == PENDING)
        .group_by(_delivery.c.abonnement_id)
        .scalar_subquery()
    )


def _queues(abonnementen: list[int], length: int) -> Any:
    """The first `length` undelivered notifications of each of these abonnementen (their heads
    included), in order: delivered one after another by one task, so a backlog drains without
    a claim per notification."""
    ranked = (
        select(
            _delivery.c.id,
            func.row_number()
            .over(partition_by=_delivery.c.abonnement_id, order_by=_delivery.c.id)
            .label("position"),
        )
        .where(_delivery.c.abonnement_id.in_(abonnementen), _delivery.c.status == PENDING)
        .subquery()
    )
    return select(ranked.c.id).where(ranked.c.position <= length)


async def claim_due(
    session: AsyncSession, *, limit: int, length: int, now: datetime, lease: timedelta
) -> list[list[Claim]]:
    """Claim the queues of up to `limit` abonnementen whose oldest delivery is due: that head and
    up to `length` - 1 after it. The heads are claimed with `FOR UPDATE SKIP LOCKED`, so
    concurrent dispatchers never take the same queue; the lease (token + `claimed_until`) keeps
    it theirs while the POSTs are under way. One list of claims per abonnement, in order."""
    free = or_(_delivery.c.claimed_until.is_(None), _delivery.c.claimed_until < now)
    heads = (
        await session.execute(
            select(_delivery.c.id, _delivery.c.abonnement_id)
            .where(
                _delivery.c.id.in_(_heads()),
                _delivery.c.next_attempt_at <= now,
                free,
            )
            .order_by(_delivery.c.next_attempt_at, _delivery.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    if not heads:
        await session.rollback()
        return []
    token, until = uuid.uuid4().hex, now + lease
    # The ids first: PostgreSQL plans `UPDATE … WHERE id IN (window subquery)` badly.
    ids = list(
        (await session.execute(_queues([head.abonnement_id for head in heads], length))).scalars()
    )
    # Conditional, so a delivery another process claimed in between (SQLite) is not taken.
    await session.execute(
        update(_delivery)
        .where(_delivery.c.id.in_(ids), _delivery.c.status == PENDING, free)
        .values(claim_token=token, claimed_until=until)
    )
    await session.commit()
    rows = await session.execute(
        select(
            Delivery.id,
            Delivery.attempts,
            Abonnement.uuid,
            Abonnement.callback_url,
            Abonnement.auth,
            Abonnement.auth_client_id,
            Abonnement.auth_secret,
            OutboxMessage,
        )
        .join(Abonnement, Abonnement.id == Delivery.abonnement_id)
        .join(OutboxMessage, OutboxMessage.id == Delivery.outbox_id)
        .where(Delivery.claim_token == token, Delivery.status == PENDING)
        .order_by(Delivery.abonnement_id, Delivery.id)
    )
    queues: dict[uuid.UUID, list[Claim]] = {}
    for row in rows:
        queues.setdefault(row.uuid, []).append(
            Claim(
                delivery_id=row.id,
                token=token,
                until=until,
                attempt=row.attempts + 1,
                abonnement=row.uuid,
                callback_url=row.callback_url,
                auth=row.auth,
                auth_client_id=row.auth_client_id,
                auth_secret=row.auth_secret,
                body=json.dumps(row.OutboxMessage.as_notificatie(), ensure_ascii=False).encode(),
            )
        )
    await session.rollback()
    return list(queues.values())


async def release(db: Database, claims: list[Claim]) -> None:
    """Give back claimed deliveries not attempted (a retry or a stop came first): they stay at
    their place in the queue, due as they were."""
    if not claims:
        return
    async with db.session() as session:
        await session.execute(
            update(_delivery)
            .where(
                _delivery.c.id.in_([claim.delivery_id for claim in claims]),
                _delivery.c.claim_token == claims[0].token,
            )
            .values(claim_token="", claimed_until=None)
        )
        await session.commit()


def authorization(claim: Claim, now: datetime) -> str:
    """The Authorization header for one attempt: with client credentials a ZGW JWT issued now
    (minted per attempt, so a retry hours later is not refused as expired: open-zaak#1694);
    else the abonnement's fixed `auth` value."""
    if claim.auth_client_id:
        token = make_token(claim.auth_client_id, claim.auth_secret, issued_at=now.timestamp())
        return f"Bearer {token}"
    return claim.auth


async def post(client: httpx.AsyncClient, claim: Claim, now: datetime) -> Outcome:
    """POST the notificatie to the callback, authorised as the abonnement says. The body of the
    answer is not read: only its status counts, so garbage cannot hurt."""
    headers = {"Content-Type": "application/json"}
    if value := authorization(claim, now):
        headers["Authorization"] = value
    started = time.monotonic()
    status_code: int | None = None
    error = ""
    try:
        async with client.stream(
            "POST", claim.callback_url, content=claim.body, headers=headers
        ) as response:
            status_code = response.status_code
    except httpx.TimeoutException as exc:
        error = f"timeout ({type(exc).__name__})"
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    except Exception as exc:  # an unusable URL or transport must not stop the dispatcher
        error = f"{type(exc).__name__}: {exc}"
    duration = time.monotonic() - started
    if status_code is not None and not 200 <= status_code < 300:
        error = f"HTTP {status_code}"
    return Outcome(started_at=now, duration=duration, status_code=status_code, error=error)


def _new_state(claim: Claim, outcome: Outcome, policy: RetryPolicy, now: datetime) -> dict:
    """The delivery's columns after this attempt: delivered, retried later, or dead."""
    values: dict[str, object] = {
        "attempts": claim.attempt,
        "claim_token": "",
        "claimed_until": None,
        "last_error": outcome.error,
    }
    if outcome.succeeded:
        values.update(status=DELIVERED, delivered_at=now)
    elif policy.gives_up(claim.attempt):
        values.update(status=DEAD, dead_at=now)
    else:
        values.update(
            status=PENDING, next_attempt_at=now + timedelta(seconds=policy.delay(claim.attempt))
        )
    return values


async def record(
    db: Database,
    results: Sequence[tuple[Claim, Outcome]],
    policy: RetryPolicy,
    now: datetime,
) -> list[str]:
    """Store attempts and the deliveries' new states in one transaction (one commit for a run
    of successes keeps a backlog draining fast); the new status of each. An attempt is kept
    even if its lease was lost meanwhile — every attempt is on record — but then the delivery
    is left to whoever holds it now (reported as pending)."""
    if not results:
        return []
    statuses: list[str] = []
    async with db.session() as session:
        await session.execute(
            insert(_attempt),
            [
                {
                    "delivery_id": claim.delivery_id,
                    "number": claim.attempt,
                    "started_at": outcome.started_at,
                    "duration": outcome.duration,
                    "status_code": outcome.status_code,
                    "succeeded": outcome.succeeded,
                    "error": outcome.error,
                }
                for claim, outcome in results
            ],
        )
        for claim, outcome in results:
            values = _new_state(claim, outcome, policy, now)
            result = await session.execute(
                update(_delivery)
                .where(_delivery.c.id == claim.delivery_id, _delivery.c.claim_token == claim.token)
                .values(**values)
            )
            if getattr(result, "rowcount", 1):
                statuses.append(str(values["status"]))
            else:
                logger.warning(
                    "delivery %s: lease lost before its result was stored", claim.delivery_id
                )
                statuses.append(PENDING)
        await session.commit()
    for (claim, outcome), status in zip(results, statuses, strict=True):
        if status == DEAD:
            logger.warning(
                "notificatie dead letter: delivery %s to abonnement %s (%s) failed %s times; "
                "last error: %s. Replay with `fundament notificaties replay`.",
                claim.delivery_id,
                claim.abonnement,
                claim.callback_url,
                claim.attempt,
                outcome.error,
                extra={"event": "notificatie.dead_letter", "delivery": claim.delivery_id},
            )
    return statuses
