"""`expand` (drc-011..014): related Documenten and Catalogi resources inlined under `_expand`.

Only this API's own resources and their informatieobjecttype (resolved locally when Catalogi
runs here, else fetched) can be expanded, at most two levels deep.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from fundament.common.errors import ValidationFailed
from fundament.common.urls import BadReference, uuid_from_url
from fundament.components.documenten import models as m
from fundament.components.documenten import views
from fundament.components.documenten.schemas.informatieobject import InformatieObject
from fundament.components.documenten.services.base import EIO, Ctx, latest_of
from fundament.components.documenten.services.informatieobjecten import parts_of

R = TypeVar("R", bound=BaseModel)

OWN = frozenset({"informatieobjecttype"})
RELATED = frozenset({"informatieobject", "informatieobject.informatieobjecttype"})


def _wanted(expand: str | None, allowed: frozenset[str]) -> set[str]:
    asked = {part.strip() for part in (expand or "").split(",") if part.strip()}
    unknown = sorted(asked - allowed)
    if unknown:
        raise ValidationFailed.single(
            "expand",
            "invalid_choice",
            f"Niet uit te breiden: {', '.join(unknown)}; kies uit {', '.join(sorted(allowed))}.",
        )
    return asked


async def _types(ctx: Ctx, urls: Sequence[str]) -> dict[str, dict[str, Any] | None]:
    found: dict[str, dict[str, Any] | None] = {}
    for url in dict.fromkeys(urls):
        try:
            found[url] = await ctx.resolver.resolve(ctx.session, url, request_base=ctx.base)
        except BadReference:
            found[url] = None
    return found


async def informatieobjecten(
    ctx: Ctx, items: list[InformatieObject], expand: str | None
) -> list[InformatieObject]:
    if not _wanted(expand, OWN):
        return items
    types = await _types(ctx, [item.informatieobjecttype for item in items])
    for item in items:
        item.expand = {"informatieobjecttype": types[item.informatieobjecttype]}
    return items


async def related(ctx: Ctx, items: list[Any], expand: str | None) -> list[Any]:
    """Expand the `informatieobject` of gebruiksrechten, verzendingen, objectinformatieobjecten."""
    wanted = _wanted(expand, RELATED)
    if not wanted:
        return items
    keys = {key for item in items if (key := uuid_from_url(item.informatieobject, EIO)) is not None}
    documents = await _documents(ctx, keys)
    if "informatieobject.informatieobjecttype" in wanted:
        await informatieobjecten(ctx, list(documents.values()), "informatieobjecttype")
    for item in items:
        document = documents.get(item.informatieobject)
        item.expand = {
            "informatieobject": document.model_dump(mode="json", by_alias=True)
            if document
            else None
        }
    return items


async def _documents(ctx: Ctx, keys: set[uuid.UUID]) -> dict[str, InformatieObject]:
    if not keys:
        return {}
    rows = (await ctx.session.execute(latest_of(m.InformatieObject.uuid.in_(keys)))).all()
    parts = await parts_of(ctx, [document.id for _, document in rows])
    found = [views.informatieobject(ctx.url, v, d, parts[d.id]) for v, d in rows]
    return {view.url: view for view in found}
