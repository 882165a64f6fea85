"""RolType wire models."""

from __future__ import annotations

from fundament.common.schemas import Url
from fundament.components.catalogi.schemas.common import (
    R100,
    GeldigheidIn,
    GeldigheidOut,
    RolOmschrijvingGeneriek,
)


class RolTypeCreate(GeldigheidIn):
    zaaktype: Url
    omschrijving: R100
    omschrijving_generiek: RolOmschrijvingGeneriek


class RolType(GeldigheidOut):
    url: str
    zaaktype: str
    zaaktype_identificatie: str
    omschrijving: str
    omschrijving_generiek: str
    catalogus: str
