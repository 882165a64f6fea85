"""Field types shared by the Documenten wire models."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator
from pydantic import StringConstraints as Str

from fundament.common.schemas import Expansion, Moment, _url_or_blank

T15 = Annotated[str, Str(max_length=15)]
T40 = Annotated[str, Str(max_length=40)]
T100 = Annotated[str, Str(max_length=100)]
T200 = Annotated[str, Str(max_length=200)]
T255 = Annotated[str, Str(max_length=255)]
T1000 = Annotated[str, Str(max_length=1000)]
R3 = Annotated[str, Str(min_length=3, max_length=3)]
R100 = Annotated[str, Str(min_length=1, max_length=100)]
R200 = Annotated[str, Str(min_length=1, max_length=200)]
Required = Annotated[str, Str(min_length=1)]


def _none_to_blank(value: object) -> object:
    return "" if value is None else value


# A required URL of at most 200 characters, and one that may be blank ("" or null).
Url200 = Annotated[str, Str(min_length=1, max_length=200), AfterValidator(_url_or_blank)]
OptionalUrl200 = Annotated[
    str, BeforeValidator(_none_to_blank), Str(max_length=200), AfterValidator(_url_or_blank)
]


Vertrouwelijkheid = Literal[
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
]
Status = Literal["in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"]
# drc-005: these statuses cannot apply to a received document (one with ontvangstdatum).
STATUS_INVALID_FOR_RECEIVED: tuple[str, ...] = ("in_bewerking", "ter_vaststelling")
Algoritme = Literal[
    "crc_16",
    "crc_32",
    "crc_64",
    "fletcher_4",
    "fletcher_8",
    "fletcher_16",
    "fletcher_32",
    "hmac",
    "md5",
    "sha_1",
    "sha_256",
    "sha_512",
    "sha_3",
]
Soort = Literal["analoog", "digitaal", "pki"]
ObjectType = Literal["besluit", "zaak", "verzoek"]
AardRelatie = Literal["afzender", "geadresseerde"]

__all__ = ["Expansion", "Moment"]
