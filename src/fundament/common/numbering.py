"""Numbers for generated identificaties (`<PREFIX>-<year>-<10 digits>`) that concurrent creates
never share.

- **PostgreSQL**: a sequence per kind of object (made by a migration, started past every number
  handed out before). `nextval` neither waits for another transaction nor hands a number out
  twice. Numbers may have gaps (a create that rolls back uses one up), and one series serves
  every organisation and year: unique per organisation all the same.
- **SQLite** (one writer at a time): a counter row per (organisation, year) without gaps. It is
  raised with an UPDATE before it is read: that statement takes the database's write lock, which
  the transaction keeps until it ends, so no other create can read or raise the counter in
  between (the load-then-write of a plain SELECT would let two read the same value). A missing
  counter starts past the highest number already in the table, read under that lock.

A client may choose an identificatie of the generated form itself; `generate` skips those.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import Integer, String, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

DIGITS = 10


class Counter:
    """The columns of a component's counter table (SQLite): the last number handed out per
    (organisation, year). Mixed into a mapped class that names the table."""

    organisatie: Mapped[str] = mapped_column(String(9), primary_key=True)
    jaar: Mapped[int] = mapped_column(Integer, primary_key=True)
    laatste: Mapped[int] = mapped_column(Integer, default=0)


def number_of(identificatie: str | None, prefix: str) -> int:
    """The number of a generated identificatie `<prefix><10 digits>`; 0 for anything else."""
    if not identificatie or not identificatie.startswith(prefix):
        return 0
    tail = identificatie[len(prefix) :]
    return int(tail) if len(tail) == DIGITS and tail.isdigit() else 0


async def highest_number(
    session: AsyncSession,
    identificatie: Any,
    organisatie_column: Any,
    organisatie: str,
    prefix: str,
) -> int:
    """The highest number among the stored identificaties `<prefix><10 digits>` of an
    organisation (0 when there are none)."""
    found = await session.execute(
        select(func.max(identificatie)).where(
            organisatie_column == organisatie,
            identificatie.like(prefix + "%"),
            func.length(identificatie) == len(prefix) + DIGITS,
        )
    )
    return number_of(found.scalar_one_or_none(), prefix)


async def _counted(
    session: AsyncSession,
    counter: type[Counter],
    organisatie: str,
    jaar: int,
    highest: Callable[[], Awaitable[int]],
) -> int:
    where = (counter.organisatie == organisatie, counter.jaar == jaar)
    raised = await session.execute(
        update(counter)
        .where(*where)
        .values(laatste=counter.laatste + 1)
        .execution_options(synchronize_session=False)
    )
    if not raised.rowcount:  # type: ignore[attr-defined]
        # The UPDATE took the write lock all the same: nobody adds this counter meanwhile.
        first = await highest() + 1
        await session.execute(
            insert(counter).values(organisatie=organisatie, jaar=jaar, laatste=first)
        )
    found = await session.execute(select(counter.laatste).where(*where))
    return int(found.scalar_one())


async def next_number(
    session: AsyncSession,
    *,
    sequence: str,
    counter: type[Counter],
    organisatie: str,
    jaar: int,
    highest: Callable[[], Awaitable[int]],
) -> int:
    """The next number: from `sequence` on PostgreSQL, from `counter` on SQLite (started past
    `highest()`, the highest number of that organisation and year so far)."""
    if session.get_bind().dialect.name == "postgresql":
        return int((await session.execute(select(func.nextval(sequence)))).scalar_one())
    return await _counted(session, counter, organisatie, jaar, highest)


async def generate(
    session: AsyncSession,
    *,
    prefix: str,
    sequence: str,
    counter: type[Counter],
    organisatie: str,
    jaar: int,
    highest: Callable[[], Awaitable[int]],
    taken: Callable[[str], Awaitable[bool]],
) -> str:
    """`<prefix><number:010>` with the next number that no client chose for itself."""
    while True:
        number = await next_number(
            session,
            sequence=sequence,
            counter=counter,
            organisatie=organisatie,
            jaar=jaar,
            highest=highest,
        )
        candidate = f"{prefix}{number:0{DIGITS}d}"
        if not await taken(candidate):
            return candidate
