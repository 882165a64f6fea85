"""Informatieobjecttypen: concept/publish and their links to besluittypen (ztc-009/010)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from fundament.common.pagination import PageParams
from fundament.components.autorisaties import services as autorisaties
from fundament.components.catalogi import kanalen, rules, views
from fundament.components.catalogi import models as m
from fundament.components.catalogi.schemas.informatieobjecttype import (
    InformatieObjectType,
    InformatieObjectTypeCreate,
)
from fundament.components.catalogi.services.base import (
    Ctx,
    by_url,
    changed_fields,
    fail,
    filter_uuid,
    geldig_op,
    get,
    page_of_rows,
    record_change,
    status_condition,
)

RESOURCE = "informatieobjecttype"


def _notify(
    ctx: Ctx,
    actie: str,
    status: int,
    view: InformatieObjectType,
    oud: InformatieObjectType | None,
    nieuw: InformatieObjectType | None,
) -> None:
    record_change(
        ctx,
        resource=RESOURCE,
        actie=actie,
        status=status,
        url=view.url,
        hoofd_object=view.url,
        oud=oud,
        nieuw=nieuw,
        kanaal=kanalen.INFORMATIEOBJECTTYPEN.naam,
        kenmerken={"catalogus": view.catalogus},
        weergave=view.omschrijving,
    )


async def list_informatieobjecttypen(
    ctx: Ctx,
    page: PageParams,
    *,
    catalogus: str | None,
    status: str | None,
    datum_geldigheid: date | None,
    omschrijving: str | None,
) -> tuple[int, list[InformatieObjectType]]:
    query = select(m.InformatieObjectType).options(*views.INFORMATIEOBJECTTYPE_LOAD)
    catalogus_key = filter_uuid(catalogus, "catalogussen", "catalogus")
    if catalogus_key:
        query = query.join(m.InformatieObjectType.catalogus).where(
            m.Catalogus.uuid == catalogus_key
        )
    condition = status_condition(m.InformatieObjectType.concept, status)
    if condition is not None:
        query = query.where(condition)
    if datum_geldigheid:
        query = query.where(geldig_op(m.InformatieObjectType, datum_geldigheid))
    if omschrijving:
        query = query.where(m.InformatieObjectType.omschrijving == omschrijving)
    count, rows = await page_of_rows(ctx, query, m.InformatieObjectType, page)
    return count, [views.informatieobjecttype(ctx.url, row) for row in rows]


async def _load(ctx: Ctx, key: uuid.UUID) -> m.InformatieObjectType:
    return await get(ctx, m.InformatieObjectType, key, *views.INFORMATIEOBJECTTYPE_LOAD)


async def get_informatieobjecttype(ctx: Ctx, key: uuid.UUID) -> InformatieObjectType:
    return views.informatieobjecttype(ctx.url, await _load(ctx, key))


async def _apply(ctx: Ctx, row: m.InformatieObjectType, data: InformatieObjectTypeCreate) -> None:
    row.catalogus = await by_url(ctx, m.Catalogus, "catalogussen", data.catalogus, "catalogus")
    values = data.model_dump(exclude={"catalogus", "omschrijving_generiek"})
    for name, value in values.items():
        setattr(row, name, value)
    row.omschrijving_generiek = (
        data.omschrijving_generiek.model_dump(by_alias=True) if data.omschrijving_generiek else None
    )


async def create_informatieobjecttype(
    ctx: Ctx, data: InformatieObjectTypeCreate
) -> InformatieObjectType:
    row = m.InformatieObjectType(
        uuid=uuid.uuid4(), concept=True, besluittypen=[], zaaktype_informatieobjecttypen=[]
    )
    await _apply(ctx, row, data)
    ctx.session.add(row)
    view = views.informatieobjecttype(ctx.url, row)
    _notify(ctx, "create", 201, view, None, view)
    await ctx.session.commit()
    return view


async def update_informatieobjecttype(
    ctx: Ctx,
    key: uuid.UUID,
    data: InformatieObjectTypeCreate,
    sent: InformatieObjectTypeCreate | None = None,
) -> InformatieObjectType:
    row = await _load(ctx, key)
    before = views.informatieobjecttype(ctx.url, row)
    changed = changed_fields(sent or data, partial=sent is not None)
    fail(rules.non_concept_object(row.concept, changed, ctx.forced_write))
    if changed - rules.ALWAYS_EDITABLE:
        # ztc-010c: an informatieobjecttype linked to a published besluittype is frozen too.
        fail(rules.non_concept_relation([b.concept for b in row.besluittypen], ctx.forced_write))
    await _apply(ctx, row, data)
    view = views.informatieobjecttype(ctx.url, row)
    _notify(ctx, "partial_update" if sent else "update", 200, view, before, view)
    await ctx.session.commit()
    return view


async def delete_informatieobjecttype(ctx: Ctx, key: uuid.UUID) -> None:
    row = await _load(ctx, key)
    before = views.informatieobjecttype(ctx.url, row)
    fail(rules.non_concept_object_delete(row.concept, ctx.forced_delete))
    related = [b.concept for b in row.besluittypen] + [
        z.zaaktype.concept for z in row.zaaktype_informatieobjecttypen
    ]
    fail(rules.non_concept_relation(related, ctx.forced_delete))
    await ctx.session.delete(row)
    await autorisaties.remove_type_references(ctx.session, before.url, ctx.autorisaties_root)
    _notify(ctx, "destroy", 204, before, before, None)
    await ctx.session.commit()


async def publish_informatieobjecttype(ctx: Ctx, key: uuid.UUID) -> InformatieObjectType:
    row = await _load(ctx, key)
    before = views.informatieobjecttype(ctx.url, row)
    row.concept = False
    view = views.informatieobjecttype(ctx.url, row)
    _notify(ctx, "update", 200, view, before, view)
    await ctx.session.commit()
    return view
