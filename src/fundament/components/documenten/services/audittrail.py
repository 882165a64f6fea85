"""The audit trail of one document: every change to it and to what hangs off it."""

from __future__ import annotations

import uuid

from fundament.common import audittrail
from fundament.common.audittrail import AuditTrail
from fundament.components.documenten import scopes
from fundament.components.documenten.services.base import EIO, Ctx, get_document


async def _document_url(ctx: Ctx, key: uuid.UUID) -> str:
    versie, _ = await get_document(ctx, key)
    ctx.require(versie, scopes.SCOPE_AUDITTRAILS_LEZEN)
    return ctx.url(EIO, key)


async def list_audittrail(ctx: Ctx, key: uuid.UUID) -> list[AuditTrail]:
    return await audittrail.trail_of(ctx.session, await _document_url(ctx, key))


async def get_audittrail(ctx: Ctx, key: uuid.UUID, entry: uuid.UUID) -> AuditTrail:
    return await audittrail.entry_of(ctx.session, await _document_url(ctx, key), entry)
