"""ZaakTypeInformatieObjectType wire models."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fundament.common.schemas import OptionalUrl, Url, WireModel
from fundament.components.catalogi.schemas.common import Richting


class ZaakTypeInformatieObjectTypeCreate(WireModel):
    zaaktype: Url
    # The OAS (1.3.1) types this as a string of at most 100 characters; the conformance suite and
    # Open Zaak use the informatieobjecttype's URL, so a URL is what we accept.
    informatieobjecttype: Url
    volgnummer: Annotated[int, Field(ge=1, le=999)]
    richting: Richting
    statustype: OptionalUrl = ""


class ZaakTypeInformatieObjectType(WireModel):
    url: str
    zaaktype: str
    zaaktype_identificatie: str
    catalogus: str
    informatieobjecttype: str
    volgnummer: int
    richting: str
    statustype: str | None
