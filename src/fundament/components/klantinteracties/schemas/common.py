"""Field types and gegevensgroepen several Klantinteracties resources share."""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from fundament.common.schemas import WireModel


def matches(regex: str) -> AfterValidator:
    """Text that matches `regex` when not blank; a mismatch is `invalid` (DRF RegexValidator)."""
    compiled = re.compile(regex)

    def check(value: str) -> str:
        if value and not compiled.fullmatch(value):
            raise PydanticCustomError("invalid", "De waarde heeft niet de vereiste vorm.")
        return value

    return AfterValidator(check)


# Optional text up to n characters (blank allowed) and required text (blank refused, as DRF).
Text3 = Annotated[str, StringConstraints(max_length=3)]
Text10 = Annotated[str, StringConstraints(max_length=10)]
Text20 = Annotated[str, StringConstraints(max_length=20)]
Text40 = Annotated[str, StringConstraints(max_length=40)]
Text80 = Annotated[str, StringConstraints(max_length=80)]
Text200 = Annotated[str, StringConstraints(max_length=200)]
Text255 = Annotated[str, StringConstraints(max_length=255)]
Text1000 = Annotated[str, StringConstraints(max_length=1000)]
Text4000 = Annotated[str, StringConstraints(max_length=4000)]
Required3 = Annotated[str, StringConstraints(min_length=1, max_length=3)]
Required50 = Annotated[str, StringConstraints(min_length=1, max_length=50)]
Required80 = Annotated[str, StringConstraints(min_length=1, max_length=80)]
Required200 = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Required255 = Annotated[str, StringConstraints(min_length=1, max_length=255)]


class Ref(WireModel):
    """A reference to another resource of this API by its uuid (`url` is read-only)."""

    uuid: uuid.UUID


class Adres(WireModel):
    """bezoekadres / correspondentieadres: a BAG id, a Dutch address or free address lines."""

    nummeraanduiding_id: Annotated[str, StringConstraints(max_length=16), matches(r"[0-9]{16}")] = (
        ""
    )
    straatnaam: Text255 = ""
    huisnummer: Annotated[int, Field(ge=1, le=99999)] | None = None
    huisnummertoevoeging: Text20 = ""
    postcode: Annotated[
        str, StringConstraints(max_length=7), matches(r"[1-9][0-9]{3} [A-Z]{2}")
    ] = ""
    stad: Text255 = ""
    adresregel1: Text80 = ""
    adresregel2: Text80 = ""
    adresregel3: Text80 = ""
    land: Annotated[str, StringConstraints(max_length=2), matches(r"[A-Z0-9]{2}")] = ""


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
