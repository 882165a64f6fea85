"""Types that belong to one zaaktype: statustypen, roltypen, resultaattypen, eigenschappen,
zaakobjecttypen. They share the zaaktype reference and its concept rules (ztc-010/011)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm.interfaces import LoaderOption

from fundament.common.pagination import PageParams
from fundament.components.catalogi import models as m
from fundament.components.catalogi import rules, views
from fundament.components.catalogi.services.base import (
    Ctx,
    by_url,
    fail,
    filter_uuid,
    geldig_op,
    get,
    page_of_rows,
    record_change,
    status_condition,
)

Row = TypeVar("Row", bound=Any)
Out = TypeVar("Out", bound=BaseModel)
In = TypeVar("In", bound=BaseModel)

# Copies a validated body onto a row; may check more and raise ValidationFailed.
Fill = Callable[[Ctx, Any, Any, m.ZaakType], Awaitable[None]]


@dataclass(frozen=True)
class SubType(Generic[Row, Out]):
    """How one zaaktype-bound resource is stored, shown and filled."""

    model: type[Row]
    collection: str
    resource: str
    load: tuple[LoaderOption, ...]
    view: Callable[[views.Url, Row], Out]
    fill: Fill


async def list_of(
    ctx: Ctx,
    spec: SubType[Row, Out],
    page: PageParams,
    *,
    zaaktype: str | None,
    zaaktype_identificatie: str | None,
    status: str | None,
    datum_geldigheid: date | None,
    extra: list[Any] | None = None,
) -> tuple[int, list[Out]]:
    model: Any = spec.model
    query = select(model).join(model.zaaktype).options(*spec.load)
    zaaktype_key = filter_uuid(zaaktype, "zaaktypen", "zaaktype")
    if zaaktype_key:
        query = query.where(m.ZaakType.uuid == zaaktype_key)
    if zaaktype_identificatie:
        query = query.where(m.ZaakType.identificatie == zaaktype_identificatie)
    condition = status_condition(m.ZaakType.concept, status)
    if condition is not None:
        query = query.where(condition)
    if datum_geldigheid:
        query = query.where(geldig_op(m.ZaakType, datum_geldigheid))
    for clause in extra or []:
        query = query.where(clause)
    count, rows = await page_of_rows(ctx, query, model, page)
    return count, [spec.view(ctx.url, row) for row in rows]


async def load(ctx: Ctx, spec: SubType[Row, Out], key: uuid.UUID) -> Row:
    return await get(ctx, spec.model, key, *spec.load)


async def get_one(ctx: Ctx, spec: SubType[Row, Out], key: uuid.UUID) -> Out:
    return spec.view(ctx.url, await load(ctx, spec, key))


async def _zaaktype(ctx: Ctx, url: str) -> m.ZaakType:
    return await by_url(ctx, m.ZaakType, "zaaktypen", url, "zaaktype", *views.ZAAKTYPE_LOAD)


def _record(
    ctx: Ctx, spec: SubType[Row, Out], actie: str, status: int, view: Any, oud: Any, nieuw: Any
) -> None:
    record_change(
        ctx,
        resource=spec.resource,
        actie=actie,
        status=status,
        url=view.url,
        hoofd_object=view.zaaktype,
        oud=oud,
        nieuw=nieuw,
    )


async def create(ctx: Ctx, spec: SubType[Row, Out], data: Any) -> Out:
    zaaktype = await _zaaktype(ctx, data.zaaktype)
    # ztc-011: nothing can be added to a published zaaktype.
    fail(rules.non_concept_zaaktype(zaaktype.concept, ctx.forced_write))
    row: Any = spec.model(uuid=uuid.uuid4())
    await spec.fill(ctx, row, data, zaaktype)
    row.zaaktype = zaaktype
    ctx.session.add(row)
    await ctx.session.flush()
    await ctx.session.refresh(row)
    row = await load(ctx, spec, row.uuid)
    view = spec.view(ctx.url, row)
    _record(ctx, spec, "create", 201, view, None, view)
    await ctx.session.commit()
    return view


async def update(
    ctx: Ctx, spec: SubType[Row, Out], key: uuid.UUID, data: Any, partial: bool
) -> Out:
    row: Any = await load(ctx, spec, key)
    before = spec.view(ctx.url, row)
    # ztc-010: parts of a published zaaktype are frozen; ztc-011: nor can they move to one.
    fail(rules.non_concept_zaaktype(row.zaaktype.concept, ctx.forced_write))
    zaaktype = await _zaaktype(ctx, data.zaaktype)
    fail(rules.non_concept_zaaktype(zaaktype.concept, ctx.forced_write))
    await spec.fill(ctx, row, data, zaaktype)
    row.zaaktype = zaaktype
    await ctx.session.flush()
    ctx.session.expire(row)
    row = await load(ctx, spec, key)
    view = spec.view(ctx.url, row)
    _record(ctx, spec, "partial_update" if partial else "update", 200, view, before, view)
    await ctx.session.commit()
    return view


async def delete(ctx: Ctx, spec: SubType[Row, Out], key: uuid.UUID) -> None:
    row: Any = await load(ctx, spec, key)
    before = spec.view(ctx.url, row)
    fail(rules.non_concept_zaaktype(row.zaaktype.concept, ctx.forced_delete))
    await ctx.session.delete(row)
    _record(ctx, spec, "destroy", 204, before, before, None)
    await ctx.session.commit()


def plain_fill(exclude: set[str]) -> Fill:
    """A fill that copies every body field except `exclude` (and the zaaktype)."""

    async def fill(ctx: Ctx, row: Any, data: BaseModel, zaaktype: m.ZaakType) -> None:
        for name, value in data.model_dump(exclude=exclude | {"zaaktype"}).items():
            setattr(row, name, value)

    return fill
