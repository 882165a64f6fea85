"""Whether the relation an objectinformatieobject mirrors exists at its source (drc-002..004).

The Zaken and Besluiten APIs own zaak- and besluitinformatieobjecten; the Documenten API only
keeps their mirror. For an object of another deployment the source API is asked over HTTP
(`GET {root}/{objectType}informatieobjecten?informatieobject=…&{objectType}=…`, as Open Zaak
does). For an object of this deployment, the component that owns it registers a *relation
checker* here when it is loaded (`register_relation_checker("zaak", …)` from the Zaken
component, `"besluit"` from Besluiten), so the question is answered from its tables in the
same transaction. Those components create and delete the mirror themselves, in their own
transaction, with `objectinformatieobjecten.create_mirror` / `delete_mirror` (zrc-005, brc-005).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.errors import ValidationFailed
from fundament.common.urls import BadReference
from fundament.components.documenten.services.base import Ctx

# (session, object URL, informatieobject URL) → does the source relation exist?
RelationChecker = Callable[[AsyncSession, str, str], Awaitable[bool]]

_CHECKERS: dict[str, RelationChecker] = {}

# What a resolved object must look like per objectType (drc-002: `invalid-resource` else).
_SHAPES: dict[str, frozenset[str]] = {
    "zaak": frozenset({"url", "zaaktype"}),
    "besluit": frozenset({"url", "besluittype"}),
    "verzoek": frozenset({"url"}),
}


def register_relation_checker(object_type: str, checker: RelationChecker) -> None:
    """Called by the Zaken ("zaak") and Besluiten ("besluit") components when they load."""
    _CHECKERS[object_type] = checker


def unregister_relation_checker(object_type: str) -> None:
    _CHECKERS.pop(object_type, None)


async def resolve_object(ctx: Ctx, url: str, object_type: str) -> dict[str, Any]:
    """drc-002: the object must resolve (`bad-url`) to a resource of its type
    (`invalid-resource`)."""
    shape = _SHAPES[object_type]
    try:
        return await ctx.resolver.resolve(
            ctx.session, url, request_base=ctx.base, shape=lambda d: shape <= d.keys()
        )
    except BadReference as exc:
        raise ValidationFailed([exc.as_param("object")]) from exc


def _relations_url(object_url: str, object_type: str) -> str:
    """`…/zaken/api/v1/zaken/{uuid}` → `…/zaken/api/v1/zaakinformatieobjecten`."""
    root = object_url.rstrip("/").rsplit("/", 2)[0]
    return f"{root}/{object_type}informatieobjecten"


async def relation_exists(
    ctx: Ctx, object_url: str, object_type: str, informatieobject_url: str
) -> bool:
    """drc-004: does the source API hold this (object, informatieobject) relation?
    A verzoek has no relation resource to ask; its existence is all that is checked."""
    if object_type == "verzoek":
        return True
    if ctx.resolver.is_local(object_url, ctx.base):
        checker = _CHECKERS.get(object_type)
        return checker is not None and await checker(ctx.session, object_url, informatieobject_url)
    try:
        found = await ctx.resolver.get_json(
            _relations_url(object_url, object_type),
            params={"informatieobject": informatieobject_url, object_type: object_url},
        )
    except BadReference as exc:
        raise ValidationFailed.single(
            "nonFieldErrors", "relation-lookup-error", exc.reason
        ) from exc
    results = found.get("results") if isinstance(found, dict) else found
    return bool(results) if isinstance(results, list) else False
