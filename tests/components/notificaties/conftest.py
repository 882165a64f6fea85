"""Fixtures of the Notificaties tests: scoped clients, a real subscriber, dispatchers, a clock."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fundament.common.component import Kanaal
from fundament.common.db import Database, utcnow
from fundament.common.outbox import OutboxMessage
from fundament.components.notificaties.dispatch.dispatcher import Dispatcher
from fundament.components.notificaties.models import Delivery, DeliveryAttempt
from fundament.settings import Settings
from tests.components.notificaties.helpers import (
    ABONNEMENT,
    KANAAL,
    NOTIFICATIES,
    kanaal,
    message,
)
from tests.components.notificaties.subscriber import Receiver
from tests.conftest import Clients, settings_for

# Retry timings short enough for tests; routing and delivery otherwise as configured.
FAST = {
    "notificaties_poll_interval": 0.02,
    "notificaties_timeout": 1.0,  # a loaded machine (tests in parallel) can take 0.5 s
    "notificaties_retry_base": 0.05,
    "notificaties_retry_factor": 2.0,
    "notificaties_retry_max_delay": 0.2,
    "notificaties_max_attempts": 3,
}


class Clock:
    """A settable clock for dispatchers, so retries come due without waiting."""

    def __init__(self) -> None:
        # A minute ahead, so rows the test writes (stamped with the real time) are already due.
        self.now = utcnow() + timedelta(minutes=1)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver on 127.0.0.1; every path answers 204 unless told otherwise."""
    running = Receiver(hang=3.0).start()  # well past the FAST timeout
    yield running
    running.stop()


DispatcherFactory = Callable[..., AbstractAsyncContextManager[Dispatcher]]


@pytest.fixture
def dispatcher(settings: Settings, database: Database, clock: Clock) -> DispatcherFactory:
    """`async with dispatcher(**settings) as d:` — a Dispatcher on the test database with the
    FAST timings (overridable) and the test clock (`use_clock=False` for real time)."""

    @asynccontextmanager
    async def build(
        db: Database | None = None,
        use_clock: bool = True,
        kanalen: Sequence[Kanaal] = (),
        **overrides: Any,
    ) -> AsyncIterator[Dispatcher]:
        custom = Settings(**{**settings.model_dump(), **FAST, **overrides})
        kwargs: dict[str, Any] = {"clock": clock} if use_clock else {}
        async with Dispatcher(db or database, custom, kanalen, **kwargs) as running:
            yield running

    return build


@pytest.fixture
async def publisher(clients: Clients, admin: dict[str, str]) -> dict[str, str]:
    """Headers of a client with only `notificaties.publiceren`."""
    return await clients.with_autorisaties(
        "nrc-publisher", [{"component": "nrc", "scopes": ["notificaties.publiceren"]}], admin
    )


@pytest.fixture
async def consumer(clients: Clients, admin: dict[str, str]) -> dict[str, str]:
    """Headers of a client with only `notificaties.consumeren`."""
    return await clients.with_autorisaties(
        "nrc-consumer", [{"component": "nrc", "scopes": ["notificaties.consumeren"]}], admin
    )


Post = Callable[[str, dict[str, Any]], Awaitable[dict[str, Any]]]


@pytest.fixture
def post(client: httpx.AsyncClient, admin: dict[str, str]) -> Post:
    """POST a body as the superuser; 201 required; the created resource."""

    async def send(path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await client.post(path, json=body, headers=admin)
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    return send


@pytest.fixture
def settings(database: Database, tmp_path: Path) -> Settings:
    """Every component but Zaken: these tests make kanaal `zaken` themselves (as a foreign
    Zaken API would), which the Zaken component would otherwise register at start."""
    return settings_for(database, tmp_path, without=("zaken",))


@pytest.fixture
async def zaken(post: Post) -> dict[str, Any]:
    """Kanaal `zaken` with the Zaken API's kenmerken as filters."""
    return await post(KANAAL, kanaal())


@pytest.fixture
def subscribe(post: Post) -> Callable[..., Awaitable[dict[str, Any]]]:
    """Create an abonnement for a callback on kanalen (name → filters)."""

    async def create(callback_url: str, auth: str = "Bearer abc", **kanalen: dict[str, str]):
        groups = [{"naam": naam, "filters": filters} for naam, filters in kanalen.items()]
        return await post(
            ABONNEMENT, {"callbackUrl": callback_url, "auth": auth, "kanalen": groups}
        )

    return create


Publish = Callable[..., Awaitable[dict[str, Any]]]


@pytest.fixture
def publish(post: Post) -> Publish:
    """`await publish(resource_url, kanaal="zaken", **kenmerken)`: POST /notificaties."""

    async def send(resource_url: str, kanaal: str = "zaken", **kenmerken: str) -> dict[str, Any]:
        return await post(NOTIFICATIES, message(resource_url, kanaal, **kenmerken))

    return send


async def exhaust(dispatcher: DispatcherFactory, clock: Clock, rounds: int = 3, **settings: Any):
    """Run a dispatcher through `rounds` attempts (FAST: 3 attempts, at most 0.2 s apart); its
    background work (e-mail alerts) is done when this returns."""
    async with dispatcher(**settings) as running:
        for _ in range(rounds):
            await running.run_once()
            clock.advance(1)


class Records(logging.Handler):
    """Log records of one test, with their `event`."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def events(self, event: str) -> list[logging.LogRecord]:
        return [r for r in self.records if getattr(r, "event", "") == event]


@pytest.fixture
def logged() -> Iterator[Records]:
    """What the `fundament.notificaties` logger emits (it does not propagate to the root)."""
    handler = Records()
    logger = logging.getLogger("fundament.notificaties")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


class Store:
    """Reads the outbox and the delivery tables."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def all(self, model: type[Any], *where: Any) -> list[Any]:
        async with self.database.session() as session:
            query = select(model).where(*where).order_by(model.id)
            return list((await session.execute(query)).scalars())

    async def outbox(self, kanaal: str | None = None) -> list[OutboxMessage]:
        """Outbox rows, oldest first (of one kanaal: others' writes publish too)."""
        where = [OutboxMessage.kanaal == kanaal] if kanaal else []
        return await self.all(OutboxMessage, *where)

    async def deliveries(self, *where: Any) -> list[Delivery]:
        return await self.all(Delivery, *where)

    async def attempts(self, *where: Any) -> list[DeliveryAttempt]:
        return await self.all(DeliveryAttempt, *where)


@pytest.fixture
def store(database: Database) -> Store:
    return Store(database)
