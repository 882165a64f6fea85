"""ResultaatType wire models (with the brondatumArchiefprocedure group)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from fundament.common.schemas import Duration, Url, WireModel
from fundament.components.catalogi.schemas.common import (
    R30,
    T80,
    T200,
    Afleidingswijze,
    Archiefnominatie,
    GeldigheidIn,
    GeldigheidOut,
    Objecttype,
)


def _none_to_blank(value: object) -> object:
    return "" if value is None else value


Blank = Literal[""]


class BrondatumArchiefprocedure(WireModel):
    afleidingswijze: Afleidingswijze
    datumkenmerk: Annotated[T80, BeforeValidator(_none_to_blank)] = ""
    einddatum_bekend: bool = False
    objecttype: Annotated[Objecttype | Blank, BeforeValidator(_none_to_blank)] = ""
    registratie: Annotated[T80, BeforeValidator(_none_to_blank)] = ""
    procestermijn: Duration | None = None


class ResultaatTypeCreate(GeldigheidIn):
    zaaktype: Url
    omschrijving: R30
    resultaattypeomschrijving: Url
    selectielijstklasse: Url
    toelichting: str = ""
    archiefnominatie: Annotated[Archiefnominatie | Blank, BeforeValidator(_none_to_blank)] = ""
    archiefactietermijn: Duration | None = None
    brondatum_archiefprocedure: BrondatumArchiefprocedure | None = None
    procesobjectaard: T200 | None = None
    indicatie_specifiek: bool | None = None
    procestermijn: Duration | None = None
    besluittypen: list[Url] = Field(default_factory=list)
    informatieobjecttypen: list[Url] = Field(default_factory=list)


class ResultaatType(GeldigheidOut):
    url: str
    zaaktype: str
    zaaktype_identificatie: str
    omschrijving: str
    resultaattypeomschrijving: str
    omschrijving_generiek: str
    selectielijstklasse: str
    toelichting: str
    archiefnominatie: str
    archiefactietermijn: str | None
    brondatum_archiefprocedure: BrondatumArchiefprocedure | None
    procesobjectaard: str | None
    catalogus: str
    indicatie_specifiek: bool | None
    procestermijn: str | None
    besluittypen: list[str]
    besluittype_omschrijving: list[str]
    informatieobjecttypen: list[str]
    informatieobjecttype_omschrijving: list[str]
    zaakobjecttypen: list[str]
