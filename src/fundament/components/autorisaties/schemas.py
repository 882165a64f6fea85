"""Wire models of the Autorisaties API 1.0.0 (`Applicatie`, `Autorisatie`)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints

from fundament.common.auth import VERTROUWELIJKHEID
from fundament.common.schemas import OptionalUrl, WireModel

ComponentCode = Literal["ac", "nrc", "zrc", "ztc", "drc", "brc"]
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
assert set(Vertrouwelijkheid.__args__) == set(VERTROUWELIJKHEID)  # type: ignore[attr-defined]

COMPONENT_WEERGAVE: dict[str, str] = {
    "ac": "Autorisatiecomponent",
    "nrc": "Notificatierouteringcomponent",
    "zrc": "Zaakregistratiecomponent",
    "ztc": "Zaaktypecatalogus",
    "drc": "Documentregistratiecomponent",
    "brc": "Besluitregistratiecomponent",
}

Scope = Annotated[str, StringConstraints(min_length=1, max_length=100)]
ClientId = Annotated[str, StringConstraints(min_length=1, max_length=50)]
Label = Annotated[str, StringConstraints(min_length=1, max_length=100)]


def _none_to_blank(value: object) -> object:
    return "" if value is None else value


# The suite sends "" for "not given" (ac-003a): blank is allowed here, and rules decide.
# One flat Literal (not a union), so a wrong value is one `invalid_choice` on the field itself.
OptionalVertrouwelijkheid = Annotated[
    Literal["", Vertrouwelijkheid], BeforeValidator(_none_to_blank)
]


class AutorisatieIn(WireModel):
    component: ComponentCode
    scopes: list[Scope]
    zaaktype: OptionalUrl = ""
    informatieobjecttype: OptionalUrl = ""
    besluittype: OptionalUrl = ""
    max_vertrouwelijkheidaanduiding: OptionalVertrouwelijkheid = ""


class ApplicatieCreate(WireModel):
    """Body of POST and PUT."""

    client_ids: list[ClientId]
    label: Label
    heeft_alle_autorisaties: bool = False
    autorisaties: list[AutorisatieIn] = Field(default_factory=list)


class ApplicatiePatch(WireModel):
    """Body of PATCH: every field optional."""

    client_ids: list[ClientId] | None = None
    label: Label | None = None
    heeft_alle_autorisaties: bool | None = None
    autorisaties: list[AutorisatieIn] | None = None


def _absent(value: object) -> bool:
    return value is None


class Autorisatie(WireModel):
    """An autorisatie as returned: only the fields of its component (the OAS discriminator)."""

    component: ComponentCode
    component_weergave: str
    scopes: list[str]
    zaaktype: str | None = Field(default=None, exclude_if=_absent)
    informatieobjecttype: str | None = Field(default=None, exclude_if=_absent)
    besluittype: str | None = Field(default=None, exclude_if=_absent)
    max_vertrouwelijkheidaanduiding: str | None = Field(default=None, exclude_if=_absent)


class Applicatie(WireModel):
    url: str
    client_ids: list[str]
    label: str
    heeft_alle_autorisaties: bool
    autorisaties: list[Autorisatie]
