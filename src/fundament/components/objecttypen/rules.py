"""Rules of the Objecttypes API on plain values, each with the code Open Objecttypes uses."""

from __future__ import annotations

from typing import Any

from fundament.common.errors import InvalidParam

DRAFT = "draft"
PUBLISHED = "published"
DEPRECATED = "deprecated"


def json_schema_problems(schema: Any, name: str = "jsonSchema") -> list[InvalidParam]:
    """A version's JSON Schema must itself be a valid JSON Schema (its own `$schema` dialect,
    by default draft 2020-12)."""
    if not isinstance(schema, dict):
        return [InvalidParam(name, "invalid-json-schema", "Het JSON-schema moet een object zijn.")]
    from jsonschema.exceptions import SchemaError  # on first use (docs/deployment.md, Memory)
    from jsonschema.validators import validator_for

    try:
        validator_for(schema).check_schema(schema)
    except SchemaError as exc:
        path = "".join(f"[{part!r}]" for part in exc.path)
        return [InvalidParam(name, "invalid-json-schema", f"{exc.message} (at {path or '$'})")]
    return []


def new_version_problems(status: str) -> list[InvalidParam]:
    """A new version starts as draft or is published at once; it is never born deprecated."""
    if status == DEPRECATED:
        return [
            InvalidParam("status", "invalid-status", "Een nieuwe versie kan niet verouderd zijn.")
        ]
    return []


def version_change_problems(current: str, new: str, *, schema_changed: bool) -> list[InvalidParam]:
    """Only drafts may change (Objecttypes API: "Only draft VERSIONs are allowed to be
    changed"); the one change a published version accepts is its lifecycle step to deprecated.
    A draft is published, never deprecated directly."""
    if current == DRAFT:
        if new == DEPRECATED:
            return [
                InvalidParam("status", "invalid-status", "Een concept wordt eerst gepubliceerd.")
            ]
        return []
    if schema_changed or (current, new) not in {
        (PUBLISHED, PUBLISHED),
        (PUBLISHED, DEPRECATED),
        (DEPRECATED, DEPRECATED),
    }:
        return [
            InvalidParam(
                "nonFieldErrors",
                "non-draft-version-update",
                "Alleen conceptversies kunnen worden gewijzigd.",
            )
        ]
    return []


def version_delete_problems(status: str) -> list[InvalidParam]:
    if status != DRAFT:
        return [
            InvalidParam(
                "nonFieldErrors",
                "non-draft-version-destroy",
                "Alleen conceptversies kunnen worden verwijderd.",
            )
        ]
    return []


def objecttype_delete_problems(version_count: int) -> list[InvalidParam]:
    if version_count:
        return [
            InvalidParam(
                "nonFieldErrors",
                "pending-versions",
                "Verwijder eerst alle versies van het objecttype.",
            )
        ]
    return []


def immutable_problems(name: str, changed: bool) -> list[InvalidParam]:
    if changed:
        return [InvalidParam(name, "immutable-field", "Dit veld kan niet gewijzigd worden.")]
    return []
