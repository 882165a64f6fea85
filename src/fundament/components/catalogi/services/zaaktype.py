"""Zaaktypen: versions by identificatie, concept/publish (ztc-009..012, ztc-016)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select

from fundament.common.errors import InvalidParam
from fundament.common.pagination import PageParams
from fundament.components.catalogi import kanalen, rules, views
from fundament.components.catalogi import models as m
from fundament.components.catalogi.schemas.zaaktype import ZaakType, ZaakTypeCreate
from fundament.components.catalogi.services import selectielijst, types
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


async def list_zaaktypen(
    ctx: Ctx,
    page: PageParams,
    *,
    catalogus: str | None,
    identificatie: str | None,
    trefwoorden: list[str],
    status: str | None,
    datum_geldigheid: date | None,
) -> tuple[int, list[ZaakType]]:
    query = select(m.ZaakType).options(*views.ZAAKTYPE_LOAD)
    catalogus_key = filter_uuid(catalogus, "catalogussen", "catalogus")
    if catalogus_key:
        query = query.join(m.ZaakType.catalogus).where(m.Catalogus.uuid == catalogus_key)
    if identificatie:
        query = query.where(m.ZaakType.identificatie == identificatie)
    condition = status_condition(m.ZaakType.concept, status)
    if condition is not None:
        query = query.where(condition)
    if datum_geldigheid:
        query = query.where(geldig_op(m.ZaakType, datum_geldigheid))
    for trefwoord in dict.fromkeys(trefwoorden):
        query = query.where(_has_trefwoord(ctx, trefwoord))
    count, rows = await page_of_rows(ctx, query, m.ZaakType, page)
    return count, [views.zaaktype(ctx.url, row) for row in rows]


def _has_trefwoord(ctx: Ctx, trefwoord: str) -> ColumnElement[bool]:
    """The zaaktype's `trefwoorden` (a JSON array) holds this word; in SQL, so that count and
    pages see only matches. The function that unnests a JSON array differs per database."""
    postgresql = ctx.session.get_bind().dialect.name == "postgresql"
    unnest = func.jsonb_array_elements_text if postgresql else func.json_each
    items = unnest(m.ZaakType.trefwoorden).table_valued("value")
    return exists(select(1).select_from(items).where(items.c.value == trefwoord))


async def get_zaaktype(ctx: Ctx, key: uuid.UUID, on: date | None = None) -> ZaakType:
    """A zaaktype; with `on` (`datumGeldigheid`) its related types are shown as the published
    version valid on that date — besluittypen and informatieobjecttypen by omschrijving,
    deelzaaktypen by identificatie, within the catalogus (the Catalogi 1.3 historiemodel).
    A relation without such a version keeps pointing at the type it was made with."""
    row = await types.load(ctx, SPEC, key)
    view = views.zaaktype(ctx.url, row)
    if on is None:
        return view
    iots = [z.informatieobjecttype for z in row.zaaktype_informatieobjecttypen]
    return view.model_copy(
        update={
            "besluittypen": await _versions_on(
                ctx, m.BesluitType, "omschrijving", row.besluittypen, on
            ),
            "informatieobjecttypen": list(
                dict.fromkeys(
                    await _versions_on(ctx, m.InformatieObjectType, "omschrijving", iots, on)
                )
            ),
            "deelzaaktypen": await _versions_on(
                ctx, m.ZaakType, "identificatie", row.deelzaaktypen, on
            ),
        }
    )


async def _versions_on(
    ctx: Ctx, model: Any, name: str, linked: Sequence[Any], on: date
) -> list[str]:
    urls = []
    for item in linked:
        version = (
            await ctx.session.execute(
                select(model)
                .where(model.catalogus_id == item.catalogus_id)
                .where(getattr(model, name) == getattr(item, name))
                .where(model.concept.is_(False))
                .where(geldig_op(model, on))
                .order_by(model.begin_geldigheid.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        urls.append(views.link(ctx.url, version or item))
    return urls


async def _overlap(ctx: Ctx, row_id: int | None, catalogus_id: int, data: ZaakTypeCreate) -> None:
    """ztc-016: versions of one identificatie in a catalogus must not overlap."""
    others = (
        await ctx.session.execute(
            select(m.ZaakType.begin_geldigheid, m.ZaakType.einde_geldigheid, m.ZaakType.concept)
            .where(m.ZaakType.catalogus_id == catalogus_id)
            .where(m.ZaakType.identificatie == data.identificatie)
            .where(m.ZaakType.id != (row_id or -1))
        )
    ).all()
    fail(
        rules.overlapping_versions(
            rules.Version(data.begin_geldigheid, data.einde_geldigheid, True),
            [rules.Version(b, e, c) for b, e, c in others if b is not None],
            "zaaktype",
        )
    )


async def _apply(ctx: Ctx, row: m.ZaakType, data: ZaakTypeCreate) -> None:
    """Validate references and copy the body onto the row (shared by create and update)."""
    catalogus = await by_url(ctx, m.Catalogus, "catalogussen", data.catalogus, "catalogus")
    besluittypen = await all_by_url(
        ctx, m.BesluitType, "besluittypen", data.besluittypen, "besluittypen"
    )
    deelzaaktypen = await all_by_url(
        ctx, m.ZaakType, "zaaktypen", data.deelzaaktypen, "deelzaaktypen"
    )
    fail(
        rules.same_catalogus(
            catalogus.id,
            [b.catalogus_id for b in besluittypen] + [d.catalogus_id for d in deelzaaktypen],
        )
    )
    # ztc-011g: no new link to a published besluittype (existing links are ztc-010's business).
    linked = {b.id for b in row.besluittypen} if row.id else set()
    fail(
        rules.non_concept_relation(
            [b.concept for b in besluittypen if b.id not in linked], ctx.forced_write
        )
    )
    if data.selectielijst_procestype:
        await selectielijst.procestype(ctx, data.selectielijst_procestype)
    await _overlap(ctx, row.id, catalogus.id, data)
    values = data.model_dump(exclude={"catalogus", "besluittypen", "deelzaaktypen"}, mode="python")
    values["referentieproces"] = data.referentieproces.model_dump(by_alias=True)
    values["gerelateerde_zaaktypen"] = [
        g.model_dump(by_alias=True) for g in data.gerelateerde_zaaktypen
    ]
    for field in ("broncatalogus", "bronzaaktype"):
        source = getattr(data, field)
        values[field] = source.model_dump(by_alias=True) if source else None
    for name, value in values.items():
        setattr(row, name, value)
    row.catalogus = catalogus
    row.besluittypen = besluittypen
    row.deelzaaktypen = deelzaaktypen


def _freezing(row: m.ZaakType) -> list[bool]:
    # ztc-010h: a zaaktype linked to a published besluittype is frozen too.
    return [b.concept for b in row.besluittypen]


def _keeping(row: m.ZaakType) -> list[bool]:
    # ztc-010h: ... and one linked to a published informatieobjecttype cannot be deleted.
    return _freezing(row) + [
        z.informatieobjecttype.concept for z in row.zaaktype_informatieobjecttypen
    ]


def _unpublishable(row: m.ZaakType) -> list[InvalidParam]:
    """ztc-012: publishing needs every related besluittype and informatieobjecttype published."""
    related = [b.concept for b in row.besluittypen] + [
        z.informatieobjecttype.concept for z in row.zaaktype_informatieobjecttypen
    ]
    return [rules.concept_relation()] if any(related) else []


SPEC: TypeSpec[m.ZaakType, ZaakType] = TypeSpec(
    model=m.ZaakType,
    resource="zaaktype",
    kanaal=kanalen.ZAAKTYPEN,
    load=views.ZAAKTYPE_LOAD,
    view=views.zaaktype,
    new=lambda: m.ZaakType(
        uuid=uuid.uuid4(),
        concept=True,
        statustypen=[],
        roltypen=[],
        resultaattypen=[],
        eigenschappen=[],
        zaakobjecttypen=[],
        zaaktype_informatieobjecttypen=[],
    ),
    apply=_apply,
    freezing=_freezing,
    keeping=_keeping,
    unpublishable=_unpublishable,
)
