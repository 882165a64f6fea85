"""Rules of the Objects API on plain values: record data against its JSON Schema, GeoJSON,
history (corrections), `data_attr` expressions, field selection. Codes as Open Objects uses."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from fundament.common.errors import InvalidParam

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

OPERATORS = ("exact", "gt", "gte", "lt", "lte", "icontains", "in")
ORDERED = ("gt", "gte", "lt", "lte")
GEOMETRY_TYPES = {
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_KEY = re.compile(r"[^\"\\\x00-\x1f]+")


# --- record data ------------------------------------------------------------------------------


def _json_path(parts: Any) -> str:
    return "".join(f".{part}" for part in parts)


def data_problems(data: dict[str, Any], schema: dict[str, Any]) -> list[InvalidParam]:
    """Every violation of the objecttype version's JSON Schema, each named by its JSON path
    under `record.data` (e.g. `record.data.aanvrager.bsn`), code `invalid-json-schema`."""
    from jsonschema.exceptions import SchemaError  # on first use (docs/deployment.md, Memory)
    from jsonschema.validators import validator_for

    try:
        cls = validator_for(schema)
        validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.path])
    except SchemaError as exc:  # a foreign objecttypes API may serve a broken schema
        return [InvalidParam("record.typeVersion", "invalid-json-schema", exc.message)]
    return [
        InvalidParam(
            f"record.data{_json_path(error.absolute_path)}", "invalid-json-schema", error.message
        )
        for error in errors
    ]


def type_version_problems(status: str | None, *, current_version: bool) -> list[InvalidParam]:
    """A record uses a published version of its objecttype; a deprecated one only where the
    object's current record already uses it (no new objects on a deprecated version)."""
    name = "record.typeVersion"
    if status is None:
        return [InvalidParam(name, "invalid", "Deze versie van het objecttype bestaat niet.")]
    if status == "draft":
        return [
            InvalidParam(
                name, "unpublished-type-version", "Deze versie van het objecttype is een concept."
            )
        ]
    if status == "deprecated" and not current_version:
        return [
            InvalidParam(
                name, "deprecated-type-version", "Deze versie van het objecttype is verouderd."
            )
        ]
    return []


def correction_problems(correction_for: int | None, indexes: set[int]) -> list[InvalidParam]:
    """`correctionFor` names an existing record of the same object."""
    if correction_for is not None and correction_for not in indexes:
        return [
            InvalidParam(
                "record.correctionFor",
                "does_not_exist",
                "Dit object heeft geen record met die index.",
            )
        ]
    return []


def immutable_problems(name: str, changed: bool) -> list[InvalidParam]:
    if changed:
        return [InvalidParam(name, "immutable-field", "Dit veld kan niet gewijzigd worden.")]
    return []


def merge_patch(target: Any, patch: Any) -> Any:
    """JSON Merge Patch (RFC 7386): PATCH merges `record.data` recursively; null removes."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


# --- geometry ---------------------------------------------------------------------------------


class BadGeometry(ValueError):
    """GeoJSON that is no valid geometry."""


def _finite(value: Any) -> bool:
    if isinstance(value, list):
        return all(_finite(item) for item in value)
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def parse_geometry(value: dict[str, Any]) -> BaseGeometry:
    """A GeoJSON geometry object (RFC 7946 §3.1) as a shapely geometry; BadGeometry when it is
    none (unknown type, malformed coordinates, an empty or invalid shape)."""
    kind = value.get("type")
    if kind not in GEOMETRY_TYPES:
        raise BadGeometry("Onbekend of ontbrekend GeoJSON-type.")
    if kind == "GeometryCollection":
        members = value.get("geometries")
        if not isinstance(members, list) or not all(isinstance(m, dict) for m in members):
            raise BadGeometry("Een GeometryCollection heeft een lijst `geometries`.")
        for member in members:
            parse_geometry(member)
    elif not _finite(value.get("coordinates")):
        raise BadGeometry("De coördinaten zijn geen geldige getallen.")
    import shapely.geometry  # on first use (docs/deployment.md, Memory)
    from shapely.errors import ShapelyError

    try:
        shape = shapely.geometry.shape(value)
    except (ShapelyError, ValueError, TypeError, IndexError, KeyError, AttributeError) as exc:
        raise BadGeometry(f"Ongeldige GeoJSON: {exc}") from exc
    if shape.is_empty or not shape.is_valid:
        raise BadGeometry("De geometrie is leeg of ongeldig (bijvoorbeeld zelfdoorsnijdend).")
    return shape


def geometry_problems(
    geometry: dict[str, Any] | None, allow_geometry: bool, name: str = "record.geometry"
) -> list[InvalidParam]:
    if geometry is None:
        return []
    if not allow_geometry:
        return [
            InvalidParam(name, "geometry-not-allowed", "Dit objecttype staat geen geometrie toe.")
        ]
    try:
        parse_geometry(geometry)
    except BadGeometry as exc:
        return [InvalidParam(name, "invalid-geometry", str(exc))]
    return []


# --- list filters -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DataAttr:
    """One `key__operator__value` expression: a path into `data`, an operator, a value."""

    path: tuple[str, ...]
    operator: str
    value: str

    @property
    def number(self) -> float | int | None:
        return as_number(self.value)

    @property
    def values(self) -> list[str]:
        return self.value.split("|") if self.operator == "in" else [self.value]


def as_number(value: str) -> float | int | None:
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def as_date(value: str) -> str | None:
    if not _DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def parse_data_attr(expression: str, name: str, code: str) -> DataAttr | InvalidParam:
    """`key__operator__value`; `key` may hold `__` for nested attributes. The ordering
    operators take numbers or dates (YYYY-MM-DD) only."""
    parts = expression.rsplit("__", 2)
    if len(parts) != 3:
        return InvalidParam(name, code, "Gebruik de vorm key__operator__value.")
    key, operator, value = parts
    if operator not in OPERATORS:
        return InvalidParam(name, code, f"Onbekende operator {operator!r}.")
    path = tuple(key.split("__"))
    if not key or not all(_KEY.fullmatch(part) for part in path):
        return InvalidParam(name, code, "Ongeldige attribuutnaam.")
    if operator in ORDERED and as_number(value) is None and as_date(value) is None:
        return InvalidParam(
            name, code, f"Operator {operator!r} vergelijkt alleen getallen en datums."
        )
    return DataAttr(path, operator, value)


def parse_data_filters(
    data_attr: list[str], data_attrs: str | None
) -> tuple[list[DataAttr], list[InvalidParam]]:
    """`data_attr` (repeatable, value may hold commas) and the deprecated `data_attrs`
    (comma-separated)."""
    found: list[DataAttr] = []
    problems: list[InvalidParam] = []
    expressions = [(e, "data_attr", "invalid-data-attr-query") for e in data_attr]
    if data_attrs is not None:
        expressions += [
            (e, "data_attrs", "invalid-data-attrs-query") for e in data_attrs.split(",")
        ]
    for expression, name, code in expressions:
        parsed = parse_data_attr(expression, name, code)
        if isinstance(parsed, InvalidParam):
            problems.append(parsed)
        else:
            found.append(parsed)
    return found, problems


def date_params_problems(
    on_date: date | None, registration_date: date | None
) -> list[InvalidParam]:
    """`date` (formal history) and `registrationDate` (material history) exclude each other."""
    if on_date is not None and registration_date is not None:
        return [
            InvalidParam(
                "nonFieldErrors",
                "invalid-date-query-params",
                "'date' en 'registrationDate' kunnen niet samen gebruikt worden.",
            )
        ]
    return []


# --- field selection --------------------------------------------------------------------------


def field_names(data: dict[str, Any], prefix: str = "") -> set[str]:
    """Leaf field names in the `record__data__naam` notation of `fields` and permissions."""
    names: set[str] = set()
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            names |= field_names(value, f"{name}__")
        else:
            names.add(name)
    return names


def select_fields(data: dict[str, Any], specs: list[str]) -> dict[str, Any]:
    """The parts of `data` named by `specs` (`url`, `record__geometry`, `record__data__naam`);
    a name that is absent selects nothing."""
    result: dict[str, Any] = {}
    for spec in specs:
        source: Any = data
        target = result
        parts = spec.split("__")
        for depth, part in enumerate(parts):
            if not isinstance(source, dict) or part not in source:
                break
            if depth == len(parts) - 1:
                target[part] = source[part]
            else:
                source = source[part]
                existing = target.get(part)
                if not isinstance(existing, dict):
                    existing = target[part] = {}
                target = existing
    return result


OBJECT_FIELDS = {"url", "uuid", "type", "record"}
RECORD_FIELDS = {
    "index",
    "typeVersion",
    "data",
    "geometry",
    "startAt",
    "endAt",
    "registrationAt",
    "correctionFor",
    "correctedBy",
    "references",
}


def fields_param_problems(specs: list[str]) -> list[InvalidParam]:
    """`fields` names fields of an object (`url`, `record__geometry`, `record__data__x`)."""
    for spec in specs:
        parts = spec.split("__")
        if parts[0] not in OBJECT_FIELDS or (
            parts[0] == "record" and len(parts) > 1 and parts[1] not in RECORD_FIELDS
        ):
            return [InvalidParam("fields", "invalid", f"Onbekend veld {spec!r}.")]
    return []
