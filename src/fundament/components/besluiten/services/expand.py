"""`expand` (Besluiten 1.1.0): referenced resources inlined under `_expand`.

The first level is what the OAS embeds (`besluittype`, `zaak` of a besluit; `informatieobject`,
`besluit` of a besluitinformatieobject); deeper levels follow URL attributes of what was
expanded (`zaak.zaaktype`, `besluit.besluittype`), each nested in its parent's `_expand`.
Every URL is resolved once per request: locally when its component runs here, else over HTTP.
An empty reference expands to `{}` (the OAS `EmptyObject`), an unresolvable one to `null`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from fundament.common.errors import ValidationFailed
from fundament.common.urls import BadReference
from fundament.components.besluiten.services.base import Ctx

BESLUIT = frozenset({"besluittype", "zaak"})
BESLUITINFORMATIEOBJECT = frozenset({"informatieobject", "besluit"})
MAX_DEPTH = 3


def _paths(expand: str | None, first: frozenset[str]) -> list[list[str]]:
    asked = [part.strip() for part in (expand or "").split(",") if part.strip()]
    paths = [part.split(".") for part in asked]
    wrong = sorted(
        ".".join(path)
        for path in paths
        if path[0] not in first or len(path) > MAX_DEPTH or "" in path
    )
    if wrong:
        raise ValidationFailed.single(
            "expand",
            "invalid_choice",
            f"Niet uit te breiden: {', '.join(wrong)}; begin met {', '.join(sorted(first))}.",
        )
    return paths


class _Resolved:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.cache: dict[str, dict[str, Any] | None] = {}

    async def get(self, url: str) -> dict[str, Any] | None:
        if url not in self.cache:
            try:
                self.cache[url] = await self.ctx.resolver.resolve(
                    self.ctx.session, url, request_base=self.ctx.base
                )
            except BadReference:
                self.cache[url] = None
        found = self.cache[url]
        return dict(found) if found is not None else None


async def _expand_one(data: dict[str, Any], path: list[str], resolved: _Resolved) -> None:
    """Expand `path` below `data` (a resource dict), nesting results under `_expand`."""
    name, rest = path[0], path[1:]
    value = data.get(name)
    embedded = data.setdefault("_expand", {})
    if name not in embedded:
        if isinstance(value, list):
            embedded[name] = [await resolved.get(v) for v in value if isinstance(v, str)]
        elif isinstance(value, str) and value:
            embedded[name] = await resolved.get(value)
        else:
            embedded[name] = {}
    if rest:
        targets = embedded[name] if isinstance(embedded[name], list) else [embedded[name]]
        for target in targets:
            if isinstance(target, dict) and target:
                await _expand_one(target, rest, resolved)


async def expand(
    ctx: Ctx, items: Sequence[BaseModel], expand: str | None, first: frozenset[str]
) -> None:
    """Set `expand` on each item for the asked paths (400 `invalid_choice` for others)."""
    paths = _paths(expand, first)
    if not paths:
        return
    resolved = _Resolved(ctx)
    for item in items:
        data = item.model_dump(mode="json", by_alias=True)
        for path in paths:
            await _expand_one(data, path, resolved)
        item.expand = data["_expand"]  # type: ignore[attr-defined]
