"""Besluittypen: concept/publish and their links to informatieobjecttypen (ztc-009..011)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from fundament.common.pagination import PageParams
from fundament.components.autorisaties import services as autorisaties
from fundament.components.catalogi import kanalen, rules, views
from fundament.components.catalogi import models as m
from fundament.components.catalogi.schemas.besluittype import BesluitType, BesluitTypeCreate
from fundament.components.catalogi.services.base import (
    Ctx,
    all_by_url,
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

RESOURCE = "besluittype"


def _notify(
    ctx: Ctx,
    actie: str,
    status: int,
    view: BesluitType,
    oud: BesluitType | None,
    nieuw: BesluitType | None,
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
        kanaal=kanalen.BESLUITTYPEN.naam,
        kenmerken={"catalogus": view.catalogus},
        weergave=view.omschrijving,
    )


async def list_besluittypen(
    ctx: Ctx,
    page: PageParams,
    *,
    catalogus: str | None,
    zaaktypen: str | None,
    informatieobjecttypen: str | None,
    status: str | None,
    omschrijving: str | None,
    datum_geldigheid: date | None,
) -> tuple[int, list[BesluitType]]:
    query = select(m.BesluitType).options(*views.BESLUITTYPE_LOAD)
    catalogus_key = filter_uuid(catalogus, "catalogussen", "catalogus")
    if catalogus_key:
        query = query.join(m.BesluitType.catalogus).where(m.Catalogus.uuid == catalogus_key)
    zaaktype_key = filter_uuid(zaaktypen, "zaaktypen", "zaaktypen")
    if zaaktype_key:
        query = query.where(m.BesluitType.zaaktypen.any(m.ZaakType.uuid == zaaktype_key))
    iot_key = filter_uuid(informatieobjecttypen, "informatieobjecttypen", "informatieobjecttypen")
    if iot_key:
        query = query.where(
            m.BesluitType.informatieobjecttypen.any(m.InformatieObjectType.uuid == iot_key)
        )
    condition = status_condition(m.BesluitType.concept, status)
    if condition is not None:
        query = query.where(condition)
    if omschrijving:
        query = query.where(m.BesluitType.omschrijving == omschrijving)
    if datum_geldigheid:
        query = query.where(geldig_op(m.BesluitType, datum_geldigheid))
    count, rows = await page_of_rows(ctx, query, m.BesluitType, page)
    return count, [views.besluittype(ctx.url, row) for row in rows]


async def _load(ctx: Ctx, key: uuid.UUID) -> m.BesluitType:
    return await get(ctx, m.BesluitType, key, *views.BESLUITTYPE_LOAD)


async def get_besluittype(ctx: Ctx, key: uuid.UUID) -> BesluitType:
    return views.besluittype(ctx.url, await _load(ctx, key))


async def _apply(ctx: Ctx, row: m.BesluitType, data: BesluitTypeCreate) -> None:
    catalogus = await by_url(ctx, m.Catalogus, "catalogussen", data.catalogus, "catalogus")
    informatieobjecttypen = await all_by_url(
        ctx,
        m.InformatieObjectType,
        "informatieobjecttypen",
        data.informatieobjecttypen,
        "informatieobjecttypen",
    )
    fail(rules.same_catalogus(catalogus.id, [i.catalogus_id for i in informatieobjecttypen]))
    # ztc-011a: no new link to a published informatieobjecttype (existing: ztc-010's business).
    linked = {i.id for i in row.informatieobjecttypen} if row.id else set()
    fail(
        rules.non_concept_relation(
            [i.concept for i in informatieobjecttypen if i.id not in linked], ctx.forced_write
        )
    )
    for name, value in data.model_dump(exclude={"catalogus", "informatieobjecttypen"}).items():
        setattr(row, name, value)
    row.catalogus = catalogus
    row.informatieobjecttypen = informatieobjecttypen


async def create_besluittype(ctx: Ctx, data: BesluitTypeCreate) -> BesluitType:
    row = m.BesluitType(uuid=uuid.uuid4(), concept=True, zaaktypen=[], resultaattypen=[])
    await _apply(ctx, row, data)
    ctx.session.add(row)
    view = views.besluittype(ctx.url, row)
    _notify(ctx, "create", 201, view, None, view)
    await ctx.session.commit()
    return view


def _related_concepts(row: m.BesluitType) -> list[bool]:
    return [i.concept for i in row.informatieobjecttypen] + [z.concept for z in row.zaaktypen]


async def update_besluittype(
    ctx: Ctx, key: uuid.UUID, data: BesluitTypeCreate, sent: BesluitTypeCreate | None = None
) -> BesluitType:
    row = await _load(ctx, key)
    before = views.besluittype(ctx.url, row)
    changed = changed_fields(sent or data, partial=sent is not None)
    fail(rules.non_concept_object(row.concept, changed, ctx.forced_write))
    if changed - rules.ALWAYS_EDITABLE:
        # ztc-010a: a besluittype linked to a published type is frozen too.
        fail(rules.non_concept_relation(_related_concepts(row), ctx.forced_write))
    await _apply(ctx, row, data)
    view = views.besluittype(ctx.url, row)
    _notify(ctx, "partial_update" if sent else "update", 200, view, before, view)
    await ctx.session.commit()
    return view


async def delete_besluittype(ctx: Ctx, key: uuid.UUID) -> None:
    row = await _load(ctx, key)
    before = views.besluittype(ctx.url, row)
    fail(rules.non_concept_object_delete(row.concept, ctx.forced_delete))
    fail(rules.non_concept_relation(_related_concepts(row), ctx.forced_delete))
    await ctx.session.delete(row)
    await autorisaties.remove_type_references(ctx.session, before.url, ctx.autorisaties_root)
    _notify(ctx, "destroy", 204, before, before, None)
    await ctx.session.commit()


async def publish_besluittype(ctx: Ctx, key: uuid.UUID) -> BesluitType:
    row = await _load(ctx, key)
    before = views.besluittype(ctx.url, row)
    row.concept = False
    view = views.besluittype(ctx.url, row)
    _notify(ctx, "update", 200, view, before, view)
    await ctx.session.commit()
    return view
