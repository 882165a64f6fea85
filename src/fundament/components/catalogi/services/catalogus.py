"""Catalogussen: create, read and list (Catalogi 1.3.1 has no update or delete)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from fundament.common.db import is_unique_violation
from fundament.common.errors import ValidationFailed
from fundament.common.pagination import PageParams
from fundament.components.catalogi import models as m
from fundament.components.catalogi import views
from fundament.components.catalogi.schemas.catalogus import Catalogus, CatalogusCreate
from fundament.components.catalogi.services.base import Ctx, get, page_of_rows, record_change


async def _types(ctx: Ctx, ids: Sequence[int]) -> dict[int, dict[str, list[Any]]]:
    """UUIDs of every type of the given catalogussen, three queries in all."""
    found: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for model, key in (
        (m.ZaakType, "zaaktypen"),
        (m.BesluitType, "besluittypen"),
        (m.InformatieObjectType, "informatieobjecttypen"),
    ):
        rows = await ctx.session.execute(
            select(model.catalogus_id, model.uuid)
            .where(model.catalogus_id.in_(ids))
            .order_by(model.id)
        )
        for catalogus_id, key_uuid in rows:
            found[catalogus_id][key].append(key_uuid)
    return found


async def _views(ctx: Ctx, rows: Sequence[m.Catalogus]) -> list[Catalogus]:
    types = await _types(ctx, [row.id for row in rows])
    return [views.catalogus(ctx.url, row, types[row.id]) for row in rows]


async def list_catalogussen(
    ctx: Ctx, page: PageParams, *, domein: list[str] | None, rsin: list[str] | None
) -> tuple[int, list[Catalogus]]:
    query = select(m.Catalogus)
    if domein:
        query = query.where(m.Catalogus.domein.in_(domein))
    if rsin:
        query = query.where(m.Catalogus.rsin.in_(rsin))
    count, rows = await page_of_rows(ctx, query, m.Catalogus, page)
    return count, await _views(ctx, rows)


async def get_catalogus(ctx: Ctx, key: uuid.UUID) -> Catalogus:
    return (await _views(ctx, [await get(ctx, m.Catalogus, key)]))[0]


async def create_catalogus(ctx: Ctx, data: CatalogusCreate) -> Catalogus:
    row = m.Catalogus(uuid=uuid.uuid4(), **data.model_dump())
    ctx.session.add(row)
    view = views.catalogus(ctx.url, row, {})
    record_change(
        ctx,
        resource="catalogus",
        actie="create",
        status=201,
        url=view.url,
        hoofd_object=view.url,
        oud=None,
        nieuw=view,
        weergave=row.domein,
    )
    try:
        await ctx.session.commit()
    except IntegrityError as exc:
        await ctx.session.rollback()
        if is_unique_violation(exc, table="ztc_catalogus", column="domein"):
            raise ValidationFailed.single(
                "nonFieldErrors", "unique", "Er bestaat al een catalogus met dit domein en RSIN."
            ) from exc
        raise
    return view
