"""Field types and gegevensgroepen several Klantinteracties resources share."""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from fundament.common.schemas import WireModel


def text(max_length: int) -> type[str]:
    """Optional text up to `max_length` (blank allowed)."""
    return Annotated[str, StringConstraints(max_length=max_length)]  # type: ignore[return-value]


def required_text(max_length: int) -> type[str]:
    """Required text up to `max_length` (blank refused, as DRF does)."""
    return Annotated[str, StringConstraints(min_length=1, max_length=max_length)]  # type: ignore[return-value]


def matching(regex: str, max_length: int) -> type[str]:
    """Text that matches `regex` when not blank; a mismatch is `invalid` (DRF RegexValidator)."""
    compiled = re.compile(regex)

    def check(value: str) -> str:
        if value and not compiled.fullmatch(value):
            raise PydanticCustomError("invalid", "De waarde heeft niet de vereiste vorm.")
        return value

    return Annotated[  # type: ignore[return-value]
        str, StringConstraints(max_length=max_length), AfterValidator(check)
    ]


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

    nummeraanduiding_id: matching(r"[0-9]{16}", 16) = ""  # type: ignore[valid-type]
    straatnaam: Text255 = ""
    huisnummer: Annotated[int, Field(ge=1, le=99999)] | None = None
    huisnummertoevoeging: Text20 = ""
    postcode: matching(r"[1-9][0-9]{3} [A-Z]{2}", 7) = ""  # type: ignore[valid-type]
    stad: Text255 = ""
    adresregel1: Text80 = ""
    adresregel2: Text80 = ""
    adresregel3: Text80 = ""
    land: matching(r"[A-Z0-9]{2}", 2) = ""  # type: ignore[valid-type]


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
