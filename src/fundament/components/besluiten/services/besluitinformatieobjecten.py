"""Besluitinformatieobjecten: the documents that record a besluit (brc-003..005, brc-008)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.errors import NotFound, ValidationFailed
from fundament.common.urls import uuid_from_url
from fundament.components.besluiten import kanalen, rules, scopes, views
from fundament.components.besluiten import models as m
from fundament.components.besluiten.schemas.besluitinformatieobject import (
    BesluitInformatieObject,
    BesluitInformatieObjectCreate,
)
from fundament.components.besluiten.services import documents
from fundament.components.besluiten.services.base import Ctx, fail, record_change
from fundament.components.besluiten.views import BESLUITEN

_BESLUITTYPE_KEYS = frozenset({"url", "informatieobjecttypen"})


def _joined() -> Any:
    return select(m.BesluitInformatieObject, m.Besluit).join(
        m.Besluit, m.Besluit.id == m.BesluitInformatieObject.besluit_id
    )


async def list_besluitinformatieobjecten(
    ctx: Ctx, besluit: str | None, informatieobject: str | None
) -> list[BesluitInformatieObject]:
    """Every relation the client may read (the OAS lists them without pagination)."""
    query = _joined().where(ctx.sql_filter())
    if besluit:
        key = uuid_from_url(besluit, BESLUITEN)
        if key is None:
            raise ValidationFailed.single("besluit", "invalid", "Voer een geldige URL in.")
        query = query.where(m.Besluit.uuid == key)
    if informatieobject:
        query = query.where(m.BesluitInformatieObject.informatieobject == informatieobject)
    rows = (await ctx.session.execute(query.order_by(m.BesluitInformatieObject.id))).all()
    return [views.besluitinformatieobject(ctx.url, row, besluit.uuid) for row, besluit in rows]


async def _load(ctx: Ctx, key: uuid.UUID) -> tuple[m.BesluitInformatieObject, m.Besluit]:
    row = (
        await ctx.session.execute(_joined().where(m.BesluitInformatieObject.uuid == key))
    ).first()
    if row is None:
        raise NotFound()
    return row[0], row[1]


async def get_besluitinformatieobject(
    ctx: Ctx, key: uuid.UUID, scope: str = scopes.SCOPE_LEZEN
) -> BesluitInformatieObject:
    row, besluit = await _load(ctx, key)
    ctx.require(besluit.besluittype, scope)
    return views.besluitinformatieobject(ctx.url, row, besluit.uuid)


async def _besluit_by_url(ctx: Ctx, url: str) -> m.Besluit:
    """The besluit must be one of this API's (`bad-url`)."""
    key = uuid_from_url(url, BESLUITEN)
    row = None
    if key is not None and url.rstrip("/") == ctx.url(BESLUITEN, key):
        query = select(m.Besluit).where(m.Besluit.uuid == key).with_for_update()
        row = (await ctx.session.execute(query)).scalar_one_or_none()
    if row is None:
        raise ValidationFailed.single(
            "besluit", "bad-url", "De URL verwijst niet naar een bestaand besluit."
        )
    return row


async def create_besluitinformatieobject(
    ctx: Ctx, data: BesluitInformatieObjectCreate
) -> BesluitInformatieObject:
    besluit = await _besluit_by_url(ctx, data.besluit)
    ctx.require(besluit.besluittype, scopes.SCOPE_AANMAKEN)
    informatieobject = await documents.resolve(ctx, data.informatieobject)  # brc-003
    besluittype = await ctx.resolve(besluit.besluittype, "besluit", _BESLUITTYPE_KEYS)
    iotypen = besluittype["informatieobjecttypen"]
    taken = (
        await ctx.session.execute(
            select(
                exists().where(
                    m.BesluitInformatieObject.besluit_id == besluit.id,
                    m.BesluitInformatieObject.informatieobject == data.informatieobject,
                )
            )
        )
    ).scalar()
    fail(
        rules.unique_relation(bool(taken))
        + rules.informatieobjecttype_of_besluittype(  # brc-008
            str(informatieobject["informatieobjecttype"]),
            iotypen if isinstance(iotypen, list) else [],
        )
    )
    row = m.BesluitInformatieObject(
        uuid=uuid.uuid4(),
        besluit_id=besluit.id,
        informatieobject=data.informatieobject,
        aard_relatie="legt_vast",  # brc-004
    )
    ctx.session.add(row)
    view = views.besluitinformatieobject(ctx.url, row, besluit.uuid)
    await documents.mirror(ctx, data.informatieobject, view.besluit)  # brc-005
    _record(ctx, "create", 201, besluit, None, view)
    try:
        await ctx.session.commit()
    except IntegrityError as exc:  # a concurrent create of the same relation
        await ctx.session.rollback()
        fail(rules.unique_relation(True))
        raise exc  # pragma: no cover - fail() raised
    return view


async def update_besluitinformatieobject(
    ctx: Ctx, key: uuid.UUID, data: BesluitInformatieObjectCreate
) -> BesluitInformatieObject:
    """brc-004 (Besluiten 1.0): the relation never changes; a request that would change it is
    refused, one that repeats it answers the relation as it is."""
    row, besluit = await _load(ctx, key)
    ctx.require(besluit.besluittype, scopes.SCOPE_BIJWERKEN)
    view = views.besluitinformatieobject(ctx.url, row, besluit.uuid)
    fail(
        rules.immutable("informatieobject", data.informatieobject != view.informatieobject)
        + rules.immutable("besluit", data.besluit.rstrip("/") != view.besluit)
    )
    return view


async def delete_besluitinformatieobject(ctx: Ctx, key: uuid.UUID) -> None:
    row, besluit = await _load(ctx, key)
    ctx.require(besluit.besluittype, scopes.SCOPE_VERWIJDEREN)
    view = views.besluitinformatieobject(ctx.url, row, besluit.uuid)
    await documents.unmirror(ctx, row.informatieobject, view.besluit)  # brc-005
    await ctx.session.delete(row)
    _record(ctx, "destroy", 204, besluit, view, None)
    await ctx.session.commit()


def _record(
    ctx: Ctx,
    actie: str,
    status: int,
    besluit: m.Besluit,
    oud: BesluitInformatieObject | None,
    nieuw: BesluitInformatieObject | None,
) -> None:
    view = nieuw or oud
    assert view is not None
    record_change(
        ctx,
        resource=kanalen.RESOURCE_BIO,
        actie=actie,
        status=status,
        url=view.url,
        besluit_url=view.besluit,
        besluit=besluit,
        oud=oud,
        nieuw=nieuw,
    )


async def relation_exists(session: AsyncSession, besluit_url: str, informatieobject: str) -> bool:
    """For the Documenten API (drc-004): does this besluit record this document?"""
    key = uuid_from_url(besluit_url, BESLUITEN)
    if key is None:
        return False
    found = await session.execute(
        select(
            exists()
            .where(m.BesluitInformatieObject.besluit_id == m.Besluit.id)
            .where(
                m.Besluit.uuid == key,
                m.BesluitInformatieObject.informatieobject == informatieobject,
            )
        )
    )
    return bool(found.scalar())
