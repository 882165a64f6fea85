"""JSON columns read back as written, on both databases (common/db.py)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Column, Integer, MetaData, Table, insert, select

from fundament.common.db import Database, JsonType

VALUES: list[Any] = [
    [],
    {},
    [[], {}],
    {"a": [], "b": {}},
    ["[]", "{}"],
    {"type": "Point", "coordinates": [4.9, 52.4]},
    9007199254740993,  # 2**53 + 1: not a float
    "tekst",
    True,
]


async def test_json_values_read_back_as_written_and_unshared(database: Database) -> None:
    metadata = MetaData()
    table = Table(
        f"test_json_{uuid.uuid4().hex[:8]}",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("value", JsonType),
    )
    async with database.engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    try:
        async with database.engine.begin() as conn:
            await conn.execute(insert(table), [{"value": value} for value in VALUES])
            read = (await conn.execute(select(table.c.value).order_by(table.c.id))).scalars()
            values = list(read)
        assert values == VALUES
        # Two empty lists read are two lists: changing one leaves the other alone.
        assert values[0] is not values[2][0]
        values[0].append(1)
        assert values[2][0] == []
    finally:
        async with database.engine.begin() as conn:
            await conn.run_sync(metadata.drop_all)
