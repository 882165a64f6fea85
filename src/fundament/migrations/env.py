"""Alembic environment: migrate over a given connection, or over the configured database."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from alembic import context
from sqlalchemy.engine import Connection

from fundament.models import Base

target_metadata = Base.metadata


def _for_dialect(dialect: str) -> Callable[..., bool]:
    """Leave out of the comparison an index the model creates on another database only
    (`Index(...).ddl_if(dialect="postgresql")`, e.g. a GIN index)."""

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        condition = getattr(obj, "_ddl_if", None)
        return not (
            type_ == "index" and condition is not None and condition.dialect not in (None, dialect)
        )

    return include


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=_for_dialect(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_configured() -> None:
    from fundament.common.db import Database
    from fundament.settings import get_settings

    db = Database(get_settings().db_url)
    try:
        async with db.engine.begin() as connection:
            await connection.run_sync(_run)
    finally:
        await db.dispose()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    asyncio.run(_run_configured())
