"""Request bodies of the Contactgegevens API."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fundament.common.schemas import WireModel
from fundament.components.klantinteracties.schemas.common import (
    Adres,
    Text10,
    Text200,
    required_text,
)


class PersoonCreate(WireModel):
    geboortedatum: date
    overlijdensdatum: date | None = None
    geslachtsnaam: required_text(200)  # type: ignore[valid-type]
    geslacht: Literal["m", "v", "o", ""] = ""
    voorvoegsel: Text10 = ""
    voornamen: Text200 = ""
    adres: Adres | None = None


class OrganisatieCreate(WireModel):
    handelsnaam: required_text(255)  # type: ignore[valid-type]
    oprichtingsdatum: date | None = None
    opheffingsdatum: date | None = None
    adres: Adres | None = None
