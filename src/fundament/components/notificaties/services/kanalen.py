"""Use cases for kanalen: list, read, create, change, and registering components' kanalen."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common import component
from fundament.common.db import is_unique_violation
from fundament.common.errors import NotFound, ValidationFailed
from fundament.common.schemas import WireModel, merged
from fundament.components.notificaties import rules
from fundament.components.notificaties.models import Kanaal as KanaalRow
from fundament.components.notificaties.schemas import Kanaal, KanaalCreate

_kanaal: Table = KanaalRow.__table__  # type: ignore[assignment]


def _view(api_root: str, row: Any) -> Kanaal:
    return Kanaal(
        url=f"{api_root}/kanaal/{row.uuid}",
        naam=row.naam,
        documentatie_link=row.documentatie_link,
        filters=list(row.filters or []),
    )


async def list_kanalen(session: AsyncSession, api_root: str, naam: str | None) -> list[Kanaal]:
    query = select(_kanaal).order_by(_kanaal.c.id)
    if naam is not None:
        query = query.where(_kanaal.c.naam == naam)
    return [_view(api_root, row) for row in await session.execute(query)]


async def get_kanaal(session: AsyncSession, api_root: str, key: uuid.UUID) -> Kanaal:
    row = (await session.execute(select(_kanaal).where(_kanaal.c.uuid == key))).first()
    if row is None:
        raise NotFound("Kanaal niet gevonden.")
    return _view(api_root, row)


async def kanaal_filters(session: AsyncSession, names: Iterable[str]) -> dict[str, list[str]]:
    """The declared filters of the named kanalen that exist, by naam (one query)."""
    rows = await session.execute(
        select(_kanaal.c.naam, _kanaal.c.filters).where(_kanaal.c.naam.in_(set(names)))
    )
    return {row.naam: list(row.filters or []) for row in rows}


def _naam_taken() -> ValidationFailed:
    return ValidationFailed.single("naam", "unique", "Er bestaat al een kanaal met deze naam.")


async def _commit(session: AsyncSession) -> None:
    """Commit; a second kanaal with the same naam is refused by the unique key."""
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        if is_unique_violation(exc, table="nrc_kanaal", column="naam"):
            raise _naam_taken() from exc
        raise


async def create_kanaal(session: AsyncSession, api_root: str, data: KanaalCreate) -> Kanaal:
    if await kanaal_filters(session, [data.naam]):
        raise _naam_taken()
    row = KanaalRow(
        uuid=uuid.uuid4(),
        naam=data.naam,
        documentatie_link=data.documentatie_link,
        filters=list(dict.fromkeys(data.filters)),
    )
    session.add(row)
    await _commit(session)
    return _view(api_root, row)


async def update_kanaal(
    session: AsyncSession, api_root: str, key: uuid.UUID, data: WireModel
) -> Kanaal:
    """PUT (a full KanaalCreate) or PATCH (only the fields sent); the naam stays."""
    row = (
        await session.execute(select(KanaalRow).where(KanaalRow.uuid == key))
    ).scalar_one_or_none()
    if row is None:
        raise NotFound("Kanaal niet gevonden.")
    current = _view(api_root, row)
    full = data if isinstance(data, KanaalCreate) else merged(KanaalCreate, current, data)
    problems = rules.naam_unchanged(row.naam, full.naam)
    if problems:
        raise ValidationFailed(problems)
    row.documentatie_link = full.documentatie_link
    row.filters = list(dict.fromkeys(full.filters))
    await _commit(session)
    return _view(api_root, row)


def _insert_missing(dialect: str) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(_kanaal).on_conflict_do_nothing(index_elements=["naam"])


async def register_kanalen(session: AsyncSession, kanalen: Iterable[component.Kanaal]) -> list[str]:
    """Every source registers its kanaal if it does not exist (GZ notificaties: "Registreren
    van kanalen"); an existing kanaal is left as it is. Returns the names added. Safe when
    several processes start at once (INSERT … ON CONFLICT DO NOTHING)."""
    wanted = {kanaal.naam: kanaal for kanaal in kanalen}
    if not wanted:
        return []
    existing = set(await kanaal_filters(session, wanted))
    missing = [kanaal for naam, kanaal in wanted.items() if naam not in existing]
    if not missing:
        return []
    statement = _insert_missing(session.get_bind().dialect.name)
    await session.execute(
        statement,
        [
            {
                "uuid": uuid.uuid4(),
                "naam": kanaal.naam,
                "documentatie_link": kanaal.documentatie_link,
                "filters": list(kanaal.filters),
            }
            for kanaal in missing
        ],
    )
    await session.commit()
    return [kanaal.naam for kanaal in missing]
