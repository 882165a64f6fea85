"""StatusType wire models."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fundament.common.schemas import Duration, Url, WireModel
from fundament.components.catalogi.schemas.common import (
    R30,
    R80,
    T80,
    T1000,
    GeldigheidIn,
    GeldigheidOut,
    Str,
)


class CheckListItem(WireModel):
    itemnaam: R30
    toelichting: T1000 | None = None
    vraagstelling: Annotated[str, Str(min_length=1, max_length=255)]
    verplicht: bool = False


class StatusTypeCreate(GeldigheidIn):
    omschrijving: R80
    omschrijving_generiek: T80 = ""
    statustekst: T1000 = ""
    zaaktype: Url
    volgnummer: Annotated[int, Field(ge=1, le=9999)]
    informeren: bool = False
    doorlooptijd: Duration | None = None
    toelichting: T1000 | None = None
    checklistitem_statustype: list[CheckListItem] = Field(default_factory=list)
    eigenschappen: list[Url] = Field(default_factory=list)


class StatusType(GeldigheidOut):
    url: str
    omschrijving: str
    omschrijving_generiek: str
    statustekst: str
    zaaktype: str
    catalogus: str
    zaaktype_identificatie: str
    volgnummer: int
    is_eindstatus: bool
    informeren: bool
    doorlooptijd: str | None
    toelichting: str | None
    checklistitem_statustype: list[CheckListItem]
    eigenschappen: list[str]
    zaakobjecttype: str | None = None
