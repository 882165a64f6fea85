"""Wire models of the Objecttypes API 2.2.2 (also served under the Objects API 2.7.0)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field, StringConstraints

from fundament.common.schemas import OptionalUrl, WireModel, partial

DataClassification = Literal["open", "intern", "confidential", "strictly_confidential"]
UpdateFrequency = Literal["real_time", "hourly", "daily", "weekly", "monthly", "yearly", "unknown"]
VersionStatus = Literal["published", "draft", "deprecated"]


Text200 = Annotated[str, StringConstraints(max_length=200)]
Text1000 = Annotated[str, StringConstraints(max_length=1000)]


class ObjectTypeCreate(WireModel):
    """POST/PUT body of an objecttype (`ObjectType` without its read-only fields)."""

    uuid: UUID | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    name_plural: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    description: Text1000 = ""
    data_classification: DataClassification = "open"
    maintainer_organization: Text200 = ""
    maintainer_department: Text200 = ""
    contact_person: Text200 = ""
    contact_email: Text200 = ""
    source: Text200 = ""
    update_frequency: UpdateFrequency = "unknown"
    provider_organization: Text200 = ""
    documentation_url: Annotated[OptionalUrl, StringConstraints(max_length=200)] = ""
    labels: dict[str, str] = Field(default_factory=dict)
    allow_geometry: bool = True


ObjectTypePatch = partial(ObjectTypeCreate)


class ObjectType(ObjectTypeCreate):
    """An objecttype as the API shows it."""

    url: str
    uuid: UUID
    created_at: date
    modified_at: date
    versions: list[str]


class ObjectVersionCreate(WireModel):
    """POST/PUT body of a version: its status and JSON Schema."""

    status: VersionStatus = "draft"
    json_schema: dict[str, Any] = Field(default_factory=dict)


ObjectVersionPatch = partial(ObjectVersionCreate)


class ObjectVersion(ObjectVersionCreate):
    """A version as the API shows it."""

    url: str
    version: int
    object_type: str
    created_at: date
    modified_at: date
    published_at: date | None
