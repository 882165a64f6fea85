"""Per-caller permissions on objecttypes: `GET /permissions` and the CLI that manages them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.errors import ValidationFailed
from fundament.common.pagination import PageParams
from fundament.components.objecten import models as m
from fundament.components.objecten.services.base import READ_AND_WRITE, READ_ONLY, Ctx

MODES = (READ_ONLY, READ_AND_WRITE)


def _view(row: m.Permission) -> dict[str, Any]:
    return {"type": row.type, "mode": row.mode, "use_fields": row.use_fields, "fields": row.fields}


async def list_permissions(ctx: Ctx, params: PageParams) -> tuple[int, list[dict[str, Any]]]:
    """The caller's own permissions."""
    query = select(m.Permission).where(m.Permission.identifier == ctx.caller.identifier)
    count = (
        await ctx.session.execute(select(func.count()).select_from(query.subquery()))
    ).scalar_one()
    rows = (
        await ctx.session.execute(
            query.order_by(m.Permission.type).offset(params.offset).limit(params.page_size)
        )
    ).scalars()
    return count, [_view(row) for row in rows]


def _check(mode: str, fields: Any) -> None:
    if mode not in MODES:
        raise ValidationFailed.single("mode", "invalid_choice", f"Kies uit {', '.join(MODES)}.")
    if fields is not None and not (
        isinstance(fields, dict)
        and all(
            isinstance(names, list) and all(isinstance(n, str) for n in names)
            for names in fields.values()
        )
    ):
        raise ValidationFailed.single(
            "fields", "invalid", 'Geef per versie een lijst velden: {"1": ["uuid", ...]}.'
        )


async def set_permission(
    session: AsyncSession,
    identifier: str,
    type_url: str,
    mode: str,
    *,
    use_fields: bool = False,
    fields: dict[str, list[str]] | None = None,
) -> bool:
    """Grant (or change) a caller's permission on an objecttype; True when it is new."""
    _check(mode, fields)
    row = (
        await session.execute(
            select(m.Permission).where(
                m.Permission.identifier == identifier, m.Permission.type == type_url
            )
        )
    ).scalar_one_or_none()
    created = row is None
    if row is None:
        row = m.Permission(identifier=identifier, type=type_url)
        session.add(row)
    row.mode = mode
    row.use_fields = use_fields
    row.fields = fields
    await session.commit()
    return created


async def all_permissions(session: AsyncSession, identifier: str | None) -> list[m.Permission]:
    query = select(m.Permission).order_by(m.Permission.identifier, m.Permission.type)
    if identifier:
        query = query.where(m.Permission.identifier == identifier)
    return list((await session.execute(query)).scalars())


async def remove_permission(session: AsyncSession, identifier: str, type_url: str) -> bool:
    result = await session.execute(
        delete(m.Permission).where(
            m.Permission.identifier == identifier, m.Permission.type == type_url
        )
    )
    await session.commit()
    return bool(getattr(result, "rowcount", 0))
