"""Test fixtures: every test runs once on SQLite and once on PostgreSQL (real servers, no mocks).

`FUNDAMENT_TEST_DATABASES` picks the databases (default `sqlite,postgresql`);
`FUNDAMENT_TEST_POSTGRES` is the server to create throw-away databases on
(default `postgresql://postgres@127.0.0.1:5432/test`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import delete
from sqlalchemy.engine import make_url

from fundament.app import create_app
from fundament.common import clients as client_store
from fundament.common.auth import make_token
from fundament.common.db import Database
from fundament.common.migrate import migrate
from fundament.models import Base
from fundament.settings import ALL_COMPONENTS, Settings

DATABASES = [
    name.strip()
    for name in os.environ.get("FUNDAMENT_TEST_DATABASES", "sqlite,postgresql").split(",")
    if name.strip()
]
POSTGRES = os.environ.get("FUNDAMENT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


async def _create_postgres_database() -> str:
    name = f"fundament_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(POSTGRES)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)


async def _drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    conn = await asyncpg.connect(POSTGRES)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture(scope="session", params=DATABASES)
async def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Database]:
    """A freshly migrated database of each kind, for the whole session."""
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("db") / "fundament.db"
        url = f"sqlite+aiosqlite:///{path}"
    elif request.param == "postgresql":
        url = await _create_postgres_database()
    else:
        raise ValueError(f"unknown test database {request.param!r}")
    db = Database(url)
    await migrate(db)
    yield db
    await db.dispose()
    if request.param == "postgresql":
        await _drop_postgres_database(url)


@pytest.fixture(autouse=True)
async def _clean_tables(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """Each test starts and ends with empty tables (tests see real commits, so no rollback)."""
    yield
    if "database" not in request.fixturenames:
        return
    db: Database = request.getfixturevalue("database")
    async with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            await conn.execute(delete(table))


def settings_for(
    database: Database, tmp_path: Path, *, without: tuple[str, ...] = (), **extra: Any
) -> Settings:
    """Test settings; `without` leaves components out, for tests that stand in for them."""
    return Settings(
        data_dir=tmp_path,
        database_url=database.url,
        url_allow_private=True,
        demo_client=False,
        components=[name for name in ALL_COMPONENTS if name not in without],
        **extra,
    )


@pytest.fixture
def settings(database: Database, tmp_path: Path) -> Settings:
    return settings_for(database, tmp_path)


@pytest.fixture
async def app(settings: Settings, database: Database) -> AsyncIterator[FastAPI]:
    application = create_app(settings, database)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


class Clients:
    """Creates JWT clients (and their Applicaties through the API) for a test."""

    def __init__(self, database: Database, http: httpx.AsyncClient) -> None:
        self.database = database
        self.http = http

    async def credentials(self, client_id: str, secret: str | None = None) -> str:
        secret = secret or f"secret-{client_id}"
        async with self.database.session() as session:
            await client_store.set_client(session, client_id, secret)
            await session.commit()
        return secret

    async def headers(self, client_id: str, **claims: Any) -> dict[str, str]:
        async with self.database.session() as session:
            secret = await client_store.get_secret(session, client_id)
        assert secret is not None, f"no client {client_id}"
        return {"Authorization": f"Bearer {make_token(client_id, secret, **claims)}"}

    async def superuser(self, client_id: str = "test-superuser") -> dict[str, str]:
        """A client whose Applicatie has heeftAlleAutorisaties (created directly)."""
        from fundament.components.autorisaties.services import ensure_superuser

        await self.credentials(client_id)
        async with self.database.session() as session:
            await ensure_superuser(session, client_id, label=client_id)
        return await self.headers(client_id)

    async def with_autorisaties(
        self, client_id: str, autorisaties: list[dict[str, Any]], admin: dict[str, str]
    ) -> dict[str, str]:
        """A client with exactly these autorisaties, created through the Autorisaties API."""
        await self.credentials(client_id)
        response = await self.http.post(
            "/autorisaties/api/v1/applicaties",
            json={"clientIds": [client_id], "label": client_id, "autorisaties": autorisaties},
            headers=admin,
        )
        assert response.status_code == 201, response.text
        return await self.headers(client_id)


@pytest.fixture
def clients(database: Database, client: httpx.AsyncClient) -> Clients:
    return Clients(database, client)


@pytest.fixture
async def admin(clients: Clients) -> dict[str, str]:
    """Authorization headers of a superuser client."""
    return await clients.superuser()


@pytest.fixture
def anyio_backend() -> Iterator[str]:
    yield "asyncio"
