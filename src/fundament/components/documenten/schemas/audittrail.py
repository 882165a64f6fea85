"""AuditTrail wire model (GET …/enkelvoudiginformatieobjecten/{uuid}/audittrail)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

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
