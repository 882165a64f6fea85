"""Gebruiksrechten: usage rights of a document; they drive `indicatieGebruiksrecht` (drc-006)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import exists, select

from fundament.common.errors import NotFound
from fundament.components.documenten import models as m
from fundament.components.documenten import rules, scopes, views
from fundament.components.documenten.schemas.gebruiksrechten import (
    Gebruiksrechten,
    GebruiksrechtenCreate,
)
from fundament.components.documenten.services.base import (
    EIO,
    Ctx,
    document_by_url,
    document_filter,
    fail,
    record_change,
)

RESOURCE = "gebruiksrechten"
COMPARISONS = ("lt", "lte", "gt", "gte")


def _joined() -> Any:
    return (
        select(m.Gebruiksrechten, m.Versie, m.InformatieObject)
        .join(m.InformatieObject, m.InformatieObject.id == m.Gebruiksrechten.informatieobject_id)
        .join(m.Versie, m.Versie.informatieobject_id == m.InformatieObject.id)
        .where(m.Versie.latest.is_(True))
    )


def _compare(column: Any, op: str, value: datetime) -> Any:
    return {
        "lt": column < value,
        "lte": column <= value,
        "gt": column > value,
        "gte": column >= value,
    }[op]


async def list_gebruiksrechten(
    ctx: Ctx, informatieobject: str | None, bounds: dict[str, datetime]
) -> list[Gebruiksrechten]:
    """Every gebruiksrecht the client may read (the OAS lists them without pagination);
    `bounds` holds `startdatum__lt` … `einddatum__gte`."""
    query = _joined().where(ctx.sql_filter())
    key = document_filter(ctx, informatieobject)
    if key is not None:
        query = query.where(m.InformatieObject.uuid == key)
    for name, value in bounds.items():
        field, op = name.split("__")
        query = query.where(_compare(getattr(m.Gebruiksrechten, field), op, value))
    rows = (await ctx.session.execute(query.order_by(m.Gebruiksrechten.id))).all()
    return [views.gebruiksrechten(ctx.url, row, document.uuid) for row, _, document in rows]


async def _load(
    ctx: Ctx, key: uuid.UUID, *, for_update: bool = False
) -> tuple[m.Gebruiksrechten, m.Versie, m.InformatieObject]:
    query = _joined().where(m.Gebruiksrechten.uuid == key)
    if for_update:
        query = query.with_for_update(of=m.InformatieObject)
    row = (await ctx.session.execute(query)).first()
    if row is None:
        raise NotFound()
    return row[0], row[1], row[2]


async def get_gebruiksrechten(ctx: Ctx, key: uuid.UUID) -> Gebruiksrechten:
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_LEZEN)
    return views.gebruiksrechten(ctx.url, row, document.uuid)


def _record(
    ctx: Ctx,
    actie: str,
    status: int,
    versie: m.Versie,
    document: m.InformatieObject,
    oud: Gebruiksrechten | None,
    nieuw: Gebruiksrechten | None,
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


async def create_gebruiksrechten(ctx: Ctx, data: GebruiksrechtenCreate) -> Gebruiksrechten:
    versie, document = await document_by_url(
        ctx, data.informatieobject, "informatieobject", for_update=True
    )
    ctx.require(versie, scopes.SCOPE_AANMAKEN)
    row = m.Gebruiksrechten(
        uuid=uuid.uuid4(),
        informatieobject_id=document.id,
        **data.model_dump(exclude={"informatieobject"}),
    )
    ctx.session.add(row)
    # drc-006: a document with gebruiksrechten has indicatieGebruiksrecht true.
    versie.indicatie_gebruiksrecht = True
    view = views.gebruiksrechten(ctx.url, row, document.uuid)
    _record(ctx, "create", 201, versie, document, None, view)
    await ctx.session.commit()
    return view


async def update_gebruiksrechten(
    ctx: Ctx, key: uuid.UUID, data: GebruiksrechtenCreate, partial: bool
) -> Gebruiksrechten:
    row, versie, document = await _load(ctx, key, for_update=True)
    ctx.require(versie, scopes.SCOPE_BIJWERKEN)
    before = views.gebruiksrechten(ctx.url, row, document.uuid)
    # The informatieobject of a gebruiksrecht never changes (Open Zaak: IsImmutableValidator).
    fail(rules.immutable("informatieobject", data.informatieobject != before.informatieobject))
    for name, value in data.model_dump(exclude={"informatieobject"}).items():
        setattr(row, name, value)
    view = views.gebruiksrechten(ctx.url, row, document.uuid)
    _record(ctx, "partial_update" if partial else "update", 200, versie, document, before, view)
    await ctx.session.commit()
    return view


async def delete_gebruiksrechten(ctx: Ctx, key: uuid.UUID) -> None:
    row, versie, document = await _load(ctx, key, for_update=True)
    ctx.require(versie, scopes.SCOPE_VERWIJDEREN)
    before = views.gebruiksrechten(ctx.url, row, document.uuid)
    await ctx.session.delete(row)
    await ctx.session.flush()
    others = (
        await ctx.session.execute(
            select(exists().where(m.Gebruiksrechten.informatieobject_id == document.id))
        )
    ).scalar()
    if not others:
        # drc-006: without gebruiksrechten the indicatie goes back to "unknown" (null).
        versie.indicatie_gebruiksrecht = None
    _record(ctx, "destroy", 204, versie, document, before, None)
    await ctx.session.commit()


async def current(ctx: Ctx, key: uuid.UUID) -> Gebruiksrechten:
    """The gebruiksrecht as it is, for a PATCH to merge into (needs the update scope)."""
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_BIJWERKEN)
    return views.gebruiksrechten(ctx.url, row, document.uuid)
