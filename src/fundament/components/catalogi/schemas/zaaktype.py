"""ZaakType wire models."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from fundament.common.schemas import Duration, Url, Vertrouwelijkheidaanduiding, WireModel
from fundament.components.catalogi.schemas.common import (
    R20,
    R50,
    R80,
    T30,
    T40,
    T80,
    T200,
    AardRelatie,
    GeldigheidOut,
    IndicatieInternOfExtern,
    Required,
    Str,
)

OptionalUrl200 = Annotated[str, Str(max_length=200)]


class ReferentieProces(WireModel):
    naam: R80
    link: OptionalUrl200 = ""


class ZaakTypenRelatie(WireModel):
    zaaktype: Annotated[str, Str(min_length=1, max_length=200)]
    aard_relatie: AardRelatie
    toelichting: Annotated[str, Str(max_length=255)] = ""


class BronCatalogus(WireModel):
    url: Annotated[str, Str(min_length=1, max_length=200)]
    domein: Annotated[str, Str(min_length=1, max_length=5)]
    rsin: Annotated[str, Str(min_length=1, max_length=9)]


class BronZaaktype(WireModel):
    url: Annotated[str, Str(min_length=1, max_length=200)]
    identificatie: R50
    omschrijving: R80


class ZaakTypeCreate(WireModel):
    identificatie: R50
    omschrijving: R80
    omschrijving_generiek: T80 = ""
    vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding
    doel: Required
    aanleiding: Required
    toelichting: str = ""
    indicatie_intern_of_extern: IndicatieInternOfExtern
    handeling_initiator: R20
    onderwerp: R80
    handeling_behandelaar: R20
    doorlooptijd: Duration
    servicenorm: Duration | None = None
    opschorting_en_aanhouding_mogelijk: bool
    verlenging_mogelijk: bool
    verlengingstermijn: Duration | None = None
    trefwoorden: list[T30] = Field(default_factory=list)
    publicatie_indicatie: bool
    publicatietekst: str = ""
    verantwoordingsrelatie: list[T40] = Field(default_factory=list)
    # Opaque URLs: stored, never fetched (RUNNING.md §5: the suite sends example hosts).
    producten_of_diensten: list[Annotated[str, Str(max_length=1000)]]
    selectielijst_procestype: T200 = ""
    referentieproces: ReferentieProces
    verantwoordelijke: R50
    broncatalogus: BronCatalogus | None = None
    bronzaaktype: BronZaaktype | None = None
    catalogus: Url
    besluittypen: list[Url]
    deelzaaktypen: list[Url] = Field(default_factory=list)
    gerelateerde_zaaktypen: list[ZaakTypenRelatie]
    begin_geldigheid: date
    einde_geldigheid: date | None = None
    begin_object: date | None = None
    einde_object: date | None = None
    versiedatum: date


class ZaakType(GeldigheidOut):
    url: str
    identificatie: str
    omschrijving: str
    omschrijving_generiek: str
    vertrouwelijkheidaanduiding: str
    doel: str
    aanleiding: str
    toelichting: str
    indicatie_intern_of_extern: str
    handeling_initiator: str
    onderwerp: str
    handeling_behandelaar: str
    doorlooptijd: str
    servicenorm: str | None
    opschorting_en_aanhouding_mogelijk: bool
    verlenging_mogelijk: bool
    verlengingstermijn: str | None
    trefwoorden: list[str]
    publicatie_indicatie: bool
    publicatietekst: str
    verantwoordingsrelatie: list[str]
    producten_of_diensten: list[str]
    selectielijst_procestype: str
    referentieproces: ReferentieProces
    verantwoordelijke: str
    zaakobjecttypen: list[str]
    broncatalogus: BronCatalogus | None
    bronzaaktype: BronZaaktype | None
    catalogus: str
    statustypen: list[str]
    resultaattypen: list[str]
    eigenschappen: list[str]
    informatieobjecttypen: list[str]
    roltypen: list[str]
    besluittypen: list[str]
    deelzaaktypen: list[str]
    gerelateerde_zaaktypen: list[ZaakTypenRelatie]
    versiedatum: date
    concept: bool
