"""List counts (common/counting.py): exact up to EXACT_UP_TO matches, PostgreSQL's planner
estimate above, with the query's parameters bound as for any statement."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, event, insert, select, text

from fundament.common.counting import EXACT_UP_TO, count_rows
from fundament.common.db import Database

ROWS = EXACT_UP_TO * 2


@pytest.fixture
async def numbers(database: Database) -> AsyncIterator[Table]:
    """ROWS rows, every tenth of kind "rare", with fresh statistics."""
    table = Table(
        f"test_count_{uuid.uuid4().hex[:8]}",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("kind", String(10), nullable=False),
    )
    async with database.engine.begin() as connection:
        await connection.run_sync(table.metadata.create_all)
        await connection.execute(
            insert(table),
            [{"id": n, "kind": "rare" if n % 10 == 0 else "common"} for n in range(ROWS)],
        )
        if not database.is_sqlite:
            await connection.execute(text(f"ANALYZE {table.name}"))
    try:
        yield table
    finally:
        async with database.engine.begin() as connection:
            await connection.run_sync(table.metadata.drop_all)


async def test_a_few_thousand_matches_are_counted_exactly(database: Database, numbers: Table):
    async with database.session() as session:
        count = await count_rows(session, select(numbers).where(numbers.c.kind == "rare"))
    assert count == ROWS // 10


async def test_many_matches_are_estimated_on_postgresql(database: Database, numbers: Table):
    everything = select(numbers).where(numbers.c.kind.in_(["rare", "common"]))
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        async with database.session() as session:
            count = await count_rows(session, everything)
            # again: the second time the statement comes from SQLAlchemy's compiled cache
            assert await count_rows(session, everything) == count
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)
    counted = [statement for statement in seen if "count(" in statement]
    if database.is_sqlite:
        assert count == ROWS  # SQLite always counts
        assert len(counted) == 2
    else:
        assert counted == []  # no rows were read: EXPLAIN only
        assert [statement for statement in seen if statement.startswith("EXPLAIN")]
        assert abs(count - ROWS) <= ROWS // 10  # the planner's estimate, from the statistics
