"""Verzending wire models, with the three kinds of correspondence address."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field
from pydantic import StringConstraints as Str

from fundament.common.schemas import Url, WireModel
from fundament.components.documenten.schemas.common import (
    T15,
    T40,
    T200,
    AardRelatie,
    Expansion,
    Url200,
)

R80 = Annotated[str, Str(min_length=1, max_length=80)]


class BinnenlandsCorrespondentieadres(WireModel):
    huisletter: Annotated[str, Str(max_length=1)] = ""
    huisnummer: Annotated[int, Field(ge=1, le=99999)]
    huisnummer_toevoeging: Annotated[str, Str(max_length=4)] = ""
    naam_openbare_ruimte: R80
    postcode: Annotated[str, Str(max_length=6)] = ""
    woonplaatsnaam: R80


class BuitenlandsCorrespondentieadres(WireModel):
    adres_buitenland_1: Annotated[str, Str(min_length=1, max_length=35)] = Field(
        alias="adresBuitenland1"
    )
    adres_buitenland_2: Annotated[str, Str(max_length=35)] = Field("", alias="adresBuitenland2")
    adres_buitenland_3: Annotated[str, Str(max_length=35)] = Field("", alias="adresBuitenland3")
    land_postadres: Url200


class CorrespondentiePostadres(WireModel):
    post_bus_of_antwoordnummer: Annotated[int, Field(ge=1, le=9999)]
    postadres_postcode: Annotated[str, Str(min_length=1, max_length=6)]
    postadres_type: Literal["antwoordnummer", "postbusnummer"]
    woonplaatsnaam: R80


class VerzendingCreate(WireModel):
    betrokkene: Url200
    informatieobject: Url
    aard_relatie: AardRelatie
    toelichting: T200 = ""
    ontvangstdatum: date | None = None
    verzenddatum: date | None = None
    contact_persoon: Url
    contactpersoonnaam: T40 = ""
    binnenlands_correspondentieadres: BinnenlandsCorrespondentieadres | None = None
    buitenlands_correspondentieadres: BuitenlandsCorrespondentieadres | None = None
    correspondentie_postadres: CorrespondentiePostadres | None = None
    faxnummer: T15 | None = None
    emailadres: Annotated[str, Str(max_length=100)] | None = None
    mijn_overheid: bool = False
    telefoonnummer: T15 | None = None


class Verzending(WireModel):
    url: str
    betrokkene: str
    informatieobject: str
    aard_relatie: str
    toelichting: str
    ontvangstdatum: date | None
    verzenddatum: date | None
    contact_persoon: str
    contactpersoonnaam: str
    binnenlands_correspondentieadres: BinnenlandsCorrespondentieadres | None
    buitenlands_correspondentieadres: BuitenlandsCorrespondentieadres | None
    correspondentie_postadres: CorrespondentiePostadres | None
    faxnummer: str | None
    emailadres: str | None
    mijn_overheid: bool
    telefoonnummer: str | None
    expand: Expansion = None
