"""Local routing: each pending outbox notification becomes one delivery per matching abonnement."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.outbox import PENDING, ROUTED, OutboxMessage
from fundament.components.notificaties import rules
from fundament.components.notificaties.models import AbonnementKanaal, Delivery, Kanaal

_outbox: Table = OutboxMessage.__table__  # type: ignore[assignment]
_group: Table = AbonnementKanaal.__table__  # type: ignore[assignment]
_kanaal: Table = Kanaal.__table__  # type: ignore[assignment]
_delivery: Table = Delivery.__table__  # type: ignore[assignment]

# PostgreSQL advisory lock held by the one dispatcher that routes at a time ("NRC" in ASCII).
ROUTING_LOCK = 0x4E5243


async def _may_route(session: AsyncSession) -> bool:
    """Per-abonnement ordering needs deliveries created in outbox order, so one dispatcher routes
    at a time (PostgreSQL: a transaction-scoped advisory lock; the others skip this round).
    SQLite has a single writer anyway."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(await session.scalar(select(func.pg_try_advisory_xact_lock(ROUTING_LOCK))))


async def _subscriptions(session: AsyncSession, kanalen: set[str]) -> dict[str, list[Any]]:
    """Every abonnement entry on these kanalen, by kanaal naam (one query)."""
    found: dict[str, list[Any]] = defaultdict(list)
    for row in await session.execute(
        select(_kanaal.c.naam, _group.c.abonnement_id, _group.c.filters)
        .join(_kanaal, _kanaal.c.id == _group.c.kanaal_id)
        .where(_kanaal.c.naam.in_(kanalen))
        .order_by(_group.c.abonnement_id)
    ):
        found[row.naam].append(row)
    return found


async def route_pending(session: AsyncSession, *, batch: int, now: datetime) -> int:
    """Route up to `batch` pending outbox rows, oldest first, in one transaction; the number
    routed. Claimed with `FOR UPDATE SKIP LOCKED` on PostgreSQL; on SQLite the status update is
    conditional, so rows another process routed meanwhile roll this round back."""
    if not await _may_route(session):
        await session.rollback()
        return 0
    rows = (
        await session.execute(
            select(_outbox.c.id, _outbox.c.kanaal, _outbox.c.kenmerken)
            .where(_outbox.c.status == PENDING)
            .order_by(_outbox.c.id)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
    ).all()
    if not rows:
        await session.rollback()
        return 0
    subscriptions = await _subscriptions(session, {row.kanaal for row in rows})
    deliveries: list[dict[str, Any]] = []
    for row in rows:
        kenmerken = row.kenmerken or {}
        # One delivery per (notificatie, abonnement), however many of its entries match.
        matching = {
            entry.abonnement_id
            for entry in subscriptions.get(row.kanaal, ())
            if rules.filters_match(entry.filters or {}, kenmerken)
        }
        deliveries += [
            {"outbox_id": row.id, "abonnement_id": abonnement, "next_attempt_at": now}
            for abonnement in sorted(matching)
        ]
    if deliveries:
        await session.execute(insert(_delivery), deliveries)
    ids = [row.id for row in rows]
    result = await session.execute(
        update(_outbox)
        .where(_outbox.c.id.in_(ids), _outbox.c.status == PENDING)
        .values(status=ROUTED)
    )
    if getattr(result, "rowcount", len(ids)) != len(ids):
        await session.rollback()  # another dispatcher routed some of them first
        return 0
    await session.commit()
    return len(rows)
