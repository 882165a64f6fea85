"""Verzendingen: who a document was sent to or received from, and how."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from fundament.common.errors import NotFound
from fundament.common.pagination import PageParams
from fundament.components.documenten import models as m
from fundament.components.documenten import rules, scopes, views
from fundament.components.documenten.schemas.verzending import Verzending, VerzendingCreate
from fundament.components.documenten.services.base import (
    EIO,
    Ctx,
    count_and_page,
    document_by_url,
    document_filter,
    fail,
    record_change,
)

RESOURCE = "verzending"
_CHANNELS = (
    "binnenlands_correspondentieadres",
    "buitenlands_correspondentieadres",
    "correspondentie_postadres",
    "faxnummer",
    "emailadres",
    "mijn_overheid",
    "telefoonnummer",
)


def _joined() -> Any:
    return (
        select(m.Verzending, m.Versie, m.InformatieObject)
        .join(m.InformatieObject, m.InformatieObject.id == m.Verzending.informatieobject_id)
        .join(m.Versie, m.Versie.informatieobject_id == m.InformatieObject.id)
        .where(m.Versie.latest.is_(True))
    )


async def list_verzendingen(
    ctx: Ctx,
    page: PageParams,
    *,
    aard_relatie: str | None,
    informatieobject: str | None,
    betrokkene: str | None,
) -> tuple[int, list[Verzending]]:
    query = _joined().where(ctx.sql_filter())
    if aard_relatie:
        query = query.where(m.Verzending.aard_relatie == aard_relatie)
    if betrokkene:
        query = query.where(m.Verzending.betrokkene == betrokkene)
    key = document_filter(ctx, informatieobject)
    if key is not None:
        query = query.where(m.InformatieObject.uuid == key)
    count, rows = await count_and_page(ctx, query, m.Verzending.id, page.offset, page.page_size)
    return count, [views.verzending(ctx.url, row, doc.uuid) for row, _, doc in rows]


async def _load(ctx: Ctx, key: uuid.UUID) -> tuple[m.Verzending, m.Versie, m.InformatieObject]:
    row = (await ctx.session.execute(_joined().where(m.Verzending.uuid == key))).first()
    if row is None:
        raise NotFound()
    return row[0], row[1], row[2]


async def get_verzending(ctx: Ctx, key: uuid.UUID) -> Verzending:
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_LEZEN)
    return views.verzending(ctx.url, row, document.uuid)


def _apply(row: m.Verzending, data: VerzendingCreate, document: m.InformatieObject) -> None:
    fail(rules.one_address([_filled(getattr(data, name)) for name in _CHANNELS]))
    row.informatieobject_id = document.id
    for name, value in data.model_dump(mode="json", exclude={"informatieobject"}).items():
        setattr(row, name, value)
    row.ontvangstdatum, row.verzenddatum = data.ontvangstdatum, data.verzenddatum


def _filled(value: Any) -> bool:
    if hasattr(value, "model_dump"):
        return any(value.model_dump().values())
    return bool(value)


def _record(
    ctx: Ctx,
    actie: str,
    status: int,
    versie: m.Versie,
    document: m.InformatieObject,
    oud: Verzending | None,
    nieuw: Verzending | None,
) -> None:
    view = nieuw or oud
    assert view is not None
    record_change(
        ctx,
        resource=RESOURCE,
        actie=actie,
        status=status,
        url=view.url,
        document_url=ctx.url(EIO, document.uuid),
        versie=versie,
        oud=oud,
        nieuw=nieuw,
    )


async def create_verzending(ctx: Ctx, data: VerzendingCreate) -> Verzending:
    versie, document = await document_by_url(ctx, data.informatieobject, "informatieobject")
    ctx.require(versie, scopes.SCOPE_AANMAKEN)
    row = m.Verzending(uuid=uuid.uuid4())
    _apply(row, data, document)
    ctx.session.add(row)
    view = views.verzending(ctx.url, row, document.uuid)
    _record(ctx, "create", 201, versie, document, None, view)
    await ctx.session.commit()
    return view


async def update_verzending(
    ctx: Ctx, key: uuid.UUID, data: VerzendingCreate, partial: bool
) -> Verzending:
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_BIJWERKEN)
    before = views.verzending(ctx.url, row, document.uuid)
    if data.informatieobject != before.informatieobject:
        versie, document = await document_by_url(ctx, data.informatieobject, "informatieobject")
        ctx.require(versie, scopes.SCOPE_BIJWERKEN)
    _apply(row, data, document)
    view = views.verzending(ctx.url, row, document.uuid)
    _record(ctx, "partial_update" if partial else "update", 200, versie, document, before, view)
    await ctx.session.commit()
    return view


async def delete_verzending(ctx: Ctx, key: uuid.UUID) -> None:
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_VERWIJDEREN)
    before = views.verzending(ctx.url, row, document.uuid)
    await ctx.session.delete(row)
    _record(ctx, "destroy", 204, versie, document, before, None)
    await ctx.session.commit()


async def current(ctx: Ctx, key: uuid.UUID) -> Verzending:
    """The verzending as it is, for a PATCH to merge into (needs the update scope)."""
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_BIJWERKEN)
    return views.verzending(ctx.url, row, document.uuid)
