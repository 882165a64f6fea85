"""The objecttype and version a record is validated against: from this deployment's own
Objecttypes tables when the URL is ours, else fetched from the foreign Objecttypes API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fundament.common.errors import ValidationFailed
from fundament.common.urls import BadReference
from fundament.components.objecten.services.base import Ctx
from fundament.components.objecttypen import services as objecttypen


@dataclass(frozen=True, slots=True)
class TypeVersion:
    allow_geometry: bool
    status: str | None  # None: the version does not exist
    json_schema: dict[str, Any]


def _is_objecttype(data: dict[str, Any]) -> bool:
    return "name" in data or "versions" in data


async def load_type_version(ctx: Ctx, type_url: str, version: int) -> TypeVersion:
    """400 `type` (bad-url / invalid-resource) when the objecttype cannot be used."""
    try:
        objecttype = await ctx.resolver.resolve(
            ctx.session, type_url, request_base=ctx.base, shape=_is_objecttype
        )
    except BadReference as exc:
        raise ValidationFailed([exc.as_param("type")]) from exc
    allow_geometry = bool(objecttype.get("allowGeometry", True))
    if ctx.resolver.is_local(type_url, ctx.base):
        key = uuid.UUID(urlsplit(type_url).path.rstrip("/").rsplit("/", 1)[-1])
        found = await objecttypen.version_schema(ctx.session, key, version)
        if found is None:
            return TypeVersion(allow_geometry, None, {})
        return TypeVersion(allow_geometry, found.status, found.json_schema)
    try:
        data = await ctx.resolver.get_json(f"{type_url.rstrip('/')}/versions/{version}")
    except BadReference:
        return TypeVersion(allow_geometry, None, {})
    schema = data.get("jsonSchema") if isinstance(data, dict) else None
    if not isinstance(schema, dict):
        return TypeVersion(allow_geometry, None, {})
    # Objecttypes APIs before 2.0 had no status: their versions are usable.
    return TypeVersion(allow_geometry, str(data.get("status", "published")), schema)
