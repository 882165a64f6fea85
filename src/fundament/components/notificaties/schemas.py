"""Wire models of the Notificaties API 1.0.0 (`Kanaal`, `Abonnement`, `Message`)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, RootModel, StringConstraints
from pydantic_core import PydanticCustomError

from fundament.common.schemas import OptionalUrl, Url, WireModel, partial


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise PydanticCustomError("invalid", "Voer een geldige URL in.")
    return value


Naam = Annotated[str, StringConstraints(min_length=1, max_length=50)]
FilterNaam = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Kenmerk = Annotated[str, StringConstraints(max_length=1000)]
CallbackUrl = Annotated[
    str, StringConstraints(min_length=1, max_length=200), AfterValidator(_http_url)
]
DocumentatieLink = Annotated[OptionalUrl, StringConstraints(max_length=200)]
Auth = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
Text100 = Annotated[str, StringConstraints(min_length=1, max_length=100)]


# --- kanaal ------------------------------------------------------------------------------------


class KanaalCreate(WireModel):
    """Body of POST and PUT /kanaal."""

    naam: Naam
    documentatie_link: DocumentatieLink = ""
    filters: list[FilterNaam] = Field(default_factory=list)


KanaalPatch = partial(KanaalCreate)


class Kanaal(WireModel):
    url: str
    naam: str
    documentatie_link: str
    filters: list[str]


class KanaalList(RootModel[list[Kanaal]]):
    """GET /kanaal: a plain array (this API does not paginate)."""


# --- abonnement --------------------------------------------------------------------------------


class FilterGroup(WireModel):
    """One kanaal of an abonnement, with the kenmerk values a notification must have."""

    naam: Naam
    filters: dict[str, Kenmerk] = Field(default_factory=dict)


class AbonnementCreate(WireModel):
    """Body of POST and PUT /abonnement."""

    callback_url: CallbackUrl
    auth: Auth
    kanalen: list[FilterGroup] = Field(default_factory=list)
    # Open Notificaties' experimental CloudEvents fields; accepted only as "not used".
    send_cloudevents: bool = False
    cloudevent_filters: list[Any] = Field(default_factory=list)


AbonnementPatch = partial(AbonnementCreate)


class Abonnement(WireModel):
    """An abonnement as returned; `auth` is write-only."""

    url: str
    callback_url: str
    kanalen: list[FilterGroup]
    send_cloudevents: bool = False
    cloudevent_filters: list[Any] = Field(default_factory=list)


class AbonnementList(RootModel[list[Abonnement]]):
    """GET /abonnement: a plain array (this API does not paginate)."""


# --- notificatie -------------------------------------------------------------------------------


def _absent(value: object) -> bool:
    return value is None


class Message(WireModel):
    """A notificatie as published (POST /notificaties) and as delivered to callbacks."""

    kanaal: Naam
    source: Annotated[str, StringConstraints(max_length=100)] | None = Field(
        default=None, exclude_if=_absent
    )
    hoofd_object: Url
    resource: Text100
    resource_url: Url
    actie: Text100
    aanmaakdatum: datetime
    kenmerken: dict[str, Kenmerk] = Field(default_factory=dict)
