"""Wire models of the Notificaties API 1.0.0 (`Kanaal`, `Abonnement`, `Message`)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    RootModel,
    StringConstraints,
    ValidationError,
    ValidatorFunctionWrapHandler,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

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
Credential = Annotated[str, StringConstraints(max_length=255)]
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
    """Body of POST and PUT /abonnement.

    `auth` is the standard's fixed Authorization value. Instead, a Fundament extension takes
    client credentials (`authClientId` + `authSecret`): a fresh ZGW JWT is minted with them for
    every delivery attempt. One of the two is required (rules.auth_or_credentials), so `auth`
    defaults to "" here rather than being required by the schema."""

    callback_url: CallbackUrl
    auth: Auth = ""
    auth_client_id: Credential = ""
    auth_secret: Credential = ""
    kanalen: list[FilterGroup] = Field(default_factory=list)
    # Open Notificaties' experimental CloudEvents fields; accepted only as "not used".
    send_cloudevents: bool = False
    cloudevent_filters: list[Any] = Field(default_factory=list)

    @model_validator(mode="wrap")
    @classmethod
    def _auth_missing_too(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """A body refused for other fields also reports a missing `auth` (without credentials),
        as for any required field; a body otherwise valid is left to the rule."""
        try:
            return handler(data)
        except ValidationError as exc:
            if not isinstance(data, dict) or "auth" in data:
                raise
            if data.get("authClientId") or data.get("auth_client_id"):
                raise
            errors = [
                InitErrorDetails(
                    type=PydanticCustomError(error["type"], error["msg"]),
                    loc=error["loc"],
                    input=error["input"],
                )
                for error in exc.errors()
            ]
            errors.append(InitErrorDetails(type="missing", loc=("auth",), input=data))
            raise ValidationError.from_exception_data(exc.title, errors) from exc


AbonnementPatch = partial(AbonnementCreate)


def _blank(value: object) -> bool:
    return value == ""


class Abonnement(WireModel):
    """An abonnement as returned; `auth` and `authSecret` are write-only. `authClientId` (an
    extension) is shown only when the abonnement has client credentials."""

    url: str
    callback_url: str
    auth_client_id: str = Field(default="", exclude_if=_blank)
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


# --- dead letters (a Fundament extension, for administrators) ----------------------------------


def _uuid_at_end(value: object) -> uuid.UUID | None:
    """An abonnement's URL (or its bare UUID): the UUID it ends with."""
    if value is None:
        return None
    try:
        return uuid.UUID(str(value).rstrip("/").rsplit("/", 1)[-1])
    except ValueError as exc:
        raise PydanticCustomError("invalid", "Geef de URL (of UUID) van een abonnement.") from exc


def _utc(value: datetime) -> datetime:
    """A moment without a zone is read as UTC, as everywhere in this API."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class DeadLetterFilters(WireModel):
    """Which dead letters to list or replay (as `fundament notificaties failed|replay`): those
    of one abonnement, and/or of notificaties created at or after `since`."""

    since: Annotated[datetime, AfterValidator(_utc)] | None = None
    abonnement: Annotated[uuid.UUID | None, BeforeValidator(_uuid_at_end)] = None


class DeadLetter(WireModel):
    """A notificatie given up for one abonnement after its last attempt."""

    uuid: uuid.UUID
    abonnement: str
    callback_url: str
    notificatie: dict[str, Any]
    attempts: int
    last_error: str
    dead_at: datetime | None


class DeadLetterReplayed(WireModel):
    """The answer to a replay: how many dead letters got a new series of attempts."""

    replayed: int
