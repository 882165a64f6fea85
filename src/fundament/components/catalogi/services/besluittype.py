"""Besluittypen: concept/publish and their links to informatieobjecttypen (ztc-009..011)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from fundament.common.pagination import PageParams
from fundament.components.catalogi import kanalen, rules, views
from fundament.components.catalogi import models as m
from fundament.components.catalogi.schemas.besluittype import BesluitType, BesluitTypeCreate
from fundament.components.catalogi.services.base import (
    Ctx,
    all_by_url,
    by_url,
    fail,
    filter_uuid,
    geldig_op,
    page_of_rows,
    status_condition,
)
from fundament.components.catalogi.services.types import TypeSpec


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


def _related_concepts(row: m.BesluitType) -> list[bool]:
    # ztc-010a: a besluittype linked to a published type is frozen too.
    return [i.concept for i in row.informatieobjecttypen] + [z.concept for z in row.zaaktypen]


SPEC: TypeSpec[m.BesluitType, BesluitType] = TypeSpec(
    model=m.BesluitType,
    resource="besluittype",
    kanaal=kanalen.BESLUITTYPEN,
    load=views.BESLUITTYPE_LOAD,
    view=views.besluittype,
    new=lambda: m.BesluitType(uuid=uuid.uuid4(), concept=True, zaaktypen=[], resultaattypen=[]),
    apply=_apply,
    freezing=_related_concepts,
    keeping=_related_concepts,
)
