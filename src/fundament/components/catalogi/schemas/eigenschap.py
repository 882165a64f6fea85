"""Eigenschap wire models (with its specificatie)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fundament.common.schemas import OptionalUrl, Url, WireModel
from fundament.components.catalogi.schemas.common import (
    R20,
    R255,
    T1000,
    Formaat,
    GeldigheidIn,
    GeldigheidOut,
    Str,
)


class EigenschapSpecificatie(WireModel):
    groep: Annotated[str, Str(max_length=32)] = ""
    formaat: Formaat
    lengte: Annotated[str, Str(min_length=1, max_length=14)]
    kardinaliteit: Annotated[str, Str(min_length=1, max_length=3)]
    waardenverzameling: list[Annotated[str, Str(max_length=100)]] = Field(default_factory=list)


class EigenschapCreate(GeldigheidIn):
    naam: R20
    definitie: R255
    specificatie: EigenschapSpecificatie
    toelichting: T1000 = ""
    zaaktype: Url
    statustype: OptionalUrl = ""


class Eigenschap(GeldigheidOut):
    url: str
    naam: str
    catalogus: str
    definitie: str
    specificatie: EigenschapSpecificatie
    toelichting: str
    zaaktype: str
    zaaktype_identificatie: str
    statustype: str | None
