"""Query parameters of the list endpoints → SQL conditions; a malformed value is a 400."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from fundament.common.errors import ValidationFailed
from fundament.components.klantinteracties.services.base import Filter

_UUID_AT_END = re.compile(r"/([0-9a-fA-F-]{36})/?$")
_TRUE = {"true", "True", "1"}
_FALSE = {"false", "False", "0"}


def _invalid(name: str, reason: str) -> ValidationFailed:
    return ValidationFailed.single(name, "invalid", reason)


def parse_uuid(name: str, value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise _invalid(name, "Voer een geldige UUID in.") from exc


def parse_url(name: str, value: str) -> uuid.UUID:
    """The uuid a resource URL ends in."""
    match = _UUID_AT_END.search(urlsplit(value).path)
    if not match:
        raise _invalid(name, "Voer een geldige URL in.")
    return parse_uuid(name, match[1])


def parse_bool(name: str, value: str) -> bool:
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _invalid(name, "Kies true of false.")


def parse_date(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise _invalid(name, "Geef een datum als JJJJ-MM-DD.") from exc


def as_utc(value: datetime) -> datetime:
    """A datetime without zone is taken as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def parse_datetime(name: str, value: str) -> datetime:
    try:
        return as_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError as exc:
        raise _invalid(name, "Geef een datum-tijd volgens ISO 8601.") from exc


# --- filter constructors (each takes the query parameter's name) --------------------------------

Make = Callable[[str], Filter]


def exact(column: Any) -> Make:
    return lambda name: lambda value: column == value


def icontains(column: Any) -> Make:
    return lambda name: lambda value: column.ilike(f"%{value}%")


def choice(column: Any, choices: tuple[str, ...]) -> Make:
    def make(name: str) -> Filter:
        def condition(value: str) -> Any:
            if value not in choices:
                raise ValidationFailed.single(name, "invalid_choice", f"Kies uit {choices}.")
            return column == value

        return condition

    return make


def boolean(column: Any) -> Make:
    return lambda name: lambda value: column.is_(parse_bool(name, value))


def is_uuid(column: Any) -> Make:
    return lambda name: lambda value: column == parse_uuid(name, value)


def is_url(column: Any) -> Make:
    return lambda name: lambda value: column == parse_url(name, value)


def on_date(column: Any, op: str = "eq") -> Make:
    compare = {
        "eq": lambda c, v: c == v,
        "gt": lambda c, v: c > v,
        "gte": lambda c, v: c >= v,
        "lt": lambda c, v: c < v,
        "lte": lambda c, v: c <= v,
    }[op]
    return lambda name: lambda value: compare(column, parse_date(name, value))


def at_datetime(column: Any) -> Make:
    return lambda name: lambda value: column == parse_datetime(name, value)


def json_text(column: Any, key: str) -> Make:
    """A field of a JSON gegevensgroep (an address line, a name)."""
    return lambda name: lambda value: column[key].as_string() == value


def through(column: Any, target: Any, inner: Make) -> Make:
    """A filter on a related resource: `column` is in the `target` keys that match `inner`."""

    def make(name: str) -> Filter:
        condition = inner(name)
        return lambda value: column.in_(select(target).where(condition(value)))

    return make


def filters(**makers: Make) -> dict[str, Filter]:
    """Name → filter; `__` in a Python name stays `__` in the query parameter."""
    return {name: make(name) for name, make in makers.items()}
