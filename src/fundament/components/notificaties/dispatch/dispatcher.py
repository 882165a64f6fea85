"""The dispatcher: an asyncio loop that routes (or forwards) the outbox and delivers callbacks."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from types import TracebackType
from typing import Self

import httpx

from fundament.common.component import Kanaal
from fundament.common.db import Database, utcnow
from fundament.components.notificaties.dispatch import delivery, remote, routing
from fundament.components.notificaties.dispatch.alerts import Alerts, DeadLetterNotice
from fundament.components.notificaties.dispatch.backoff import RetryPolicy
from fundament.components.notificaties.models import DEAD, PENDING
from fundament.components.notificaties.services.kanalen import register_kanalen
from fundament.settings import Settings

logger = logging.getLogger("fundament.notificaties")

Clock = Callable[[], datetime]

# Successful deliveries of one run are stored together: at most this many, or this many seconds
# after the first one (a crash in between means those are POSTed again: at least once).
RECORD_EVERY = 50
RECORD_AFTER = 1.0


class Dispatcher:
    """Moves notifications from the outbox to their subscribers; several may run at once.

    Local mode (no `notificaties_url`): pending outbox rows become deliveries to this
    deployment's abonnementen, which are POSTed to their callbacks with retries. Remote mode:
    outbox rows are forwarded to the remote NRC until it accepts them. Deliveries run as asyncio
    tasks, at most `notificaties_concurrency` at once and one per abonnement, so a slow or
    failing subscriber only ever holds up its own queue.
    """

    def __init__(
        self,
        db: Database,
        settings: Settings,
        kanalen: Sequence[Kanaal] = (),
        *,
        clock: Clock = utcnow,
    ) -> None:
        self.db = db
        self.settings = settings
        self.kanalen = tuple(kanalen)
        self.clock = clock
        self.policy = RetryPolicy.from_settings(settings)
        self.alerts = Alerts.from_settings(settings)
        # A claim outlives the longest POST, so no other dispatcher retries it meanwhile.
        self.lease = timedelta(seconds=2 * settings.notificaties_timeout + 30)
        self._client: httpx.AsyncClient | None = None
        self._running: set[asyncio.Task[None]] = set()
        self._stop = asyncio.Event()
        self._registered = not self.kanalen

    async def __aenter__(self) -> Self:
        self._client = httpx.AsyncClient(
            timeout=self.settings.notificaties_timeout, follow_redirects=False
        )
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.drain()
        await self.alerts.close()
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("use the Dispatcher as `async with Dispatcher(...) as dispatcher`")
        return self._client

    @property
    def is_remote(self) -> bool:
        return bool(self.settings.notificaties_url)

    # --- steps (each usable on its own: tests, `fundament worker --once`) ----------------------

    async def register(self) -> bool:
        """Make sure the components' kanalen exist at the NRC (here, or the remote one)."""
        if self._registered:
            return True
        try:
            if self.is_remote:
                nrc = remote.RemoteNrc.from_settings(self.settings, self.client)
                await nrc.register(self.kanalen)
            else:
                async with self.db.session() as session:
                    await register_kanalen(session, self.kanalen)
        except Exception as exc:
            logger.warning("kanalen not registered yet (%s); trying again later", exc)
            return False
        self._registered = True
        return True

    async def route(self) -> int:
        """One batch of the outbox: routed to deliveries here, or forwarded to the remote NRC."""
        batch = self.settings.notificaties_batch_size
        if self.is_remote:
            nrc = remote.RemoteNrc.from_settings(self.settings, self.client)
            return await remote.forward_pending(
                self.db, nrc, self.policy, batch=batch, now=self.clock(), lease=self.lease
            )
        async with self.db.session() as session:
            return await routing.route_pending(session, batch=batch, now=self.clock())

    async def start_deliveries(self) -> int:
        """Claim the queues of due abonnementen for the free slots and start a task for each;
        the number of deliveries claimed."""
        free = self.settings.notificaties_concurrency - len(self._running)
        if free <= 0:
            return 0
        async with self.db.session() as session:
            queues = await delivery.claim_due(
                session,
                limit=free,
                length=self.settings.notificaties_batch_size,
                now=self.clock(),
                lease=self.lease,
            )
        for queue in queues:
            task = asyncio.create_task(self._deliver(queue), name=f"deliver-{queue[0].abonnement}")
            self._running.add(task)
            task.add_done_callback(self._running.discard)
        return sum(len(queue) for queue in queues)

    async def _deliver(self, queue: list[delivery.Claim]) -> None:
        try:
            await self._deliver_queue(queue)
        except Exception:
            # Whatever is left keeps its lease until it runs out; then it is tried again.
            logger.exception("delivering to abonnement %s failed", queue[0].abonnement)

    async def _deliver_queue(self, queue: list[delivery.Claim]) -> None:
        """One abonnement's claimed notifications, in order. Successes are stored together (at
        most RECORD_EVERY of them, or after RECORD_AFTER seconds); a failure is stored at once.
        A failure that will be retried ends the run (what follows must wait for it); a dead
        letter does not (the queue moves on)."""
        timeout = timedelta(seconds=self.settings.notificaties_timeout)
        results: list[tuple[delivery.Claim, delivery.Outcome]] = []
        since = time.monotonic()
        for position, claim in enumerate(queue):
            # Stop when asked, or before a POST could outlast the lease (another dispatcher
            # may then take the queue: it must not find one of ours still under way).
            if self._stop.is_set() or self.clock() + timeout >= claim.until:
                await self._record(results)
                await delivery.release(self.db, queue[position:])
                return
            outcome = await delivery.post(self.client, claim, self.clock())
            if not results:
                since = time.monotonic()
            results.append((claim, outcome))
            if (
                outcome.succeeded
                and len(results) < RECORD_EVERY
                and time.monotonic() - since < RECORD_AFTER
                and position + 1 < len(queue)
            ):
                continue
            # If storing fails, the leases run out and these POSTs are made again: at least once.
            statuses = await self._record(results)
            results = []
            if statuses[-1] == PENDING:
                await delivery.release(self.db, queue[position + 1 :])
                return

    async def _record(self, results: list[tuple[delivery.Claim, delivery.Outcome]]) -> list[str]:
        """Store the attempts; report those that became dead letters (besides the log event)
        to the administrators, without waiting for the e-mail."""
        statuses = await delivery.record(self.db, results, self.policy, self.clock())
        self.alerts.report(
            [
                DeadLetterNotice.of(
                    claim.abonnement, claim.callback_url, claim.body, claim.attempt, outcome.error
                )
                for (claim, outcome), status in zip(results, statuses, strict=True)
                if status == DEAD
            ]
        )
        return statuses

    async def drain(self) -> None:
        """Wait until every delivery under way has its result stored."""
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)

    async def run_once(self) -> int:
        """Route everything pending, then make every due delivery attempt once, and wait for
        them; the number of outbox rows and attempts handled."""
        await self.register()
        handled = 0
        while moved := await self.route():
            handled += moved
        while started := await self.start_deliveries():
            handled += started
            await self.drain()
        return handled

    # --- the loop ---------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask `run()` to finish: no new work is claimed; deliveries under way complete."""
        self._stop.set()

    async def run(self) -> None:
        """Loop until `stop()`: route, start deliveries, and wait for work when there is none.
        A failing database is logged and retried with a growing pause, never fatal."""
        pause = self.settings.notificaties_poll_interval
        failures = 0
        while not self._stop.is_set():
            try:
                await self.register()
                busy = await self.route() + await self.start_deliveries()
                failures = 0
            except Exception:
                failures += 1
                logger.exception("dispatcher round failed (%s in a row)", failures)
                busy = 0
            if busy:
                await asyncio.sleep(0)
                continue
            await self._idle(min(pause * 2**failures, 60.0) if failures else pause)
        await self.drain()

    async def _idle(self, seconds: float) -> None:
        """Sleep until a delivery finishes (a slot frees up), a stop, or `seconds` pass."""
        stop = asyncio.create_task(self._stop.wait())
        try:
            await asyncio.wait(
                {stop, *self._running}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            stop.cancel()


@asynccontextmanager
async def in_process(
    db: Database, settings: Settings, kanalen: Sequence[Kanaal], *, dispatch: bool
) -> AsyncIterator[Dispatcher | None]:
    """The app's part in notifications: register the kanalen once at start (a failure is only
    logged — the dispatcher, if any, keeps trying) and, if asked, run a dispatcher meanwhile."""
    if not settings.notificaties_url:
        try:
            async with db.session() as session:
                await register_kanalen(session, kanalen)
        except Exception as exc:
            logger.warning("kanalen not registered at start: %s", exc)
    if not dispatch:
        yield None
        return
    async with Dispatcher(db, settings, kanalen) as dispatcher:
        task = asyncio.create_task(dispatcher.run(), name="notificaties-dispatcher")
        try:
            yield dispatcher
        finally:
            dispatcher.stop()
            await task
