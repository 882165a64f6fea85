"""Lookups in the Referentielijsten/Selectielijst API (ztc-001/002), by URL.

A fetched resource counts as the kind asked for when it has every field the Referentielijsten
API 0.6.0 OAS requires of that kind; fewer keys would let one kind pass for another (a
resultaat has `url`, `nummer`, `naam` and `omschrijving` too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fundament.common.errors import ValidationFailed
from fundament.common.urls import BadReference
from fundament.components.catalogi.services.base import Ctx


def _has(*keys: str) -> Callable[[dict[str, Any]], bool]:
    return lambda data: all(key in data for key in keys)


async def _fetch(
    ctx: Ctx, url: str, field: str, shape: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    try:
        return await ctx.resolver.resolve(ctx.session, url, request_base=ctx.base, shape=shape)
    except BadReference as exc:
        raise ValidationFailed([exc.as_param(field)]) from exc


_PROCESTYPE = _has("url", "nummer", "jaar", "naam", "omschrijving", "toelichting", "procesobject")
_RESULTAAT = _has(
    "url",
    "procesType",
    "nummer",
    "volledigNummer",
    "generiek",
    "specifiek",
    "naam",
    "herkomst",
    "waardering",
    "procestermijnWeergave",
)
_RESULTAATTYPEOMSCHRIJVING = _has("url", "omschrijving", "definitie")


async def procestype(ctx: Ctx, url: str) -> dict[str, Any]:
    """ztc-001: `selectielijstProcestype` must be a Selectielijst procestype."""
    return await _fetch(ctx, url, "selectielijstProcestype", _PROCESTYPE)


async def resultaat(ctx: Ctx, url: str) -> dict[str, Any]:
    """ztc-002: `selectielijstklasse` must be a Selectielijst resultaat."""
    return await _fetch(ctx, url, "selectielijstklasse", _RESULTAAT)


async def resultaattypeomschrijving(ctx: Ctx, url: str) -> dict[str, Any]:
    """ztc-002: `resultaattypeomschrijving` must be a generic resultaattype-omschrijving."""
    return await _fetch(ctx, url, "resultaattypeomschrijving", _RESULTAATTYPEOMSCHRIJVING)
