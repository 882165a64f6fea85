"""Informatieobjecttypen: concept/publish and their links to besluittypen (ztc-009/010)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from fundament.common.pagination import PageParams
from fundament.components.catalogi import kanalen, views
from fundament.components.catalogi import models as m
from fundament.components.catalogi.schemas.informatieobjecttype import (
    InformatieObjectType,
    InformatieObjectTypeCreate,
)
from fundament.components.catalogi.services.base import (
    Ctx,
    by_url,
    filter_uuid,
    geldig_op,
    page_of_rows,
    status_condition,
)
from fundament.components.catalogi.services.types import TypeSpec


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


async def _apply(ctx: Ctx, row: m.InformatieObjectType, data: InformatieObjectTypeCreate) -> None:
    row.catalogus = await by_url(ctx, m.Catalogus, "catalogussen", data.catalogus, "catalogus")
    values = data.model_dump(exclude={"catalogus", "omschrijving_generiek"})
    for name, value in values.items():
        setattr(row, name, value)
    row.omschrijving_generiek = (
        data.omschrijving_generiek.model_dump(by_alias=True) if data.omschrijving_generiek else None
    )


def _freezing(row: m.InformatieObjectType) -> list[bool]:
    # ztc-010c: an informatieobjecttype linked to a published besluittype is frozen too.
    return [b.concept for b in row.besluittypen]


def _keeping(row: m.InformatieObjectType) -> list[bool]:
    return _freezing(row) + [z.zaaktype.concept for z in row.zaaktype_informatieobjecttypen]


SPEC: TypeSpec[m.InformatieObjectType, InformatieObjectType] = TypeSpec(
    model=m.InformatieObjectType,
    resource="informatieobjecttype",
    kanaal=kanalen.INFORMATIEOBJECTTYPEN,
    load=views.INFORMATIEOBJECTTYPE_LOAD,
    view=views.informatieobjecttype,
    new=lambda: m.InformatieObjectType(
        uuid=uuid.uuid4(), concept=True, besluittypen=[], zaaktype_informatieobjecttypen=[]
    ),
    apply=_apply,
    freezing=_freezing,
    keeping=_keeping,
)
