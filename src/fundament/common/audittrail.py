"""Reading the audit trail back: the ZGW `AuditTrail` representation and the queries behind
`GET …/{hoofdobject}/audittrail` (Zaken, Documenten, Besluiten)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.audit import AuditTrail as AuditRow
from fundament.common.errors import NotFound
from fundament.common.schemas import WireModel


class Wijzigingen(WireModel):
    oud: dict[str, Any] | None
    nieuw: dict[str, Any] | None


class AuditTrail(WireModel):
    uuid: uuid.UUID
    bron: str
    applicatie_id: str
    applicatie_weergave: str
    gebruikers_id: str
    gebruikers_weergave: str
    actie: str
    actie_weergave: str
    resultaat: int
    hoofd_object: str
    resource: str
    resource_url: str
    toelichting: str
    resource_weergave: str
    aanmaakdatum: datetime
    wijzigingen: Wijzigingen


def view(row: AuditRow) -> AuditTrail:
    def _dict(value: Any) -> dict[str, Any] | None:
        return value if isinstance(value, dict) else None

    return AuditTrail(
        uuid=row.uuid,
        bron=row.bron,
        applicatie_id=row.applicatie_id,
        applicatie_weergave=row.applicatie_weergave,
        gebruikers_id=row.gebruikers_id,
        gebruikers_weergave=row.gebruikers_weergave,
        actie=row.actie,
        actie_weergave=row.actie_weergave,
        resultaat=row.resultaat,
        hoofd_object=row.hoofd_object,
        resource=row.resource,
        resource_url=row.resource_url,
        toelichting=row.toelichting,
        resource_weergave=row.resource_weergave,
        aanmaakdatum=row.aanmaakdatum,
        wijzigingen=Wijzigingen(oud=_dict(row.oud), nieuw=_dict(row.nieuw)),
    )


async def trail_of(session: AsyncSession, hoofd_object: str) -> list[AuditTrail]:
    """Every entry under one main object, oldest first."""
    rows = await session.execute(
        select(AuditRow).where(AuditRow.hoofd_object == hoofd_object).order_by(AuditRow.id)
    )
    return [view(row) for row in rows.scalars()]


async def entry_of(session: AsyncSession, hoofd_object: str, key: uuid.UUID) -> AuditTrail:
    """One entry under one main object; 404 when it belongs to another object or none."""
    row = (
        await session.execute(
            select(AuditRow).where(AuditRow.hoofd_object == hoofd_object, AuditRow.uuid == key)
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return view(row)
