"""`expand` on zaken (list, detail, _zoek): linked resources under `_expand`, to any depth.

`expand=zaaktype,status.statustype,hoofdzaak.status` names attributes of the zaak (and, after a
dot, of the resource found there). Each URL is resolved once per request however often it
appears (a page of 100 zaken of one zaaktype fetches that zaaktype once); resources of this
deployment come straight from the database, others over HTTP.
"""

from __future__ import annotations

from typing import Any

from fundament.common.errors import ValidationFailed
from fundament.components.zaken.services.base import Ctx

# Attributes of a zaak that hold URLs (Open Zaak's 1.5.1 enum allows these as first level).
ZAAK_ATTRIBUTES = frozenset(
    {
        "zaaktype", "hoofdzaak", "deelzaken", "relevanteAndereZaken", "eigenschappen", "rollen",
        "status", "zaakinformatieobjecten", "zaakobjecten", "resultaat",
    }
)  # fmt: skip


def _paths(expand: str | list[str] | None) -> list[list[str]]:
    if not expand:
        return []
    items = expand if isinstance(expand, list) else expand.split(",")
    paths = [item.strip().split(".") for item in items if item.strip()]
    for path in paths:
        if path[0] not in ZAAK_ATTRIBUTES or any(not part for part in path):
            raise ValidationFailed.single(
                "expand", "invalid_choice", f"{'.'.join(path)!r} kan niet uitgebreid worden."
            )
    return paths


def _urls_at(data: dict[str, Any], name: str) -> list[str]:
    value = data.get(name)
    items = value if isinstance(value, list) else [value]
    urls = [item.get("url") if isinstance(item, dict) else item for item in items]
    return [url for url in urls if isinstance(url, str) and url]


class _Resolver:
    """Resolves level by level: all URLs one attribute holds across the page at once, each URL
    once per request, local ones in one query per collection (UrlResolver.resolve_many)."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.seen: dict[str, dict[str, Any] | None] = {}

    async def fetch(self, urls: list[str]) -> None:
        wanted = [url for url in dict.fromkeys(urls) if url not in self.seen]
        if wanted:
            self.seen.update(
                await self.ctx.resolver.resolve_many(
                    self.ctx.session, wanted, request_base=self.ctx.base
                )
            )

    def get(self, url: str) -> dict[str, Any] | None:
        found = self.seen.get(url)
        return dict(found) if found is not None else None

    async def expand(self, items: list[dict[str, Any]], path: list[str]) -> None:
        """Expand `path[0]` of every item, the rest of the path below what was found first."""
        name, rest = path[0], path[1:]
        await self.fetch([url for data in items for url in _urls_at(data, name)])
        results: list[tuple[dict[str, Any], Any]] = []
        below: list[dict[str, Any]] = []
        for data in items:
            value = data.get(name)
            if isinstance(value, list):
                many = [self.get(url) for url in _urls_at(data, name)]
                below += [item for item in many if item is not None]
                results.append((data, many))
            else:
                one = self.get(value) if isinstance(value, str) and value else None
                below += [one] if one is not None else []
                results.append((data, one))
        if rest and below:
            await self.expand(below, rest)
        for data, found in results:
            expanded = data.setdefault("_expand", {})
            expanded[name] = _merge(expanded.get(name), found)


def _merge(old: Any, new: Any) -> Any:
    """Two paths through one attribute (`status`, `status.statustype`) share its expansion."""
    if isinstance(old, dict) and isinstance(new, dict):
        inner = {**old.get("_expand", {}), **new.get("_expand", {})}
        return {**old, **new, "_expand": inner} if inner else {**old, **new}
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [_merge(a, b) for a, b in zip(old, new, strict=True)]
    return new


async def expand(ctx: Ctx, zaken: list[Any], expand: str | list[str] | None) -> list[Any]:
    paths = _paths(expand)
    if not paths or not zaken:
        return zaken
    resolver = _Resolver(ctx)
    # Only the attributes being expanded (dumping whole zaken cost more than the expansion).
    named = {path[0] for path in paths}
    fields = {
        name for name, info in type(zaken[0]).model_fields.items() if (info.alias or name) in named
    }
    documents = [zaak.model_dump(mode="json", by_alias=True, include=fields) for zaak in zaken]
    for path in paths:
        await resolver.expand(documents, path)
    for zaak, data in zip(zaken, documents, strict=True):
        zaak.expand = data.get("_expand", {})
    return zaken
