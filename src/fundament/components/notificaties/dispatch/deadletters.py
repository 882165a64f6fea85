"""Dead letters: deliveries given up after their last attempt — listed, and replayed on demand."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.outbox import OutboxMessage
from fundament.components.notificaties.models import DEAD, PENDING, Abonnement, Delivery

logger = logging.getLogger("fundament.notificaties")

_delivery: Table = Delivery.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A notificatie that could not be delivered to one abonnement."""

    delivery: uuid.UUID
    abonnement: uuid.UUID
    callback_url: str
    kanaal: str
    resource: str
    actie: str
    resource_url: str
    aanmaakdatum: datetime
    attempts: int
    dead_at: datetime | None
    last_error: str
    notificatie: dict[str, Any]  # the body as delivered


def _filters(abonnement: uuid.UUID | None, since: datetime | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Delivery.status == DEAD]
    if abonnement is not None:
        conditions.append(Abonnement.uuid == abonnement)
    if since is not None:
        conditions.append(OutboxMessage.aanmaakdatum >= since)
    return conditions


async def count_dead(
    session: AsyncSession,
    *,
    abonnement: uuid.UUID | None = None,
    since: datetime | None = None,
) -> int:
    """How many dead letters `list_dead` finds with these filters (for pagination)."""
    query = (
        select(func.count())
        .select_from(Delivery)
        .join(Abonnement, Abonnement.id == Delivery.abonnement_id)
        .join(OutboxMessage, OutboxMessage.id == Delivery.outbox_id)
        .where(*_filters(abonnement, since))
    )
    return int(await session.scalar(query) or 0)


async def list_dead(
    session: AsyncSession,
    *,
    abonnement: uuid.UUID | None = None,
    since: datetime | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[DeadLetter]:
    """Dead letters, oldest notificatie first, optionally of one abonnement or created since."""
    query = (
        select(
            Delivery.uuid,
            Delivery.attempts,
            Delivery.dead_at,
            Delivery.last_error,
            Abonnement.uuid.label("abonnement"),
            Abonnement.callback_url,
            OutboxMessage,
        )
        .join(Abonnement, Abonnement.id == Delivery.abonnement_id)
        .join(OutboxMessage, OutboxMessage.id == Delivery.outbox_id)
        .where(*_filters(abonnement, since))
        .order_by(Delivery.id)
        .offset(offset)
        .limit(limit)
    )
    letters = []
    for row in await session.execute(query):
        message: OutboxMessage = row.OutboxMessage
        letters.append(
            DeadLetter(
                delivery=row.uuid,
                abonnement=row.abonnement,
                callback_url=row.callback_url,
                kanaal=message.kanaal,
                resource=message.resource,
                actie=message.actie,
                resource_url=message.resource_url,
                aanmaakdatum=message.aanmaakdatum,
                attempts=row.attempts,
                dead_at=row.dead_at,
                last_error=row.last_error,
                notificatie=message.as_notificatie(),
            )
        )
    return letters


async def replay(
    session: AsyncSession,
    *,
    now: datetime,
    since: datetime | None = None,
    abonnement: uuid.UUID | None = None,
) -> int:
    """Give dead letters a new series of attempts, starting now (their attempt history stays);
    optionally only those of one abonnement, or of notificaties created since a moment. Each
    goes back to its place in its abonnement's queue, so the order of creation still holds."""
    condition = [_delivery.c.status == DEAD]
    if abonnement is not None:
        condition.append(
            _delivery.c.abonnement_id.in_(
                select(Abonnement.id).where(Abonnement.uuid == abonnement)
            )
        )
    if since is not None:
        condition.append(
            _delivery.c.outbox_id.in_(
                select(OutboxMessage.id).where(OutboxMessage.aanmaakdatum >= since)
            )
        )
    result = await session.execute(
        update(_delivery)
        .where(*condition)
        .values(status=PENDING, attempts=0, next_attempt_at=now, dead_at=None)
    )
    await session.commit()
    count = int(getattr(result, "rowcount", 0))
    logger.info(
        "replaying %s dead letter(s) (since=%s, abonnement=%s)",
        count,
        since.isoformat() if since else "-",
        abonnement or "-",
        extra={"event": "notificatie.replay"},
    )
    return count
