"""Zaaktype-informatieobjecttypen: the link between the two, frozen only when both are published
(ztc-010g, ztc-011f)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fundament.common.errors import ValidationFailed
from fundament.common.pagination import PageParams
from fundament.components.catalogi import models as m
from fundament.components.catalogi import rules, views
from fundament.components.catalogi.schemas.zaaktype_informatieobjecttype import (
    ZaakTypeInformatieObjectType,
    ZaakTypeInformatieObjectTypeCreate,
)
from fundament.components.catalogi.services.base import (
    Ctx,
    by_url,
    fail,
    filter_uuid,
    get,
    page_of_rows,
    record_change,
    status_condition,
)

RESOURCE = "zaaktypeinformatieobjecttype"
Model = m.ZaakTypeInformatieObjectType


async def list_ziots(
    ctx: Ctx,
    page: PageParams,
    *,
    zaaktype: str | None,
    informatieobjecttype: str | None,
    richting: str | None,
    status: str | None,
) -> tuple[int, list[ZaakTypeInformatieObjectType]]:
    query = select(Model).join(Model.zaaktype).options(*views.ZIOT_LOAD)
    zaaktype_key = filter_uuid(zaaktype, "zaaktypen", "zaaktype")
    if zaaktype_key:
        query = query.where(m.ZaakType.uuid == zaaktype_key)
    iot_key = filter_uuid(informatieobjecttype, "informatieobjecttypen", "informatieobjecttype")
    if iot_key:
        query = query.where(Model.informatieobjecttype.has(m.InformatieObjectType.uuid == iot_key))
    if richting:
        query = query.where(Model.richting == richting)
    condition = status_condition(m.ZaakType.concept, status)
    if condition is not None:
        query = query.where(condition)
    count, rows = await page_of_rows(ctx, query, Model, page)
    return count, [views.zaaktype_informatieobjecttype(ctx.url, row) for row in rows]


async def _load(ctx: Ctx, key: uuid.UUID) -> m.ZaakTypeInformatieObjectType:
    return await get(ctx, Model, key, *views.ZIOT_LOAD)


async def get_ziot(ctx: Ctx, key: uuid.UUID) -> ZaakTypeInformatieObjectType:
    return views.zaaktype_informatieobjecttype(ctx.url, await _load(ctx, key))


def _frozen(zaaktype: m.ZaakType, iot: m.InformatieObjectType, forced: bool) -> None:
    # Only the combination of a published zaaktype and a published informatieobjecttype is fixed.
    fail(rules.non_concept_relation([zaaktype.concept or iot.concept], forced))


async def _apply(
    ctx: Ctx, row: m.ZaakTypeInformatieObjectType, data: ZaakTypeInformatieObjectTypeCreate
) -> None:
    zaaktype = await by_url(
        ctx, m.ZaakType, "zaaktypen", data.zaaktype, "zaaktype", *views.ZAAKTYPE_LOAD
    )
    iot = await by_url(
        ctx,
        m.InformatieObjectType,
        "informatieobjecttypen",
        data.informatieobjecttype,
        "informatieobjecttype",
    )
    fail(rules.same_catalogus(zaaktype.catalogus_id, [iot.catalogus_id]))
    _frozen(zaaktype, iot, ctx.forced_write)
    statustype = None
    if data.statustype:
        statustype = await by_url(ctx, m.StatusType, "statustypen", data.statustype, "statustype")
        if statustype.zaaktype_id != zaaktype.id:
            raise ValidationFailed.single(
                "statustype", "zaaktype-mismatch", "Het statustype hoort bij een ander zaaktype."
            )
    row.zaaktype = zaaktype
    row.informatieobjecttype = iot
    row.statustype = statustype
    row.volgnummer = data.volgnummer
    row.richting = data.richting


def _record(
    ctx: Ctx,
    actie: str,
    status: int,
    view: ZaakTypeInformatieObjectType,
    oud: ZaakTypeInformatieObjectType | None,
    nieuw: ZaakTypeInformatieObjectType | None,
) -> None:
    record_change(
        ctx,
        resource=RESOURCE,
        actie=actie,
        status=status,
        url=view.url,
        hoofd_object=view.zaaktype,
        oud=oud,
        nieuw=nieuw,
    )


async def create_ziot(
    ctx: Ctx, data: ZaakTypeInformatieObjectTypeCreate
) -> ZaakTypeInformatieObjectType:
    row = Model(uuid=uuid.uuid4())
    await _apply(ctx, row, data)
    ctx.session.add(row)
    view = views.zaaktype_informatieobjecttype(ctx.url, row)
    _record(ctx, "create", 201, view, None, view)
    await ctx.session.commit()
    return view


async def update_ziot(
    ctx: Ctx, key: uuid.UUID, data: ZaakTypeInformatieObjectTypeCreate, partial: bool
) -> ZaakTypeInformatieObjectType:
    row = await _load(ctx, key)
    before = views.zaaktype_informatieobjecttype(ctx.url, row)
    _frozen(row.zaaktype, row.informatieobjecttype, ctx.forced_write)
    await _apply(ctx, row, data)
    view = views.zaaktype_informatieobjecttype(ctx.url, row)
    _record(ctx, "partial_update" if partial else "update", 200, view, before, view)
    await ctx.session.commit()
    return view


async def delete_ziot(ctx: Ctx, key: uuid.UUID) -> None:
    row = await _load(ctx, key)
    before = views.zaaktype_informatieobjecttype(ctx.url, row)
    _frozen(row.zaaktype, row.informatieobjecttype, ctx.forced_delete)
    await ctx.session.delete(row)
    _record(ctx, "destroy", 204, before, before, None)
    await ctx.session.commit()
