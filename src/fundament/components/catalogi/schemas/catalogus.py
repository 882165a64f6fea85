"""Catalogus wire models."""

from __future__ import annotations

from datetime import date

from fundament.common.schemas import Email, Rsin, WireModel
from fundament.components.catalogi.schemas.common import R5, R40, T20, T200


class CatalogusCreate(WireModel):
    domein: R5
    rsin: Rsin
    contactpersoon_beheer_naam: R40
    contactpersoon_beheer_telefoonnummer: T20 = ""
    contactpersoon_beheer_emailadres: Email = ""
    naam: T200 | None = None
    versie: T20 | None = None
    begindatum_versie: date | None = None


class Catalogus(WireModel):
    url: str
    domein: str
    rsin: str
    contactpersoon_beheer_naam: str
    contactpersoon_beheer_telefoonnummer: str
    contactpersoon_beheer_emailadres: str
    zaaktypen: list[str]
    besluittypen: list[str]
    informatieobjecttypen: list[str]
    naam: str | None
    versie: str | None
    begindatum_versie: date | None
