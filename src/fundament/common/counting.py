"""Counting the rows of a list without scanning a million of them on every page.

ZGW lists answer `count`. An exact `count(*)` over a large table costs a full (index) scan per
request: 50 ms at 100,000 zaken, far more at a million. So on PostgreSQL the planner's estimate
for the same query is asked first (EXPLAIN reads no rows); when it says more than `EXACT_UP_TO`
matches, that estimate is the count — Open Zaak's "fuzzy pagination" does the same — and
otherwise the rows are counted exactly. Links never depend on it: a page looks one row ahead
(`page_of(has_next=…)`).
SQLite counts exactly (it serves small deployments).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.asyncio import AsyncSession

EXACT_UP_TO = 10_000


async def count_rows(session: AsyncSession, query: Select[Any]) -> int:
    bare = query.order_by(None)
    if session.get_bind().dialect.name == "postgresql":
        estimate = await _planner_estimate(session, bare)
        if estimate is not None and estimate > EXACT_UP_TO:
            return estimate
    return int(
        (await session.execute(select(func.count()).select_from(bare.subquery()))).scalar_one()
    )


async def _planner_estimate(session: AsyncSession, query: Select[Any]) -> int | None:
    """PostgreSQL's row estimate for the query (EXPLAIN: no rows are read)."""
    try:
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    except (CompileError, NotImplementedError):
        return None
    plan = (await session.execute(text(f"EXPLAIN (FORMAT JSON) {compiled}"))).scalar_one()
    document = json.loads(plan) if isinstance(plan, str) else plan
    return int(document[0]["Plan"]["Plan Rows"])
