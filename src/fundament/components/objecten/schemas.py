"""Wire models of the Objects API 2.7.0: request bodies; responses are built as plain dicts
(`views.py`) because `fields` and field-level permissions cut them per object."""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from fundament.common.schemas import Url, WireModel


class Reference(WireModel):
    type: Literal["zaak"]
    url: Annotated[Url, StringConstraints(max_length=200)]


class RecordCreate(WireModel):
    """`ObjectRecord` as a client sends it (index, endAt, registrationAt are read-only)."""

    type_version: Annotated[int, Field(ge=0, le=32767)]
    data: dict[str, Any] = Field(default_factory=dict)
    geometry: dict[str, Any] | None = None
    start_at: date
    correction_for: Annotated[int, Field(ge=0, le=2147483647)] | None = None
    references: list[Reference] = Field(default_factory=list)


class RecordPatch(WireModel):
    """A record in a PATCH: every field optional; `data` is merged into the current data."""

    type_version: Annotated[int, Field(ge=0, le=32767)] | None = None
    data: dict[str, Any] | None = None
    geometry: dict[str, Any] | None = None
    start_at: date | None = None
    correction_for: Annotated[int, Field(ge=0, le=2147483647)] | None = None
    references: list[Reference] | None = None


class ObjectCreate(WireModel):
    """POST/PUT body of an object: its type and the (new) record."""

    uuid: UUID | None = None
    type: Url
    record: RecordCreate


class ObjectPatch(WireModel):
    uuid: UUID | None = None
    type: Url | None = None
    record: RecordPatch | None = None


class GeoWithin(BaseModel):
    within: dict[str, Any] | None = None


class ObjectSearch(BaseModel):
    """Body of `POST /objects/search`: the list filters plus `geometry.within`."""

    model_config = ConfigDict(populate_by_name=True, extra="ignore")

    geometry: GeoWithin | None = None
    type: Annotated[str, StringConstraints(min_length=1, max_length=1000)] | None = None
    data_attrs: str | None = None
    data_attr: str | list[str] | None = None
    on_date: dt.date | None = Field(None, alias="date")
    registration_date: dt.date | None = Field(None, alias="registrationDate")
    type_version: int | None = Field(None, alias="typeVersion")
    data_icontains: str | None = None
    ordering: str | None = None


# Response shapes, for the routes' declared response models (the OAS documents them).


class Record(WireModel):
    index: int
    type_version: int
    data: dict[str, Any]
    geometry: dict[str, Any] | None
    start_at: date
    end_at: date | None
    registration_at: date
    correction_for: int | None
    corrected_by: int | None
    references: list[Reference] = Field(default_factory=list)


class Object(WireModel):
    url: str
    uuid: UUID
    type: str
    record: Record


class HistoryRecord(WireModel):
    index: int
    type_version: int
    data: dict[str, Any]
    geometry: dict[str, Any] | None
    start_at: date
    end_at: date | None
    registration_at: date
    correction_for: int | None
    corrected_by: int | None


class Permission(BaseModel):
    type: str
    mode: Literal["read_only", "read_and_write"]
    use_fields: bool
    fields: dict[str, Any] | None


class BehoudenResponse(BaseModel):
    behouden: list[str]
