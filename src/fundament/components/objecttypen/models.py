"""Tables of the Objecttypes component: objecttypes and their versioned JSON Schemas."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, JsonType, new_uuid


class ObjectType(Base):
    """What objects of one kind share: name, ownership and whether they may have a geometry."""

    __tablename__ = "ot_objecttype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_plural: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(1000), default="")
    data_classification: Mapped[str] = mapped_column(String(30), default="open", index=True)
    maintainer_organization: Mapped[str] = mapped_column(String(200), default="")
    maintainer_department: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    update_frequency: Mapped[str] = mapped_column(String(20), default="unknown")
    provider_organization: Mapped[str] = mapped_column(String(200), default="")
    documentation_url: Mapped[str] = mapped_column(String(200), default="")
    labels: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    allow_geometry: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[date] = mapped_column(Date)
    modified_at: Mapped[date] = mapped_column(Date)


class ObjectVersion(Base):
    """One version of an objecttype: its JSON Schema and status (draft → published → deprecated)."""

    __tablename__ = "ot_objectversion"
    __table_args__ = (UniqueConstraint("objecttype_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    objecttype_id: Mapped[int] = mapped_column(
        ForeignKey("ot_objecttype.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    json_schema: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    created_at: Mapped[date] = mapped_column(Date)
    modified_at: Mapped[date] = mapped_column(Date)
    published_at: Mapped[date | None] = mapped_column(Date, nullable=True)
