"""ZaakObjectType wire models."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from fundament.common.schemas import Url, WireModel
from fundament.components.catalogi.schemas.common import R80, GeldigheidOut, Str


class ZaakObjectTypeCreate(WireModel):
    ander_objecttype: bool
    begin_geldigheid: date
    einde_geldigheid: date | None = None
    begin_object: date | None = None
    einde_object: date | None = None
    objecttype: Annotated[str, Str(min_length=1, max_length=200)]
    relatie_omschrijving: R80
    zaaktype: Url
    # Read from the statustype/resultaattype side; accepted and ignored here as in Open Zaak.
    resultaattypen: list[str] = Field(default_factory=list)
    statustypen: list[str] = Field(default_factory=list)


class ZaakObjectType(GeldigheidOut):
    url: str
    ander_objecttype: bool
    objecttype: str
    relatie_omschrijving: str
    zaaktype: str
    zaaktype_identificatie: str
    resultaattypen: list[str]
    statustypen: list[str]
    catalogus: str
