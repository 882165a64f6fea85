"""Objectinformatieobjecten: the mirror of a zaak- or besluitinformatieobject (drc-002..004).

Clients of another deployment's Zaken or Besluiten API create and delete mirrors through the
API, which verifies the source relation first (`relations.py`). The Zaken and Besluiten
components of this deployment call `create_mirror` / `delete_mirror` instead, in the
transaction that changes their own relation (zrc-005, brc-005): no HTTP, nothing half done.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.errors import NotFound
from fundament.components.documenten import models as m
from fundament.components.documenten import rules, scopes, views
from fundament.components.documenten.schemas.objectinformatieobject import (
    ObjectInformatieObject,
    ObjectInformatieObjectCreate,
)
from fundament.components.documenten.services import relations
from fundament.components.documenten.services.base import (
    EIO,
    Ctx,
    document_by_url,
    document_filter,
    fail,
    record_change,
)

RESOURCE = "objectinformatieobject"


def _joined() -> Any:
    return (
        select(m.ObjectInformatieObject, m.Versie, m.InformatieObject)
        .join(
            m.InformatieObject,
            m.InformatieObject.id == m.ObjectInformatieObject.informatieobject_id,
        )
        .join(m.Versie, m.Versie.informatieobject_id == m.InformatieObject.id)
        .where(m.Versie.latest.is_(True))
    )


async def list_objectinformatieobjecten(
    ctx: Ctx, object: str | None, informatieobject: str | None
) -> list[ObjectInformatieObject]:
    """Every mirror the client may read, by object and/or informatieobject (no pagination in
    the OAS)."""
    query = _joined().where(ctx.sql_filter())
    if object:
        query = query.where(m.ObjectInformatieObject.object == object)
    key = document_filter(ctx, informatieobject)
    if key is not None:
        query = query.where(m.InformatieObject.uuid == key)
    rows = (await ctx.session.execute(query.order_by(m.ObjectInformatieObject.id))).all()
    return [views.objectinformatieobject(ctx.url, row, doc.uuid) for row, _, doc in rows]


async def _load(
    ctx: Ctx, key: uuid.UUID
) -> tuple[m.ObjectInformatieObject, m.Versie, m.InformatieObject]:
    row = (await ctx.session.execute(_joined().where(m.ObjectInformatieObject.uuid == key))).first()
    if row is None:
        raise NotFound()
    return row[0], row[1], row[2]


async def get_objectinformatieobject(ctx: Ctx, key: uuid.UUID) -> ObjectInformatieObject:
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_LEZEN)
    return views.objectinformatieobject(ctx.url, row, document.uuid)


async def create_objectinformatieobject(
    ctx: Ctx, data: ObjectInformatieObjectCreate
) -> ObjectInformatieObject:
    versie, document = await document_by_url(ctx, data.informatieobject, "informatieobject")
    ctx.require(versie, scopes.SCOPE_AANMAKEN)
    document_url = ctx.url(EIO, document.uuid)
    await relations.resolve_object(ctx, data.object, data.object_type)
    taken = (
        await ctx.session.execute(
            select(
                exists().where(
                    m.ObjectInformatieObject.informatieobject_id == document.id,
                    m.ObjectInformatieObject.object == data.object,
                )
            )
        )
    ).scalar()
    fail(rules.unique_relation(bool(taken)))
    found = await relations.relation_exists(ctx, data.object, data.object_type, document_url)
    fail(rules.relation_in_source(found))
    row = m.ObjectInformatieObject(
        uuid=uuid.uuid4(),
        informatieobject_id=document.id,
        object=data.object,
        object_type=data.object_type,
    )
    ctx.session.add(row)
    view = views.objectinformatieobject(ctx.url, row, document.uuid)
    _record(ctx, "create", 201, versie, document_url, None, view)
    await ctx.session.commit()
    return view


async def delete_objectinformatieobject(ctx: Ctx, key: uuid.UUID) -> None:
    """Only once the source relation is gone (`remote-relation-exists` else, as Open Zaak)."""
    row, versie, document = await _load(ctx, key)
    ctx.require(versie, scopes.SCOPE_VERWIJDEREN)
    before = views.objectinformatieobject(ctx.url, row, document.uuid)
    found = await relations.relation_exists(
        ctx, row.object, row.object_type, before.informatieobject
    )
    fail(rules.relation_gone_from_source(found))
    await ctx.session.delete(row)
    _record(ctx, "destroy", 204, versie, before.informatieobject, before, None)
    await ctx.session.commit()


def _record(
    ctx: Ctx,
    actie: str,
    status: int,
    versie: m.Versie,
    document_url: str,
    oud: ObjectInformatieObject | None,
    nieuw: ObjectInformatieObject | None,
) -> None:
    view = nieuw or oud
    assert view is not None
    # Audited under the document; not announced (the source API announces its relation).
    record_change(
        ctx,
        resource=RESOURCE,
        actie=actie,
        status=status,
        url=view.url,
        document_url=document_url,
        versie=versie,
        oud=oud,
        nieuw=nieuw,
        notify=False,
    )


# --- for the Zaken and Besluiten components of this deployment ------------------------------


async def create_mirror(
    session: AsyncSession, informatieobject: uuid.UUID, object_url: str, object_type: str
) -> uuid.UUID:
    """zrc-005/brc-005: add the mirror of a new relation in the caller's transaction (no
    commit). The caller has validated the informatieobject; a missing one is a NotFound."""
    document_id = (
        await session.execute(
            select(m.InformatieObject.id).where(m.InformatieObject.uuid == informatieobject)
        )
    ).scalar_one_or_none()
    if document_id is None:
        raise NotFound("Het informatieobject bestaat niet.")
    key = uuid.uuid4()
    session.add(
        m.ObjectInformatieObject(
            uuid=key, informatieobject_id=document_id, object=object_url, object_type=object_type
        )
    )
    return key


async def delete_mirror(
    session: AsyncSession, informatieobject: uuid.UUID, object_url: str
) -> None:
    """zrc-005/brc-005: remove the mirror of a deleted relation in the caller's transaction."""
    document_id = select(m.InformatieObject.id).where(m.InformatieObject.uuid == informatieobject)
    await session.execute(
        delete(m.ObjectInformatieObject).where(
            m.ObjectInformatieObject.informatieobject_id.in_(document_id),
            m.ObjectInformatieObject.object == object_url,
        )
    )
