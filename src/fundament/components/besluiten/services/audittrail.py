"""The audit trail of one besluit: its changes and those of its besluitinformatieobjecten."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fundament.common.audit import AuditTrail as AuditRow
from fundament.common.errors import NotFound
from fundament.components.besluiten import scopes
from fundament.components.besluiten.services.base import Ctx
from fundament.components.besluiten.services.besluiten import load
from fundament.components.besluiten.views import BESLUITEN
from fundament.components.documenten.schemas.audittrail import AuditTrail
from fundament.components.documenten.views import audittrail as view


async def _besluit_url(ctx: Ctx, key: uuid.UUID) -> str:
    row = await load(ctx, key)  # brc-009: gone with the besluit, so 404 after a delete
    ctx.require(row.besluittype, scopes.SCOPE_AUDITTRAILS_LEZEN)
    return ctx.url(BESLUITEN, key)


async def list_audittrail(ctx: Ctx, key: uuid.UUID) -> list[AuditTrail]:
    url = await _besluit_url(ctx, key)
    rows = await ctx.session.execute(
        select(AuditRow).where(AuditRow.hoofd_object == url).order_by(AuditRow.id)
    )
    return [view(row) for row in rows.scalars()]


async def get_audittrail(ctx: Ctx, key: uuid.UUID, entry: uuid.UUID) -> AuditTrail:
    url = await _besluit_url(ctx, key)
    row = (
        await ctx.session.execute(
            select(AuditRow).where(AuditRow.hoofd_object == url, AuditRow.uuid == entry)
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return view(row)
