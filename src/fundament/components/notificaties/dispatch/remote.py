"""Remote mode: forward outbox notifications to another deployment's Notificaties API."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy import Table, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.auth import make_token
from fundament.common.component import Kanaal
from fundament.common.db import Database
from fundament.common.outbox import FORWARDED, PENDING, OutboxMessage
from fundament.components.notificaties.dispatch.backoff import RetryPolicy
from fundament.settings import Settings

logger = logging.getLogger("fundament.notificaties")

_outbox: Table = OutboxMessage.__table__  # type: ignore[assignment]


@dataclass(slots=True)
class RemoteNrc:
    """The remote NRC at `url`, called with a JWT minted fresh for every request."""

    url: str
    client_id: str
    secret: str
    client: httpx.AsyncClient
    timeout: float = 10.0  # seconds one request may take

    @classmethod
    def from_settings(cls, settings: Settings, client: httpx.AsyncClient) -> RemoteNrc:
        assert settings.notificaties_url
        return cls(
            settings.notificaties_url,
            settings.notificaties_client_id,
            settings.notificaties_secret,
            client,
            settings.notificaties_timeout,
        )

    def _headers(self) -> dict[str, str]:
        # A fresh token per request: a long-lived token expires and then every send fails.
        if not self.client_id:
            return {}
        return {"Authorization": f"Bearer {make_token(self.client_id, self.secret)}"}

    async def publish(self, body: dict[str, object]) -> httpx.Response:
        return await self.client.post(
            f"{self.url}/notificaties", json=body, headers=self._headers()
        )

    async def register(self, kanalen: Sequence[Kanaal]) -> None:
        """Create each kanaal the remote NRC lacks (GZ: a source registers its kanaal if it does
        not exist). Raises httpx.HTTPError when the NRC cannot be asked."""
        for kanaal in kanalen:
            found = await self.client.get(
                f"{self.url}/kanaal", params={"naam": kanaal.naam}, headers=self._headers()
            )
            found.raise_for_status()
            if found.json():
                continue
            created = await self.client.post(
                f"{self.url}/kanaal",
                json={
                    "naam": kanaal.naam,
                    "documentatieLink": kanaal.documentatie_link,
                    "filters": list(kanaal.filters),
                },
                headers=self._headers(),
            )
            created.raise_for_status()
            logger.info("registered kanaal %s at %s", kanaal.naam, self.url)


async def _claim(
    session: AsyncSession, batch: int, now: datetime, lease: timedelta
) -> list[OutboxMessage]:
    """Up to `batch` due pending rows, oldest first (`FOR UPDATE SKIP LOCKED` on PostgreSQL),
    leased by moving `available_at` past the time a forward may take."""
    rows = list(
        (
            await session.execute(
                select(OutboxMessage)
                .where(OutboxMessage.status == PENDING, OutboxMessage.available_at <= now)
                .order_by(OutboxMessage.id)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        ).scalars()
    )
    if rows:
        await session.execute(
            update(_outbox)
            .where(_outbox.c.id.in_([row.id for row in rows]), _outbox.c.status == PENDING)
            .values(available_at=now + lease)
        )
    await session.commit()
    return rows


async def _release(db: Database, ids: list[int], now: datetime) -> None:
    async with db.session() as session:
        await session.execute(
            update(_outbox)
            .where(_outbox.c.id.in_(ids), _outbox.c.status == PENDING)
            .values(available_at=now)
        )
        await session.commit()


def _unavailable(response: httpx.Response | None) -> bool:
    """The NRC is down or overloaded (retry later, and hold the rest back to keep their order),
    as opposed to refusing this one notificatie (a 4xx: retry it, but let the others pass)."""
    return response is None or response.status_code >= 500 or response.status_code in (408, 429)


async def forward_pending(
    db: Database,
    nrc: RemoteNrc,
    policy: RetryPolicy,
    *,
    batch: int,
    now: datetime,
    lease: timedelta,
) -> int:
    """Forward due outbox rows in creation order until the NRC accepts them (any 2xx); a failed
    row retries with backoff and never becomes a dead letter. Returns the number accepted."""
    async with db.session() as session:
        rows = await _claim(session, batch, now, lease)
    accepted = 0
    started = time.monotonic()
    for position, row in enumerate(rows):
        if time.monotonic() - started + nrc.timeout >= lease.total_seconds():
            # Before a POST could outlast the lease: give the rest back (due again at once).
            await _release(db, [later.id for later in rows[position:]], now)
            break
        response: httpx.Response | None = None
        try:
            response = await nrc.publish(row.as_notificatie())
            error = "" if response.is_success else f"HTTP {response.status_code}"
        except Exception as exc:  # connection, timeout, an unusable URL: all "try again later"
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        async with db.session() as session:
            if not error:
                await session.execute(
                    update(_outbox).where(_outbox.c.id == row.id).values(status=FORWARDED)
                )
                accepted += 1
            else:
                attempts = row.attempts + 1
                retry_at = now + timedelta(seconds=policy.delay(attempts))
                held = [row.id]
                if _unavailable(response):
                    held += [later.id for later in rows[position + 1 :]]
                await session.execute(
                    update(_outbox)
                    .where(_outbox.c.id == row.id)
                    .values(attempts=attempts, last_error=error)
                )
                await session.execute(
                    update(_outbox).where(_outbox.c.id.in_(held)).values(available_at=retry_at)
                )
                logger.warning(
                    "forwarding notificatie %s to %s failed: %s", row.uuid, nrc.url, error
                )
            await session.commit()
        if error and _unavailable(response):
            break
    return accepted
