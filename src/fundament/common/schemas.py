"""Base classes and field types for wire models (camelCase JSON, standard error codes)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError


class WireModel(BaseModel):
    """A request or response body: camelCase on the wire, unknown fields ignored as in ZGW/DRF."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="ignore", frozen=False
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
