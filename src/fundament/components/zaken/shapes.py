"""Polymorphic blobs validated and completed from the official OAS itself.

A rol's `betrokkeneIdentificatie` has one of 5 shapes and a zaakobject's `objectIdentificatie`
one of 23, chosen by `betrokkeneType` / `objectType`. Rather than restating ~30 schemas in
Python, the schema of each shape is read from the component's `openapi.yaml` and a value is
checked against it (types, lengths, patterns, enums, required fields) and completed with the
empty value of every property it leaves out, so a response always has the shape the OAS shows.

Those schemas are kept in `shapes.json`, extracted from `openapi.yaml` by
`python -m fundament.components.zaken.shapes` (a test checks the two agree): parsing the whole
document in every worker would leave about 10 MiB of its memory behind for good.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from fundament.common.component import read_oas
from fundament.common.errors import InvalidParam

OAS = Path(__file__).with_name("openapi.yaml")
EXTRACT = Path(__file__).with_name("shapes.json")


# The schemas the checks start from: every `{kind}_Rol` / `{kind}_ZaakObject` variant and the
# parts named by `normalise_named` callers. Only these and what they refer to are kept, without
# their prose.
_VARIANTS = ("_Rol", "_ZaakObject")
_NAMED = ("ContactPersoonRol", "ObjectTypeOverigeDefinitie")
_PROSE = frozenset({"description", "title", "example"})


def _without_prose(node: Any) -> Any:
    if isinstance(node, list):
        return [_without_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (
            {name: _without_prose(sub) for name, sub in value.items()}  # names, not keywords
            if key == "properties"
            else _without_prose(value)
        )
        for key, value in node.items()
        if key not in _PROSE
    }


def _references(node: Any) -> list[str]:
    if isinstance(node, list):
        return [name for item in node for name in _references(item)]
    if not isinstance(node, dict):
        return []
    found = [node["$ref"].rsplit("/", 1)[-1]] if isinstance(node.get("$ref"), str) else []
    return found + [name for value in node.values() for name in _references(value)]


def extract() -> dict[str, Any]:
    """The schemas `shapes.json` holds, read from the OAS."""
    every: dict[str, Any] = read_oas(OAS)["components"]["schemas"]
    todo = [name for name in every if name.endswith(_VARIANTS) or name in _NAMED]
    kept: dict[str, Any] = {}
    while todo:
        name = todo.pop()
        if name not in kept and name in every:
            kept[name] = _without_prose(every[name])
            todo += _references(kept[name])
    return kept


@cache
def schemas() -> dict[str, Any]:
    kept: dict[str, Any] = json.loads(EXTRACT.read_bytes())
    return kept


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref` and merge `allOf`, keeping `nullable` of the outer schema."""
    if "$ref" in schema:
        return _resolve(schemas()[schema["$ref"].rsplit("/", 1)[-1]])
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            resolved = _resolve(part)
            for key, value in resolved.items():
                if key == "properties":
                    merged["properties"].update(value)
                elif key == "required":
                    merged["required"] += value
                else:
                    merged[key] = value
        for key, value in schema.items():
            if key != "allOf":
                merged[key] = value
        return merged
    if "oneOf" in schema:
        choices: list[Any] = []
        for part in schema["oneOf"]:
            choices += _resolve(part).get("enum", [])
        return {**{k: v for k, v in schema.items() if k != "oneOf"}, "enum": choices}
    return schema


def _empty(schema: dict[str, Any]) -> Any:
    schema = _resolve(schema)
    if schema.get("nullable"):
        return None
    kind = schema.get("type")
    if kind == "array":
        return []
    if kind == "object" or "properties" in schema:
        return {name: _empty(sub) for name, sub in schema.get("properties", {}).items()}
    if kind in ("integer", "number", "boolean"):
        return None
    return ""


def _check(schema: dict[str, Any], value: Any, path: str, errors: list[InvalidParam]) -> Any:
    schema = _resolve(schema)
    if value is None:
        if schema.get("nullable") or (None in schema.get("enum", ())):
            return None
        errors.append(InvalidParam(path, "null", "Dit veld mag niet leeg zijn."))
        return None
    if "enum" in schema:
        if value not in schema["enum"]:
            errors.append(InvalidParam(path, "invalid_choice", f"{value!r} is geen geldige keuze."))
        return value
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        return _object(schema, value, path, errors)
    if kind == "array":
        if not isinstance(value, list):
            errors.append(InvalidParam(path, "not_a_list", "Verwacht een lijst."))
            return []
        return [
            _check(schema.get("items", {}), v, f"{path}.{i}", errors) for i, v in enumerate(value)
        ]
    if kind == "string":
        if not isinstance(value, str):
            errors.append(InvalidParam(path, "invalid", "Geef een tekst."))
            return ""
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(InvalidParam(path, "max_length", "De tekst is te lang."))
        if value and "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(InvalidParam(path, "invalid", "De tekst heeft niet het juiste formaat."))
        return value
    if kind == "boolean" and not isinstance(value, bool):
        errors.append(InvalidParam(path, "invalid", "Geef true of false."))
    elif kind in ("integer", "number") and (
        isinstance(value, bool) or not isinstance(value, int | float)
    ):
        errors.append(InvalidParam(path, "invalid", "Geef een getal."))
    return value


def _object(
    schema: dict[str, Any], value: Any, path: str, errors: list[InvalidParam]
) -> dict[str, Any]:
    if not isinstance(value, dict):
        errors.append(InvalidParam(path, "invalid", "Verwacht een object."))
        return {}
    if "properties" not in schema:
        return dict(value)  # free-form, e.g. `overigeData`
    properties: dict[str, Any] = schema["properties"]
    for name in schema.get("required", []):
        if value.get(name) in (None, "") and not _resolve(properties.get(name, {})).get("readOnly"):
            errors.append(InvalidParam(f"{path}.{name}", "required", "Dit veld is vereist."))
    result: dict[str, Any] = {}
    for name, sub in properties.items():
        if _resolve(sub).get("readOnly"):
            continue
        result[name] = (
            _check(sub, value[name], f"{path}.{name}", errors) if name in value else (_empty(sub))
        )
    return result


def identificatie_schema(prefix: str, kind: str, attribute: str) -> dict[str, Any] | None:
    """The schema of e.g. `betrokkeneIdentificatie` for rol type `natuurlijk_persoon`:
    found in the OAS as `{kind}_{prefix}` → its part that defines `attribute`."""
    variant = schemas().get(f"{kind}_{prefix}")
    if variant is None:
        return None
    for part in variant.get("allOf", []):
        resolved = _resolve(part)
        if attribute in resolved.get("properties", {}):
            schema: dict[str, Any] = resolved["properties"][attribute]
            return schema
    return None


def normalise(schema: dict[str, Any], value: Any, path: str) -> tuple[Any, list[InvalidParam]]:
    """`value` checked against `schema` and completed; the problems found, by JSON path."""
    errors: list[InvalidParam] = []
    return _check(schema, value, path, errors), errors


def normalise_named(name: str, value: Any, path: str) -> tuple[Any, list[InvalidParam]]:
    """Like normalise, for a schema named in components/schemas (e.g. `ContactPersoonRol`)."""
    return normalise({"$ref": f"#/components/schemas/{name}"}, value, path)


def empty_named(name: str) -> Any:
    return _empty({"$ref": f"#/components/schemas/{name}"})


if __name__ == "__main__":
    EXTRACT.write_text(json.dumps(extract(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
