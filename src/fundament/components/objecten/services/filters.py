"""Data attribute filters and ordering as SQL JSON operators: JSONB on PostgreSQL (containment
`@>` for `exact`, served by the GIN index), json_extract/json_type/json_tree on SQLite.
Nothing is filtered in Python."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Numeric,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

from fundament.components.objecten.rules import DataAttr, as_date, as_number

_NUMERIC_TYPES = ("integer", "real")
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"


def _like_pattern(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def _nested(path: tuple[str, ...], value: Any) -> Any:
    for key in reversed(path):
        value = {key: value}
    return value


def _sqlite_path(path: tuple[str, ...]) -> str:
    # Keys never hold `"` or `\` (rules.parse_data_attr), so quoting is enough.
    return "$" + "".join(f'."{key}"' for key in path)


def data_condition(dialect: str, column: Any, attr: DataAttr) -> ColumnElement[bool]:
    """One `key__operator__value` expression as a WHERE condition on `column` (the data)."""
    if dialect == "postgresql":
        return _postgresql(column, attr)
    return _sqlite(column, attr)


def _postgresql(column: Any, attr: DataAttr) -> ColumnElement[bool]:
    node = func.jsonb_extract_path(column, *attr.path)
    as_text = func.jsonb_extract_path_text(column, *attr.path)
    number = attr.number
    if attr.operator in ("exact", "in"):
        options = []
        for value in attr.values:
            candidates: list[Any] = [value]
            numeric = as_number(value)
            if numeric is not None:
                candidates.append(numeric)
            options += [
                column.op("@>")(cast(literal(json.dumps(_nested(attr.path, c))), JSONB))
                for c in candidates
            ]
        return or_(*options)
    if attr.operator == "icontains":
        return as_text.ilike(_like_pattern(attr.value), escape="\\")
    compare = _comparison(attr.operator)
    if number is not None:
        numeric_value = case((func.jsonb_typeof(node) == "number", cast(as_text, Numeric)))
        return compare(numeric_value, number)
    day = as_date(attr.value)
    return and_(
        func.jsonb_typeof(node) == "string",
        as_text.op("~")(r"^\d{4}-\d{2}-\d{2}"),
        compare(as_text.collate("C"), day),
    )


def _sqlite(column: Any, attr: DataAttr) -> ColumnElement[bool]:
    path = _sqlite_path(attr.path)
    value_at = func.json_extract(column, path)
    type_at = func.json_type(column, path)
    if attr.operator in ("exact", "in"):
        strings = attr.values
        numbers = [n for n in (as_number(v) for v in strings) if n is not None]
        options = [and_(type_at == "text", value_at.in_(strings))]
        if numbers:
            options.append(and_(type_at.in_(_NUMERIC_TYPES), value_at.in_(numbers)))
        return or_(*options)
    if attr.operator == "icontains":
        return func.lower(value_at).like(_like_pattern(attr.value), escape="\\")
    compare = _comparison(attr.operator)
    number = attr.number
    if number is not None:
        return and_(type_at.in_(_NUMERIC_TYPES), compare(value_at, number))
    return and_(
        type_at == "text", value_at.op("GLOB")(_DATE_GLOB), compare(value_at, as_date(attr.value))
    )


def _comparison(operator: str) -> Any:
    return {
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }[operator]


def icontains_condition(dialect: str, column: Any, value: str) -> ColumnElement[bool]:
    """`data_icontains`: some string value anywhere in `data` contains `value` (any case)."""
    pattern = _like_pattern(value)
    if dialect == "postgresql":
        strings = (
            func.jsonb_path_query(column, text("""'strict $.** ? (@.type() == "string")'"""))
            .table_valued("value")
            .render_derived()
        )
        return exists(
            select(literal(1))
            .select_from(strings)
            .where(strings.c.value.op("#>>")(text("'{}'::text[]")).ilike(pattern, escape="\\"))
        )
    tree = func.json_tree(column).table_valued("type", "atom")
    return exists(
        select(literal(1))
        .select_from(tree)
        .where(tree.c.type == "text", func.lower(tree.c.atom).like(pattern, escape="\\"))
    )


def data_order(dialect: str, column: Any, path: tuple[str, ...]) -> Any:
    """Ordering on a data attribute: JSON values compare by type, numbers numerically."""
    if dialect == "postgresql":
        return func.jsonb_extract_path(column, *path)
    return func.json_extract(column, _sqlite_path(path))
