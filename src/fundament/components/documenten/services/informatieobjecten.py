"""Enkelvoudiginformatieobjecten: list, search, read (any version), delete (drc-008)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, func, select

from fundament.common.audit import AuditTrail
from fundament.common.errors import NotFound
from fundament.common.pagination import PageParams
from fundament.components.documenten import models as m
from fundament.components.documenten import rules, scopes, views
from fundament.components.documenten.schemas.informatieobject import InformatieObject
from fundament.components.documenten.services.base import (
    EIO,
    RESOURCE_EIO,
    Ctx,
    count_and_page,
    discard,
    fail,
    get_document,
    latest_of,
    logger,
    record_change,
)


async def parts_of(ctx: Ctx, document_ids: Sequence[int]) -> dict[int, list[m.BestandsDeel]]:
    """The bestandsdelen of several documents, in one query."""
    found: dict[int, list[m.BestandsDeel]] = defaultdict(list)
    if document_ids:
        rows = await ctx.session.execute(
            select(m.BestandsDeel)
            .where(m.BestandsDeel.informatieobject_id.in_(document_ids))
            .order_by(m.BestandsDeel.informatieobject_id, m.BestandsDeel.volgnummer)
        )
        for deel in rows.scalars():
            found[deel.informatieobject_id].append(deel)
    return found


async def _views(ctx: Ctx, rows: Sequence[Any]) -> list[InformatieObject]:
    parts = await parts_of(ctx, [document.id for _, document in rows])
    return [
        views.informatieobject(ctx.url, versie, document, parts[document.id])
        for versie, document in rows
    ]


async def list_informatieobjecten(
    ctx: Ctx,
    page: PageParams,
    *,
    identificatie: str | None = None,
    bronorganisatie: str | None = None,
    trefwoorden: Sequence[str] = (),
    uuids: Sequence[uuid.UUID] | None = None,
) -> tuple[int, list[InformatieObject]]:
    """Latest versions only, limited in SQL to the types and confidentiality granted."""
    query = latest_of(ctx.sql_filter())
    if identificatie:
        query = query.where(m.Versie.identificatie == identificatie)
    if bronorganisatie:
        query = query.where(m.Versie.bronorganisatie == bronorganisatie)
    for trefwoord in trefwoorden:
        # Every trefwoord given must be one of the document's (as Open Zaak's `contains`).
        query = query.where(
            exists().where(m.Trefwoord.versie_id == m.Versie.id, m.Trefwoord.trefwoord == trefwoord)
        )
    if uuids is not None:
        query = query.where(m.InformatieObject.uuid.in_(list(uuids)))
    count, rows = await count_and_page(
        ctx, query, m.InformatieObject.id, page.offset, page.page_size
    )
    return count, await _views(ctx, rows)


async def find_version(
    ctx: Ctx, key: uuid.UUID, versie: int | None, registratie_op: datetime | None
) -> tuple[m.Versie, m.InformatieObject]:
    """The latest version, or the one asked for by number or by registration moment (the
    version whose beginRegistratie is the last at or before it); 404 when there is none."""
    if versie is None and registratie_op is None:
        return await get_document(ctx, key)
    query = (
        select(m.Versie, m.InformatieObject)
        .join(m.InformatieObject, m.InformatieObject.id == m.Versie.informatieobject_id)
        .where(m.InformatieObject.uuid == key)
    )
    if versie is not None:
        query = query.where(m.Versie.versie == versie)
    if registratie_op is not None:
        query = query.where(m.Versie.begin_registratie <= registratie_op)
    row = (await ctx.session.execute(query.order_by(m.Versie.versie.desc()).limit(1))).first()
    if row is None:
        raise NotFound("Deze versie van het informatieobject bestaat niet.")
    return row[0], row[1]


async def get_informatieobject(
    ctx: Ctx, key: uuid.UUID, versie: int | None = None, registratie_op: datetime | None = None
) -> InformatieObject:
    row, document = await find_version(ctx, key, versie, registratie_op)
    ctx.require(row, scopes.SCOPE_LEZEN)
    parts = await parts_of(ctx, [document.id])
    return views.informatieobject(ctx.url, row, document, parts[document.id])


async def delete_informatieobject(ctx: Ctx, key: uuid.UUID) -> None:
    """drc-008: only without objectinformatieobjecten; removes every version, the
    gebruiksrechten, verzendingen, bestandsdelen and the document's audit trail, then the
    stored contents (after the commit, so a failed delete keeps them)."""
    versie, document = await get_document(ctx, key, for_update=True)
    ctx.require(versie, scopes.SCOPE_VERWIJDEREN)
    relations = (
        await ctx.session.execute(
            select(func.count()).where(m.ObjectInformatieObject.informatieobject_id == document.id)
        )
    ).scalar_one()
    fail(rules.no_relations(relations) + rules.unlocked_for_delete(document.lock))
    before = views.informatieobject(ctx.url, versie, document)
    keys = list(
        (
            await ctx.session.execute(
                select(m.Versie.inhoud).where(m.Versie.informatieobject_id == document.id)
            )
        ).scalars()
    )
    keys += (
        await ctx.session.execute(
            select(m.BestandsDeel.inhoud).where(m.BestandsDeel.informatieobject_id == document.id)
        )
    ).scalars()
    await ctx.session.execute(delete(AuditTrail).where(AuditTrail.hoofd_object == before.url))
    await ctx.session.execute(
        delete(m.InformatieObject).where(m.InformatieObject.id == document.id)
    )
    # The trail goes with the document (drc-008), so the destroy is only announced.
    record_change(
        ctx,
        resource=RESOURCE_EIO,
        actie="destroy",
        status=204,
        url=before.url,
        document_url=before.url,
        versie=versie,
        oud=before,
        nieuw=None,
        audit=False,
    )
    await ctx.session.commit()
    logger.info("informatieobject %s deleted by %s", before.url, ctx.auth.client_id)
    await discard(ctx.storage, keys)


def document_url(ctx: Ctx, key: uuid.UUID) -> str:
    return ctx.url(EIO, key)
