"""Database engine, declarative base and column types shared by both supported databases."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, event, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSON on SQLite, JSONB on PostgreSQL.
JsonType = JSON().with_variant(JSONB(), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on both databases (SQLite stores no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    """Declarative base for every table of every component."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> uuid.UUID:
    return uuid.uuid4()


def normalise_url(url: str) -> str:
    """Give plain `postgresql://` / `sqlite://` URLs their async driver."""
    parsed = make_url(url)
    driver = {
        "postgresql": "postgresql+asyncpg",
        "postgres": "postgresql+asyncpg",
        "sqlite": "sqlite+aiosqlite",
    }.get(parsed.drivername)
    if driver:
        parsed = parsed.set(drivername=driver)
    return parsed.render_as_string(hide_password=False)


def _json_loads(text: str) -> Any:
    """A JSON column's value. Most of them hold an empty list or object (a zaak has four JSON
    columns, three usually `[]`), and `json.loads` spends more on its own set-up than on that:
    a page of 100 zaken read about half a millisecond faster (issue 9)."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return json.loads(text)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Database:
    """One engine and session factory; the app, the CLI and the tests each own one."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo, "json_deserializer": _json_loads}
        if not self.is_sqlite:
            # No ping before each use (a round trip on every request): a connection the server
            # dropped fails one request with a 503 (common/problems.py), and the pool then
            # replaces every connection it held. Five stay open: a process works on four
            # requests at once (FUNDAMENT_MAX_ACTIVE_REQUESTS), and each open connection keeps
            # up to 100 prepared statements (about 1 MiB); up to 15 more open when needed.
            kwargs.update(pool_size=5, max_overflow=15, pool_recycle=3600)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)
        # Reads need no transaction of their own: under READ COMMITTED every statement sees
        # its own snapshot either way, and without one a read saves the BEGIN and ROLLBACK
        # round trips.
        self.reader_sessionmaker = async_sessionmaker(
            self.engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False
        )

    def session(self) -> AsyncSession:
        return self.sessionmaker()

    def reader(self) -> AsyncSession:
        """A session for a request that only reads (each statement commits by itself)."""
        return self.reader_sessionmaker()

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception:
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()


def is_unique_violation(exc: IntegrityError, *, table: str, column: str) -> bool:
    """Whether an IntegrityError is the unique constraint on `table.column` (both databases)."""
    message = str(exc.orig)
    return (
        f"{table}.{column}" in message  # SQLite: "UNIQUE constraint failed: t.c"
        or f"uq_{table}_{column}" in message  # PostgreSQL: the constraint's name
    )
