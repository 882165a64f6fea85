"""InformatieObjectType wire models."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from fundament.common.schemas import Url, Vertrouwelijkheidaanduiding, WireModel
from fundament.components.catalogi.schemas.common import R80, T30, GeldigheidOut, Str


class OmschrijvingGeneriek(WireModel):
    informatieobjecttype_omschrijving_generiek: R80
    definitie_informatieobjecttype_omschrijving_generiek: Annotated[
        str, Str(min_length=1, max_length=255)
    ]
    herkomst_informatieobjecttype_omschrijving_generiek: Annotated[
        str, Str(min_length=1, max_length=12)
    ]
    hierarchie_informatieobjecttype_omschrijving_generiek: R80
    opmerking_informatieobjecttype_omschrijving_generiek: (
        Annotated[str, Str(max_length=255)] | None
    ) = None


class InformatieObjectTypeCreate(WireModel):
    catalogus: Url
    omschrijving: R80
    vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding
    begin_geldigheid: date
    einde_geldigheid: date | None = None
    begin_object: date | None = None
    einde_object: date | None = None
    informatieobjectcategorie: R80
    trefwoord: list[T30] = Field(default_factory=list)
    omschrijving_generiek: OmschrijvingGeneriek | None = None


class InformatieObjectType(GeldigheidOut):
    url: str
    catalogus: str
    omschrijving: str
    vertrouwelijkheidaanduiding: str
    concept: bool
    zaaktypen: list[str]
    besluittypen: list[str]
    informatieobjectcategorie: str
    trefwoord: list[str]
    omschrijving_generiek: OmschrijvingGeneriek | None
