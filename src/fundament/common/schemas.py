"""Base classes and field types for wire models (camelCase JSON, standard error codes)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    create_model,
)
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError


class WireModel(BaseModel):
    """A request or response body: camelCase on the wire, unknown fields ignored as in ZGW/DRF."""

    # A number sent for a text field is taken as its text, as DRF's CharField (and so every
    # ZGW reference implementation) does; the VNG suite sends `"identificatie": 20`.
    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="ignore",
        frozen=False,
        coerce_numbers_to_str=True,
    )


def _url_or_blank(value: str) -> str:
    if value == "":
        return value
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise PydanticCustomError("invalid", "Voer een geldige URL in.")
    return value


def _none_to_blank(value: object) -> object:
    return "" if value is None else value


# A URL field that may be left blank ("" or null both mean: not given).
OptionalUrl = Annotated[
    str,
    BeforeValidator(_none_to_blank),
    StringConstraints(max_length=1000),
    AfterValidator(_url_or_blank),
]


def _check_duration(value: str) -> str:
    if not _DURATION.fullmatch(value) or value in {"P", "PT"} or value.endswith("T"):
        raise PydanticCustomError("invalid", "Voer een geldige ISO 8601-duur in, zoals P10D.")
    return value


_DURATION = re.compile(
    r"P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:[.,]\d+)?S)?)?"
)

# An ISO 8601 duration ("P10D", "P1Y6M", "PT4H"), kept as text: months and years have no
# fixed length, so a timedelta would change what the client sent.
Duration = Annotated[str, AfterValidator(_check_duration)]

Url = Annotated[
    str, StringConstraints(min_length=1, max_length=1000), AfterValidator(_url_or_blank)
]

Vertrouwelijkheidaanduiding = Literal[
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
]


def _check_rsin(value: str) -> str:
    """RSIN/BSN: nine digits passing the eleven-test (elfproef)."""
    if len(value) != 9 or not value.isdigit():
        raise PydanticCustomError("invalid", "Een RSIN bestaat uit 9 cijfers.")
    total = sum(
        int(digit) * weight for digit, weight in zip(value[:8], range(9, 1, -1), strict=True)
    )
    if (total - int(value[8])) % 11:
        raise PydanticCustomError("invalid", "Onjuist RSIN: de elfproef klopt niet.")
    return value


Rsin = Annotated[str, AfterValidator(_check_rsin)]


def _check_email(value: str) -> str:
    if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise PydanticCustomError("invalid", "Voer een geldig e-mailadres in.")
    return value


Email = Annotated[str, StringConstraints(max_length=254), AfterValidator(_check_email)]

M = TypeVar("M", bound=BaseModel)


def partial(model: type[M]) -> type[M]:
    """The PATCH variant of a body model: every field optional, only the fields sent are set."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        # Keep the field's constraints (they live in its metadata), then make it optional.
        annotation: Any = (
            Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
        )
        fields[name] = (annotation | None, Field(default=None, alias=info.alias))
    patch: Any = create_model(f"{model.__name__}Patch", __base__=WireModel, **fields)
    return patch


def merged(model: type[M], current: BaseModel, sent: BaseModel) -> M:
    """PATCH: the current representation with the sent fields laid over it, validated as a
    full body (so every rule sees the complete result)."""
    from fundament.common.errors import ValidationFailed
    from fundament.common.problems import invalid_params_from_pydantic

    values = {**current.model_dump(), **sent.model_dump(exclude_unset=True)}
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        raise ValidationFailed(invalid_params_from_pydantic(exc.errors())) from exc


def trusted(model: type[M], values: dict[str, Any]) -> M:
    """An instance of `model` from values that are right already (read from typed columns),
    with every field given by its name: what `model_construct` makes, without its loop over
    the fields looking for aliases and defaults (a third of building a page of zaken). For
    models without private attributes or `model_post_init`, as the wire models are."""
    instance = model.__new__(model)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set(values))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


_set = object.__setattr__  # pydantic models guard __setattr__; these slots are set directly


# `expand` in a response: the expanded resources by attribute (only when asked for).
Expansion = Annotated[dict[str, Any] | None, Field(alias="_expand", exclude_if=lambda v: v is None)]


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# A moment; one sent without a zone ("2019-01-01T12:00:00", as the suite does) is read as UTC.
Moment = Annotated[datetime, AfterValidator(_as_utc)]
