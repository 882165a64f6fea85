"""The per-request database session dependency."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

_READS = frozenset({"GET", "HEAD"})


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request; services commit, anything left uncommitted is rolled back.
    GET and HEAD only read: their session runs without a transaction (Database.reader)."""
    db = request.app.state.db
    async with db.reader() if request.method in _READS else db.session() as session:
        yield session
