"""Request bodies of the Contactgegevens API."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fundament.common.schemas import WireModel
from fundament.components.klantinteracties.schemas.common import (
    Adres,
    Required200,
    Required255,
    Text10,
    Text200,
)


class PersoonCreate(WireModel):
    geboortedatum: date
    overlijdensdatum: date | None = None
    geslachtsnaam: Required200
    geslacht: Literal["m", "v", "o", ""] = ""
    voorvoegsel: Text10 = ""
    voornamen: Text200 = ""
    adres: Adres | None = None


class OrganisatieCreate(WireModel):
    handelsnaam: Required255
    oprichtingsdatum: date | None = None
    opheffingsdatum: date | None = None
    adres: Adres | None = None
