"""Gebruiksrechten wire models."""

from __future__ import annotations

from datetime import datetime

from fundament.common.schemas import Url, WireModel
from fundament.components.documenten.schemas.common import Expansion, Moment, Required


class GebruiksrechtenCreate(WireModel):
    informatieobject: Url
    startdatum: Moment
    einddatum: Moment | None = None
    omschrijving_voorwaarden: Required


class Gebruiksrechten(WireModel):
    url: str
    informatieobject: str
    startdatum: datetime
    einddatum: datetime | None
    omschrijving_voorwaarden: str
    expand: Expansion = None
