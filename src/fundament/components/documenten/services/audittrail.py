"""The audit trail of one document: every change to it and to what hangs off it."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fundament.common.audit import AuditTrail as AuditRow
from fundament.common.errors import NotFound
from fundament.components.documenten import scopes, views
from fundament.components.documenten.schemas.audittrail import AuditTrail
from fundament.components.documenten.services.base import EIO, Ctx, get_document


async def _document_url(ctx: Ctx, key: uuid.UUID) -> str:
    versie, _ = await get_document(ctx, key)
    ctx.require(versie, scopes.SCOPE_AUDITTRAILS_LEZEN)
    return ctx.url(EIO, key)


async def list_audittrail(ctx: Ctx, key: uuid.UUID) -> list[AuditTrail]:
    url = await _document_url(ctx, key)
    rows = await ctx.session.execute(
        select(AuditRow).where(AuditRow.hoofd_object == url).order_by(AuditRow.id)
    )
    return [views.audittrail(row) for row in rows.scalars()]


async def get_audittrail(ctx: Ctx, key: uuid.UUID, entry: uuid.UUID) -> AuditTrail:
    url = await _document_url(ctx, key)
    row = (
        await ctx.session.execute(
            select(AuditRow).where(AuditRow.hoofd_object == url, AuditRow.uuid == entry)
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return views.audittrail(row)
