"""A per-process cache of each client's secret and autorisaties (issue 9).

Without it every request pays two queries before it starts (the client's secret, then its
Applicatie's autorisaties). The cache is only used while it can be kept true:

- this process's own commits that touch the credential or autorisatie tables empty it at once
  (SQLAlchemy session events), and
- on PostgreSQL a trigger (migration 0013) NOTIFYs channel `fundament_auth` at every commit that
  changes those tables, from any process (other workers, the CLI, SQL by hand); a listener on its
  own connection empties the cache when it hears one. While that connection is down the cache is
  not used at all, and it starts empty when the connection is back.

SQLite has no such channel, so there the cache stays off and every request reads the tables.
Entries also expire after `FUNDAMENT_AUTH_CACHE_SECONDS` (0 turns the cache off).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import weakref
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

import asyncpg
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

if TYPE_CHECKING:
    from fundament.common.auth import ApplicatieGrants

log = logging.getLogger(__name__)

CHANNEL = "fundament_auth"
# The tables whose rows decide who a client is and what it may do.
AUTH_TABLES = frozenset({"jwt_clients", "ac_applicatie", "ac_client_id", "ac_autorisatie"})
MAX_ENTRIES = 10_000
_CHANGED = "fundament.auth_changed"  # Session.info flag: this transaction changed AUTH_TABLES


@dataclass(frozen=True, slots=True)
class Entry:
    secret: str
    applicatie: ApplicatieGrants | None
    loaded: float


class AuthCache:
    """Client id → (secret, autorisaties), trusted only while `live`."""

    def __init__(self, max_age: float) -> None:
        self.max_age = max_age
        self.live = False
        # Bumped by every clear: a load that began before a change must not be stored after it.
        self.generation = 0
        self._entries: dict[str, Entry] = {}
        # Tokens already verified against a cached secret: token → (client id, claims).
        self._tokens: dict[str, tuple[str, dict[str, Any]]] = {}
        _CACHES.add(self)

    def get(self, client_id: str) -> Entry | None:
        if not self.live:
            return None
        entry = self._entries.get(client_id)
        if entry is None or time.monotonic() - entry.loaded > self.max_age:
            return None
        return entry

    def put(
        self,
        client_id: str,
        generation: int,
        secret: str,
        applicatie: ApplicatieGrants | None,
    ) -> None:
        if not self.live or generation != self.generation:
            return
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()
        self._entries[client_id] = Entry(secret, applicatie, time.monotonic())

    def verified(self, token: str) -> tuple[Entry, dict[str, Any]] | None:
        """A token seen before, with its client's (still cached) entry and its claims."""
        known = self._tokens.get(token)
        if known is None:
            return None
        entry = self.get(known[0])
        return (entry, known[1]) if entry is not None else None

    def remember(self, token: str, client_id: str, claims: dict[str, Any], generation: int) -> None:
        """Keep a verified token, unless its validity depends on the clock beyond `iat`."""
        if not self.live or generation != self.generation or "exp" in claims or "nbf" in claims:
            return
        if len(self._tokens) >= MAX_ENTRIES:
            self._tokens.clear()
        self._tokens[token] = (client_id, claims)

    def clear(self) -> None:
        self.generation += 1
        self._entries.clear()
        self._tokens.clear()


_CACHES: weakref.WeakSet[AuthCache] = weakref.WeakSet()


def _clear_all() -> None:
    for cache in list(_CACHES):
        cache.clear()


# --- this process's own changes --------------------------------------------------------------


@event.listens_for(Session, "do_orm_execute")
def _statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if getattr(table, "name", None) in AUTH_TABLES:
            state.session.info[_CHANGED] = True


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: UOWTransaction) -> None:
    for instance in chain(session.new, session.dirty, session.deleted):
        if getattr(instance, "__tablename__", None) in AUTH_TABLES:
            session.info[_CHANGED] = True
            return


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    if session.info.pop(_CHANGED, False):
        _clear_all()


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(_CHANGED, None)


# --- every other process's changes (PostgreSQL) ------------------------------------------------


class ChangeListener:
    """LISTENs on `fundament_auth` over a connection of its own; keeps the cache live only while
    that connection is up (checked every few seconds), reconnecting with backoff."""

    CHECK_SECONDS = 5.0

    def __init__(self, database_url: str, cache: AuthCache) -> None:
        self.dsn = (
            make_url(database_url)
            .set(drivername="postgresql")
            .render_as_string(hide_password=False)
        )
        self.cache = cache
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> ChangeListener:
        self._task = asyncio.create_task(self._run(), name="fundament-auth-listener")
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def _heard(self, *_args: Any) -> None:
        self.cache.clear()

    async def _run(self) -> None:
        delay = 0.5
        while True:
            connection = None
            try:
                connection = await asyncpg.connect(self.dsn, timeout=10)
                await self._listen(connection)
                delay = 0.5
            except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                log.warning("auth cache off: no change listener (%s); retrying", exc)
            finally:
                self.cache.live = False
                self.cache.clear()
                if connection is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.shield(connection.close(timeout=2))
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)

    async def _listen(self, connection: asyncpg.Connection) -> None:
        """Until the connection is lost (or stops answering)."""
        lost = asyncio.Event()
        connection.add_termination_listener(lambda _connection: lost.set())
        await connection.add_listener(CHANNEL, self._heard)
        self.cache.clear()
        self.cache.live = True
        while not lost.is_set():
            try:
                await asyncio.wait_for(lost.wait(), self.CHECK_SECONDS)
            except TimeoutError:
                await connection.fetchval("SELECT 1", timeout=self.CHECK_SECONDS)
