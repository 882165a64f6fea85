"""BesluitType wire models."""

from __future__ import annotations

from datetime import date

from fundament.common.schemas import Duration, Url, WireModel
from fundament.components.catalogi.schemas.common import T40, T80, GeldigheidOut


class BesluitTypeCreate(WireModel):
    catalogus: Url
    omschrijving: T80 = ""
    omschrijving_generiek: T80 = ""
    besluitcategorie: T40 = ""
    reactietermijn: Duration | None = None
    publicatie_indicatie: bool
    publicatietekst: str = ""
    publicatietermijn: Duration | None = None
    toelichting: str = ""
    informatieobjecttypen: list[Url]
    begin_geldigheid: date
    einde_geldigheid: date | None = None
    begin_object: date | None = None
    einde_object: date | None = None


class BesluitType(GeldigheidOut):
    url: str
    catalogus: str
    zaaktypen: list[str]
    omschrijving: str
    omschrijving_generiek: str
    besluitcategorie: str
    reactietermijn: str | None
    publicatie_indicatie: bool
    publicatietekst: str
    publicatietermijn: str | None
    toelichting: str
    informatieobjecttypen: list[str]
    concept: bool
    resultaattypen: list[str]
    resultaattypen_omschrijving: list[str]
    vastgelegd_in: list[str]
