"""`expand` on zaken (list, detail, _zoek): linked resources under `_expand`, to any depth.

`expand=zaaktype,status.statustype,hoofdzaak.status` names attributes of the zaak (and, after a
dot, of the resource found there). Each URL is resolved once per request however often it
appears (a page of 100 zaken of one zaaktype fetches that zaaktype once); resources of this
deployment come straight from the database, others over HTTP.
"""

from __future__ import annotations

from typing import Any

from fundament.common.errors import ValidationFailed
from fundament.common.urls import BadReference
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


class _Resolver:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.seen: dict[str, dict[str, Any] | None] = {}

    async def get(self, url: str) -> dict[str, Any] | None:
        if url not in self.seen:
            try:
                self.seen[url] = await self.ctx.resolver.resolve(
                    self.ctx.session, url, request_base=self.ctx.base
                )
            except BadReference:
                self.seen[url] = None
        found = self.seen[url]
        return dict(found) if found is not None else None

    async def expand(self, data: dict[str, Any], path: list[str]) -> None:
        name, rest = path[0], path[1:]
        value = data.get(name)
        expanded = data.setdefault("_expand", {})
        if isinstance(value, list):
            items = []
            for item in value:
                url = item.get("url") if isinstance(item, dict) else item
                found = await self.get(url) if isinstance(url, str) else None
                if found is not None and rest:
                    await self.expand(found, rest)
                items.append(found)
            expanded[name] = _merge(expanded.get(name), items)
        elif isinstance(value, str) and value:
            found = await self.get(value)
            if found is not None and rest:
                await self.expand(found, rest)
            expanded[name] = _merge(expanded.get(name), found)
        else:
            expanded.setdefault(name, [] if isinstance(value, list) else None)


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
    if not paths:
        return zaken
    resolver = _Resolver(ctx)
    for zaak in zaken:
        data = zaak.model_dump(mode="json", by_alias=True, exclude={"expand"})
        for path in paths:
            await resolver.expand(data, path)
        zaak.expand = data.get("_expand", {})
    return zaken
