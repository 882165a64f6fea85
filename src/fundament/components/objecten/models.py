"""Tables of the Objects component: objects, their records (history) and per-caller permissions.

An object is one `obj_object` row (uuid, objecttype URL); every change adds an `obj_record`
row with the next `index`. A record's GeoJSON geometry is stored with its bounding box, so a
search within a polygon prefilters in SQL on both databases (DESIGN.md, Geometry).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, JsonType, UtcDateTime, new_uuid, utcnow


class Object(Base):
    """An object: what all its records share (its identity and objecttype)."""

    __tablename__ = "obj_object"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    # The objecttype URL, as the client gave it (filter `type`; permissions are per type).
    type: Mapped[str] = mapped_column(String(1000), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Record(Base):
    """The state of an object from `start_at` (inclusive) to `end_at` (exclusive), registered
    on `registration_at`; records are never changed, only ended, corrected or deleted."""

    __tablename__ = "obj_record"
    __table_args__ = (
        UniqueConstraint("object_id", "index"),
        # "as of" queries: the newest record per object valid on a date.
        Index("ix_obj_record_object_start", "object_id", "start_at", "end_at"),
        Index("ix_obj_record_object_registration", "object_id", "registration_at"),
        # Prefilter of a geometry search (bounding box inside the search area's).
        Index("ix_obj_record_bbox", "min_x", "min_y", "max_x", "max_y"),
        # Data attribute filters on PostgreSQL: `data @> {...}` uses this GIN index.
        Index(
            "ix_obj_record_data_gin",
            "data",
            postgresql_using="gin",
            postgresql_ops={"data": "jsonb_path_ops"},
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("obj_object.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    type_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    geometry: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    min_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    min_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    max_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    max_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    start_at: Mapped[date] = mapped_column(Date)
    end_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    registration_at: Mapped[date] = mapped_column(Date)
    correction_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    corrected_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    references: Mapped[list[dict[str, Any]]] = mapped_column(JsonType, default=list)


class Permission(Base):
    """What one caller (API token or JWT client, by identifier) may do with one objecttype:
    `read_only` or `read_and_write`; with `use_fields`, a read-only caller sees only the
    fields listed per objecttype version (`{"1": ["uuid", "record__data__naam"]}`)."""

    __tablename__ = "obj_permission"
    __table_args__ = (UniqueConstraint("identifier", "type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    identifier: Mapped[str] = mapped_column(String(255), index=True)
    type: Mapped[str] = mapped_column(String(1000))
    mode: Mapped[str] = mapped_column(String(20))
    use_fields: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
