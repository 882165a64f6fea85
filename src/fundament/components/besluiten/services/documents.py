"""The documents a besluit records: informatieobject references and their mirror (brc-003..005).

A document of this deployment's Documenten API gets its objectinformatieobject mirror in the
besluitinformatieobject's own transaction (`create_mirror` / `delete_mirror`, brc-005).
"""

from __future__ import annotations

import uuid
from typing import Any

from fundament.common.urls import uuid_from_url
from fundament.components.besluiten.services.base import Ctx
from fundament.components.documenten.services import objectinformatieobjecten as mirrors

EIO = "enkelvoudiginformatieobjecten"
_IO_KEYS = frozenset({"url", "informatieobjecttype"})


async def resolve(ctx: Ctx, url: str) -> dict[str, Any]:
    """brc-003: the informatieobject must resolve (`bad-url`) to a document
    (`invalid-resource`)."""
    return await ctx.resolve(url, "informatieobject", _IO_KEYS)


def local_key(ctx: Ctx, url: str) -> uuid.UUID | None:
    """The UUID of a document of this deployment (whose mirror we keep ourselves)."""
    key = uuid_from_url(url, EIO)
    return key if key is not None and ctx.resolver.is_local(url, ctx.base) else None


async def mirror(ctx: Ctx, informatieobject: str, besluit_url: str) -> None:
    key = local_key(ctx, informatieobject)
    if key is not None:
        await mirrors.create_mirror(ctx.session, key, besluit_url, "besluit")


async def unmirror(ctx: Ctx, informatieobject: str, besluit_url: str) -> None:
    key = local_key(ctx, informatieobject)
    if key is not None:
        await mirrors.delete_mirror(ctx.session, key, besluit_url)
