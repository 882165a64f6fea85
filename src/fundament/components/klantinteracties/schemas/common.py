"""Field types and gegevensgroepen several Klantinteracties resources share."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import Field, StringConstraints

from fundament.common.schemas import WireModel


def text(max_length: int) -> type[str]:
    """Optional text up to `max_length` (blank allowed)."""
    return Annotated[str, StringConstraints(max_length=max_length)]  # type: ignore[return-value]


def required_text(max_length: int) -> type[str]:
    """Required text up to `max_length` (blank refused, as DRF does)."""
    return Annotated[str, StringConstraints(min_length=1, max_length=max_length)]  # type: ignore[return-value]


Text10 = text(10)
Text20 = text(20)
Text40 = text(40)
Text80 = text(80)
Text200 = text(200)
Text255 = text(255)
Text1000 = text(1000)


class Ref(WireModel):
    """A reference to another resource of this API by its uuid (`url` is read-only)."""

    uuid: uuid.UUID


class Adres(WireModel):
    """bezoekadres / correspondentieadres: a BAG id, a Dutch address or free address lines."""

    nummeraanduiding_id: Annotated[str, StringConstraints(pattern=r"^([0-9]{16})?$")] = ""
    straatnaam: Text255 = ""
    huisnummer: Annotated[int, Field(ge=1, le=99999)] | None = None
    huisnummertoevoeging: Text20 = ""
    postcode: Annotated[str, StringConstraints(pattern=r"^([1-9][0-9]{3} [A-Z]{2})?$")] = ""
    stad: Text255 = ""
    adresregel1: Text80 = ""
    adresregel2: Text80 = ""
    adresregel3: Text80 = ""
    land: Annotated[str, StringConstraints(pattern=r"^([A-Z0-9]{2})?$")] = ""


class Contactnaam(WireModel):
    voorletters: Text10 = ""
    voornaam: Text200 = ""
    voorvoegsel_achternaam: Text10 = ""
    achternaam: Text200 = ""


class Identificator(WireModel):
    """onderwerpobjectidentificator, bijlageidentificator, actoridentificator."""

    object_id: Text200 = ""
    code_objecttype: Text200 = ""
    code_register: Text200 = ""
    code_soort_object_id: Text200 = ""
