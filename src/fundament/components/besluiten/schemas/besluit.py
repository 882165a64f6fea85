"""Besluit wire models: `BesluitCreate` (POST/PUT, and PATCH merged into it) and `Besluit`."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic import StringConstraints as Str

from fundament.common.schemas import Rsin, WireModel, _url_or_blank


def _none_to_blank(value: object) -> object:
    return "" if value is None else value


# The OAS limits besluittype and zaak to 200 characters (Open Zaak: "per BRC API spec").
Url200 = Annotated[str, Str(min_length=1, max_length=200), AfterValidator(_url_or_blank)]
OptionalUrl200 = Annotated[
    str, BeforeValidator(_none_to_blank), Str(max_length=200), AfterValidator(_url_or_blank)
]
Text = Annotated[str, BeforeValidator(_none_to_blank)]

Vervalreden = Literal["tijdelijk", "ingetrokken_overheid", "ingetrokken_belanghebbende", ""]
VERVALREDEN_WEERGAVE = {
    "tijdelijk": "Besluit met tijdelijke werking",
    "ingetrokken_overheid": "Besluit ingetrokken door overheid",
    "ingetrokken_belanghebbende": "Besluit ingetrokken o.v.v. belanghebbende",
    "": "",
}

# `expand` in a response: the expanded resources by attribute (only when asked for).
Expansion = Annotated[dict[str, Any] | None, Field(alias="_expand", exclude_if=lambda v: v is None)]


class BesluitCreate(WireModel):
    identificatie: Annotated[Text, Str(max_length=50)] = ""
    verantwoordelijke_organisatie: Rsin
    besluittype: Url200
    zaak: OptionalUrl200 = ""
    datum: date
    toelichting: Text = ""
    bestuursorgaan: Annotated[Text, Str(max_length=50)] = ""
    ingangsdatum: date
    vervaldatum: date | None = None
    vervalreden: Annotated[Vervalreden, BeforeValidator(_none_to_blank)] = ""
    publicatiedatum: date | None = None
    verzenddatum: date | None = None
    uiterlijke_reactiedatum: date | None = None


class Besluit(WireModel):
    url: str
    identificatie: str
    verantwoordelijke_organisatie: str
    besluittype: str
    zaak: str
    datum: date
    toelichting: str
    bestuursorgaan: str
    ingangsdatum: date
    vervaldatum: date | None
    vervalreden: str
    vervalreden_weergave: str
    publicatiedatum: date | None
    verzenddatum: date | None
    uiterlijke_reactiedatum: date | None
    expand: Expansion = None
