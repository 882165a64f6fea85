"""Everything that hangs off a zaak, made from one pattern: statussen, resultaten, rollen,
zaakobjecten, zaakinformatieobjecten, klantcontacten, zaakcontactmomenten, zaakverzoeken,
and the nested zaakeigenschappen and zaakbesluiten.

Each `Part` says how its rows are validated and filled (`fill`), shown (`views`) and filtered;
the use cases are shared: reads are authorised through the zaak (zrc-006, in SQL for lists),
writes lock the zaak, check the closed-zaak rule (zrc-007) after validation, and record audit
and notification on the zaak in the write's transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import ColumnElement, select

from fundament.common.errors import NotFound
from fundament.common.pagination import PageParams
from fundament.components.zaken import models as m
from fundament.components.zaken import scopes
from fundament.components.zaken.services.base import (
    Ctx,
    count_and_page,
    record_change,
    zaak_by_url,
    zaak_filter,
)

Row = Any
Out = Any
# (ctx, new or existing row, validated body, zaak locked for update, is it a create?)
Fill = Callable[[Ctx, Row, Any, m.Zaak, bool], Awaitable[None]]
Views = Callable[[Ctx, Sequence[tuple[Row, uuid.UUID]]], Awaitable[list[Out]]]
# Runs after the row is written (mirrors, the zaak's status, …), before the commit.
After = Callable[[Ctx, Row, m.Zaak, str], Awaitable[None]]

WRITE = (scopes.SCOPE_BIJWERKEN, scopes.SCOPE_GEFORCEERD_BIJWERKEN)


async def _nothing(ctx: Ctx, row: Row, zaak: m.Zaak, actie: str) -> None:
    return None


@dataclass(frozen=True)
class Part:
    model: Any
    collection: str
    resource: str
    fill: Fill
    views: Views
    create_scopes: tuple[str, ...] = WRITE
    update_scopes: tuple[str, ...] = WRITE
    delete_scopes: tuple[str, ...] = WRITE
    after: After = _nothing
    nested: bool = False  # under /zaken/{uuid}/… (zaakeigenschappen, zaakbesluiten)
    notify: frozenset[str] = field(default_factory=lambda: frozenset({"create"}))


def _joined(part: Part) -> Any:
    return select(part.model, m.Zaak.uuid).join(m.Zaak, m.Zaak.id == part.model.zaak_id)


async def list_of(
    ctx: Ctx,
    part: Part,
    zaak: str | None,
    conditions: list[ColumnElement[bool]],
    page: PageParams | None,
    zaak_key: uuid.UUID | None = None,
) -> tuple[int, list[Out], bool]:
    query = _joined(part).where(ctx.sql_filter(), *conditions)
    key = zaak_key or zaak_filter(ctx, zaak)
    if key is not None:
        query = query.where(m.Zaak.uuid == key)
    if page is None:
        rows = (await ctx.session.execute(query.order_by(part.model.id))).all()
        views = await part.views(ctx, [(row, zaak_uuid) for row, zaak_uuid in rows])
        return len(rows), views, False
    count, rows, more = await count_and_page(
        ctx, query, [part.model.id], page.offset, page.page_size
    )
    return count, await part.views(ctx, [(row, zaak_uuid) for row, zaak_uuid in rows]), more


async def _load(
    ctx: Ctx, part: Part, key: uuid.UUID, zaak_key: uuid.UUID | None = None, *, lock: bool = False
) -> tuple[Row, m.Zaak]:
    query = select(part.model, m.Zaak).join(m.Zaak, m.Zaak.id == part.model.zaak_id)
    query = query.where(part.model.uuid == key)
    if zaak_key is not None:
        query = query.where(m.Zaak.uuid == zaak_key)
    if lock:
        query = query.with_for_update(of=m.Zaak)
    found = (await ctx.session.execute(query)).first()
    if found is None:
        raise NotFound()
    return found[0], found[1]


async def one(ctx: Ctx, part: Part, row: Row, zaak: m.Zaak) -> Out:
    [view] = await part.views(ctx, [(row, zaak.uuid)])
    return view


async def get(ctx: Ctx, part: Part, key: uuid.UUID, zaak_key: uuid.UUID | None = None) -> Out:
    row, zaak = await _load(ctx, part, key, zaak_key)
    ctx.require(zaak, scopes.SCOPE_LEZEN)
    return await one(ctx, part, row, zaak)


def _record(
    ctx: Ctx, part: Part, zaak: m.Zaak, actie: str, status: int, oud: Any, nieuw: Any
) -> None:
    view = nieuw or oud
    record_change(
        ctx,
        zaak,
        resource=part.resource,
        actie=actie,
        status=status,
        url=view.url,
        oud=oud,
        nieuw=nieuw,
        notify=actie in part.notify,
    )


async def create(ctx: Ctx, part: Part, data: BaseModel, zaak: m.Zaak | None = None) -> Out:
    if zaak is None:
        zaak = await zaak_by_url(ctx, data.zaak, for_update=True)  # type: ignore[attr-defined]
    ctx.require(zaak, *part.create_scopes)
    row = part.model(uuid=uuid.uuid4(), zaak_id=zaak.id)
    await part.fill(ctx, row, data, zaak, True)
    ctx.require_open(zaak)
    ctx.session.add(row)
    await ctx.session.flush()
    await part.after(ctx, row, zaak, "create")
    view = await one(ctx, part, row, zaak)
    _record(ctx, part, zaak, "create", 201, None, view)
    await ctx.session.commit()
    return view


async def current(ctx: Ctx, part: Part, key: uuid.UUID, zaak_key: uuid.UUID | None = None) -> Out:
    """The resource as it is, for a PATCH to merge into (needs an update scope)."""
    row, zaak = await _load(ctx, part, key, zaak_key)
    ctx.require(zaak, *part.update_scopes)
    return await one(ctx, part, row, zaak)


async def update(
    ctx: Ctx,
    part: Part,
    key: uuid.UUID,
    data: BaseModel,
    partial: bool,
    zaak_key: uuid.UUID | None = None,
) -> Out:
    row, zaak = await _load(ctx, part, key, zaak_key, lock=True)
    ctx.require(zaak, *part.update_scopes)
    before = await one(ctx, part, row, zaak)
    await part.fill(ctx, row, data, zaak, False)
    ctx.require_open(zaak)
    await ctx.session.flush()
    actie = "partial_update" if partial else "update"
    await part.after(ctx, row, zaak, actie)
    view = await one(ctx, part, row, zaak)
    _record(ctx, part, zaak, actie, 200, before, view)
    await ctx.session.commit()
    return view


async def delete(ctx: Ctx, part: Part, key: uuid.UUID, zaak_key: uuid.UUID | None = None) -> None:
    row, zaak = await _load(ctx, part, key, zaak_key, lock=True)
    ctx.require(zaak, *part.delete_scopes)
    ctx.require_open(zaak)
    before = await one(ctx, part, row, zaak)
    await ctx.session.delete(row)
    await ctx.session.flush()
    await part.after(ctx, row, zaak, "destroy")
    _record(ctx, part, zaak, "destroy", 204, before, None)
    await ctx.session.commit()
