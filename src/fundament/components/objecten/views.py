"""Rows → the wire representation of objects and records (plain dicts, so `fields` and
field-level permissions can cut them)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from fundament.components.objecten import models as m


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def history_record(record: m.Record) -> dict[str, Any]:
    return {
        "index": record.index,
        "typeVersion": record.type_version,
        "data": record.data or {},
        "geometry": record.geometry,
        "startAt": _day(record.start_at),
        "endAt": _day(record.end_at),
        "registrationAt": _day(record.registration_at),
        "correctionFor": record.correction_for,
        "correctedBy": record.corrected_by,
    }


def object_view(url: str, key: uuid.UUID, type_url: str, record: m.Record) -> dict[str, Any]:
    return {
        "url": url,
        "uuid": str(key),
        "type": type_url,
        "record": {**history_record(record), "references": record.references or []},
    }
