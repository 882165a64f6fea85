"""Reading objects: the actual record per object ("as of" a date or registration date), list
filters in SQL, geometry search (bounding box in SQL, exact with shapely), history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from fundament.common.errors import InvalidParam, NotFound, ValidationFailed
from fundament.common.pagination import PageParams
from fundament.components.objecten import models as m
from fundament.components.objecten import rules, views
from fundament.components.objecten.services.base import Ctx, Grant
from fundament.components.objecten.services.filters import (
    data_condition,
    data_order,
    icontains_condition,
)

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry


@dataclass(slots=True)
class ObjectFilters:
    """The filters of `GET /objects` and `POST /objects/search`."""

    type: str | None = None
    type_version: int | None = None
    on_date: date | None = None
    registration_date: date | None = None
    data_attr: list[str] = field(default_factory=list)
    data_attrs: str | None = None
    data_icontains: str | None = None
    ordering: str | None = None
    within: BaseGeometry | None = None


@dataclass(slots=True)
class Shown:
    """Objects as a caller may see them, and the fields left out per objecttype
    (`X-Unauthorized-Fields`)."""

    items: list[dict[str, Any]]
    unauthorized: dict[str, set[str]] = field(default_factory=dict)

    def header(self) -> str | None:
        """`objectType1:fieldA,fieldB; objectType2:fieldC` (Objects API 2.7.0)."""
        if not self.unauthorized:
            return None
        return "; ".join(
            f"{type_url}:{','.join(sorted(names))}"
            for type_url, names in sorted(self.unauthorized.items())
        )


def today() -> date:
    return datetime.now(UTC).date()


def _actual(filters: ObjectFilters) -> ColumnElement[bool]:
    """Records whose index is the highest among the object's records valid on the date (formal
    history, `startAt <= date < endAt`) or registered by the registration date (material)."""
    other = aliased(m.Record)
    if filters.registration_date is not None:
        valid = other.registration_at <= filters.registration_date
    else:
        on = filters.on_date or today()
        valid = and_(other.start_at <= on, or_(other.end_at.is_(None), other.end_at > on))
    newest = (
        select(func.max(other.index))
        .where(other.object_id == m.Record.object_id, valid)
        .scalar_subquery()
    )
    return m.Record.index == newest


_COLUMNS: dict[str, Any] = {
    "uuid": m.Object.uuid,
    "type": m.Object.type,
    "record__index": m.Record.index,
    "record__typeVersion": m.Record.type_version,
    "record__startAt": m.Record.start_at,
    "record__endAt": m.Record.end_at,
    "record__registrationAt": m.Record.registration_at,
    "record__correctionFor": m.Record.correction_for,
    "record__correctedBy": m.Record.corrected_by,
}


def _ordering(ctx: Ctx, ordering: str | None) -> list[Any]:
    """`ordering=-record__data__length,record__index`; default: newest record first."""
    order: list[Any] = []
    for raw in (part.strip() for part in (ordering or "").split(",")):
        if not raw:
            continue
        name = raw.removeprefix("-")
        if name in _COLUMNS:
            column = _COLUMNS[name]
        elif name.startswith("record__data__") and len(name) > len("record__data__"):
            column = data_order(ctx.dialect, m.Record.data, tuple(name[14:].split("__")))
        else:
            raise ValidationFailed.single("ordering", "invalid", f"Onbekend veld {name!r}.")
        # NULLs (absent attributes) last on both databases, whatever the direction.
        order.append((column.desc() if raw.startswith("-") else column.asc()).nulls_last())
    return [*order, m.Record.id.desc()]


def _query(ctx: Ctx, filters: ObjectFilters) -> Any:
    problems: list[InvalidParam] = rules.date_params_problems(
        filters.on_date, filters.registration_date
    )
    attrs, attr_problems = rules.parse_data_filters(filters.data_attr, filters.data_attrs)
    problems += attr_problems
    if problems:
        raise ValidationFailed(problems)
    query: Any = (
        select(m.Record, m.Object.uuid, m.Object.type)
        .join(m.Object, m.Object.id == m.Record.object_id)
        .where(_actual(filters), ctx.type_filter())
    )
    if filters.type is not None:
        query = query.where(m.Object.type == filters.type)
    if filters.type_version is not None:
        query = query.where(m.Record.type_version == filters.type_version)
    for attr in attrs:
        query = query.where(data_condition(ctx.dialect, m.Record.data, attr))
    if filters.data_icontains:
        query = query.where(icontains_condition(ctx.dialect, m.Record.data, filters.data_icontains))
    if filters.within is not None:
        min_x, min_y, max_x, max_y = filters.within.bounds
        query = query.where(
            m.Record.min_x >= min_x,
            m.Record.min_y >= min_y,
            m.Record.max_x <= max_x,
            m.Record.max_y <= max_y,
        )
    return query


async def list_objects(
    ctx: Ctx, filters: ObjectFilters, params: PageParams, fields: list[str]
) -> tuple[int, Shown]:
    """One page of objects with their actual record; one query for the count, one for the
    page (a geometry search first narrows the candidates' ids exactly)."""
    query = _query(ctx, filters)
    order = _ordering(ctx, filters.ordering)
    if filters.within is None:
        count = (
            await ctx.session.execute(select(func.count()).select_from(query.subquery()))
        ).scalar_one()
        rows = (
            await ctx.session.execute(
                query.order_by(*order).offset(params.offset).limit(params.page_size)
            )
        ).all()
    else:
        count, rows = await _within(ctx, query, order, filters.within, params)
    return count, await show(ctx, [(row[0], row[1], row[2]) for row in rows], fields)


async def _within(
    ctx: Ctx, query: Select[Any], order: list[Any], area: BaseGeometry, params: PageParams
) -> tuple[int, list[Any]]:
    """Candidates whose bounding box lies in the area's, decided exactly with shapely."""
    candidates = query.with_only_columns(m.Record.id, m.Record.geometry).order_by(*order)
    matching = [
        record_id
        for record_id, geometry in (await ctx.session.execute(candidates)).all()
        if geometry is not None and _inside(geometry, area)
    ]
    page = matching[params.offset : params.offset + params.page_size]
    if not page:
        return len(matching), []
    rows = (await ctx.session.execute(query.where(m.Record.id.in_(page)))).all()
    position = {record_id: n for n, record_id in enumerate(page)}
    return len(matching), sorted(rows, key=lambda row: position[row[0].id])


def _inside(geometry: dict[str, Any], area: BaseGeometry) -> bool:
    try:
        return bool(rules.parse_geometry(geometry).within(area))
    except rules.BadGeometry:
        return False


async def show(ctx: Ctx, rows: list[tuple[m.Record, uuid.UUID, str]], fields: list[str]) -> Shown:
    """The representations, cut to the caller's field permissions and to `fields`."""
    shown = Shown([])
    for record, key, type_url in rows:
        full = views.object_view(ctx.url(key), key, type_url, record)
        grant = await ctx.grant(type_url)
        allowed = grant.allowed_fields(record.type_version) if grant else None
        visible = full if allowed is None else rules.select_fields(full, allowed)
        requested = full if not fields else rules.select_fields(full, fields)
        result = visible if not fields else rules.select_fields(visible, fields)
        hidden = rules.field_names(requested) - rules.field_names(result)
        if hidden:
            shown.unauthorized.setdefault(type_url, set()).update(hidden)
        shown.items.append(result)
    return shown


async def _object(ctx: Ctx, key: uuid.UUID) -> m.Object:
    found = (
        await ctx.session.execute(select(m.Object).where(m.Object.uuid == key))
    ).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


async def latest_record(ctx: Ctx, obj: m.Object) -> m.Record:
    query = (
        select(m.Record)
        .where(m.Record.object_id == obj.id)
        .order_by(m.Record.index.desc())
        .limit(1)
    )
    return (await ctx.session.execute(query)).scalar_one()


async def get_object(ctx: Ctx, key: uuid.UUID, fields: list[str]) -> Shown:
    """An object with its newest record (as Open Objects shows it)."""
    obj = await _object(ctx, key)
    await ctx.require(obj.type, write=False)
    return await show(ctx, [(await latest_record(ctx, obj), obj.uuid, obj.type)], fields)


def _visible_record(grant: Grant, record: m.Record) -> dict[str, Any]:
    """A history record cut to the caller's field permission (`record__…` fields)."""
    view = views.history_record(record)
    allowed = grant.allowed_fields(record.type_version)
    if allowed is None:
        return view
    return rules.select_fields({"record": view}, allowed).get("record", {})


async def history(ctx: Ctx, key: uuid.UUID, params: PageParams) -> tuple[int, list[dict[str, Any]]]:
    obj = await _object(ctx, key)
    grant = await ctx.require(obj.type, write=False)
    query = select(m.Record).where(m.Record.object_id == obj.id)
    count = (
        await ctx.session.execute(select(func.count()).select_from(query.subquery()))
    ).scalar_one()
    rows = (
        await ctx.session.execute(
            query.order_by(m.Record.index).offset(params.offset).limit(params.page_size)
        )
    ).scalars()
    return count, [_visible_record(grant, row) for row in rows]


async def history_record(ctx: Ctx, key: uuid.UUID, index: int) -> dict[str, Any]:
    obj = await _object(ctx, key)
    grant = await ctx.require(obj.type, write=False)
    row = (
        await ctx.session.execute(
            select(m.Record).where(m.Record.object_id == obj.id, m.Record.index == index)
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return _visible_record(grant, row)
