"""The audit trail of one besluit: its changes and those of its besluitinformatieobjecten."""

from __future__ import annotations

import uuid

from fundament.common import audittrail
from fundament.common.audittrail import AuditTrail
from fundament.components.besluiten import scopes
from fundament.components.besluiten.services.base import Ctx
from fundament.components.besluiten.services.besluiten import load
from fundament.components.besluiten.views import BESLUITEN


async def _besluit_url(ctx: Ctx, key: uuid.UUID) -> str:
    row = await load(ctx, key)  # brc-009: gone with the besluit, so 404 after a delete
    ctx.require(row.besluittype, scopes.SCOPE_AUDITTRAILS_LEZEN)
    return ctx.url(BESLUITEN, key)


async def list_audittrail(ctx: Ctx, key: uuid.UUID) -> list[AuditTrail]:
    return await audittrail.trail_of(ctx.session, await _besluit_url(ctx, key))


async def get_audittrail(ctx: Ctx, key: uuid.UUID, entry: uuid.UUID) -> AuditTrail:
    return await audittrail.entry_of(ctx.session, await _besluit_url(ctx, key), entry)
