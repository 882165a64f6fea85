"""The life cycle the three published kinds of type share — zaaktype, informatieobjecttype and
besluittype: create as concept, update (ztc-009/010), delete (ztc-009/010), publish (ztc-012),
each with its audit record and a notification on the type's kanaal (kenmerk `catalogus`)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy.orm.interfaces import LoaderOption

from fundament.common.component import Kanaal
from fundament.common.errors import InvalidParam
from fundament.components.autorisaties import services as autorisaties
from fundament.components.catalogi import rules, views
from fundament.components.catalogi.services.base import (
    Ctx,
    changed_fields,
    fail,
    get,
    record_change,
)

Row = TypeVar("Row", bound=Any)
Out = TypeVar("Out", bound=BaseModel)


def _nothing(row: Any) -> list[Any]:
    return []


@dataclass(frozen=True)
class TypeSpec(Generic[Row, Out]):
    """How one published kind of type is stored, shown, filled and guarded."""

    model: type[Row]
    resource: str
    kanaal: Kanaal
    load: tuple[LoaderOption, ...]
    view: Callable[[views.Url, Row], Out]
    # A fresh concept row (relationship lists set, so views work before the first flush).
    new: Callable[[], Row]
    # Validates references and copies a full body onto the row (create, PUT, merged PATCH).
    apply: Callable[[Ctx, Row, Any], Awaitable[None]]
    # ztc-010: concept flags of relations that freeze the type for anything but eindeGeldigheid.
    freezing: Callable[[Row], list[bool]]
    # ztc-010: concept flags of relations that forbid deleting it (a superset of `freezing`).
    keeping: Callable[[Row], list[bool]]
    # ztc-012: problems that stop publishing (none for most types).
    unpublishable: Callable[[Row], list[InvalidParam]] = _nothing


def _notify(
    ctx: Ctx,
    spec: TypeSpec[Row, Out],
    actie: str,
    status: int,
    view: Any,
    oud: Out | None,
    nieuw: Out | None,
) -> None:
    record_change(
        ctx,
        resource=spec.resource,
        actie=actie,
        status=status,
        url=view.url,
        hoofd_object=view.url,
        oud=oud,
        nieuw=nieuw,
        kanaal=spec.kanaal.naam,
        kenmerken={"catalogus": view.catalogus},
        weergave=view.omschrijving,
    )


async def load(ctx: Ctx, spec: TypeSpec[Row, Out], key: uuid.UUID) -> Row:
    return await get(ctx, spec.model, key, *spec.load)


async def get_one(ctx: Ctx, spec: TypeSpec[Row, Out], key: uuid.UUID) -> Out:
    return spec.view(ctx.url, await load(ctx, spec, key))


async def create(ctx: Ctx, spec: TypeSpec[Row, Out], data: BaseModel) -> Out:
    row = spec.new()
    await spec.apply(ctx, row, data)
    ctx.session.add(row)
    view = spec.view(ctx.url, row)
    _notify(ctx, spec, "create", 201, view, None, view)
    await ctx.session.commit()
    return view


async def update(
    ctx: Ctx,
    spec: TypeSpec[Row, Out],
    key: uuid.UUID,
    data: BaseModel,
    sent: BaseModel | None = None,
) -> Out:
    """PUT (`sent` None) or PATCH (`sent` = the partial body, `data` = it merged)."""
    row = await load(ctx, spec, key)
    before = spec.view(ctx.url, row)
    changed = changed_fields(sent or data, partial=sent is not None)
    fail(rules.non_concept_object(row.concept, changed, ctx.forced_write))
    if changed - rules.ALWAYS_EDITABLE:
        fail(rules.non_concept_relation(spec.freezing(row), ctx.forced_write))
    await spec.apply(ctx, row, data)
    view = spec.view(ctx.url, row)
    _notify(ctx, spec, "partial_update" if sent else "update", 200, view, before, view)
    await ctx.session.commit()
    return view


async def delete(ctx: Ctx, spec: TypeSpec[Row, Out], key: uuid.UUID) -> None:
    row = await load(ctx, spec, key)
    before: Any = spec.view(ctx.url, row)
    fail(rules.non_concept_object_delete(row.concept, ctx.forced_delete))
    fail(rules.non_concept_relation(spec.keeping(row), ctx.forced_delete))
    await ctx.session.delete(row)
    await autorisaties.remove_type_references(ctx.session, before.url, ctx.autorisaties_root)
    _notify(ctx, spec, "destroy", 204, before, before, None)
    await ctx.session.commit()


async def publish(ctx: Ctx, spec: TypeSpec[Row, Out], key: uuid.UUID) -> Out:
    row = await load(ctx, spec, key)
    before = spec.view(ctx.url, row)
    fail(spec.unpublishable(row))
    row.concept = False
    view = spec.view(ctx.url, row)
    _notify(ctx, spec, "update", 200, view, before, view)
    await ctx.session.commit()
    return view
