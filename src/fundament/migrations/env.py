"""Alembic environment: migrate over a given connection, or over the configured database."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from fundament.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
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
