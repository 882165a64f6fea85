"""brc-006: a besluit with a zaak appears under that zaak's besluiten (`/zaken/{uuid}/besluiten`).

That relation (a ZaakBesluit) belongs to the Zaken API; the Besluiten API only asks for it.

- **A zaak of this deployment**: the Zaken component registers two callables here when it loads,
  `register_zaak_link(link, unlink)`, each `async (session, zaak_url, besluit_url) -> None`.
  `link` is awaited when a besluit with that zaak is created, `unlink` when it is deleted, both
  inside the besluit's transaction and without committing: the besluit and its zaakbesluit
  commit together or not at all, without HTTP.
- **A foreign zaak** (another deployment's URL, or no link registered): its Zaken API is called
  over HTTP, with the resolver's plumbing (allowed hosts, timeouts). It needs the besluit to be
  readable (a ZRC fetches the besluit to validate it), so this happens after the besluit has
  committed: `POST {zaak}/besluiten {"besluit": <url>}`; when the ZRC refuses or cannot be
  reached, the besluit is removed again and the client gets 400 (`zaak`,
  `remote-relation-failed`). The zaakbesluit URL it answers is kept, and `DELETE`d after the
  besluit itself is deleted (found through `GET {zaak}/besluiten` when none was kept).

The `zaak` of a besluit cannot change (brc-006), so there is no re-linking on update.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.urls import BadReference
from fundament.components.besluiten.services.base import Ctx

logger = logging.getLogger("fundament.besluiten")

# (session, zaak URL, besluit URL) → add/remove the ZaakBesluit in the caller's transaction.
ZaakLink = Callable[[AsyncSession, str, str], Awaitable[None]]

_links: dict[str, ZaakLink] = {}


def register_zaak_link(link: ZaakLink, unlink: ZaakLink) -> None:
    """Called by the Zaken component of this deployment when it loads."""
    _links["link"] = link
    _links["unlink"] = unlink


def unregister_zaak_link() -> None:
    _links.clear()


def is_local(ctx: Ctx, zaak_url: str) -> bool:
    """Whether this deployment's Zaken component keeps the zaakbesluit in our transaction."""
    return bool(_links) and ctx.resolver.is_local(zaak_url, ctx.base)


async def link(ctx: Ctx, zaak_url: str, besluit_url: str) -> None:
    """In the besluit's transaction (local zaak only)."""
    await _links["link"](ctx.session, zaak_url, besluit_url)


async def unlink(ctx: Ctx, zaak_url: str, besluit_url: str) -> None:
    """In the besluit's transaction (local zaak only)."""
    await _links["unlink"](ctx.session, zaak_url, besluit_url)


async def link_remote(ctx: Ctx, zaak_url: str, besluit_url: str) -> str:
    """`POST {zaak}/besluiten`; the URL of the zaakbesluit made ("" if none was answered).
    BadReference when the foreign ZRC refuses or cannot be reached."""
    answer = await ctx.resolver.post_json(
        f"{zaak_url.rstrip('/')}/besluiten", {"besluit": besluit_url}
    )
    url = answer.get("url") if isinstance(answer, dict) else None
    return url if isinstance(url, str) else ""


async def unlink_remote(ctx: Ctx, zaak_url: str, zaakbesluit_url: str, besluit_url: str) -> None:
    """Delete the foreign zaakbesluit of a deleted besluit. The besluit is gone already, so a
    failure cannot undo anything: it is logged for an operator to resolve."""
    try:
        url = zaakbesluit_url or await _find(ctx, zaak_url, besluit_url)
        if url:
            await ctx.resolver.delete(url)
    except BadReference as exc:
        logger.warning(
            "zaakbesluit of deleted besluit %s at zaak %s not deleted: %s",
            besluit_url,
            zaak_url,
            exc.reason,
        )


async def _find(ctx: Ctx, zaak_url: str, besluit_url: str) -> str:
    found: Any = await ctx.resolver.get_json(f"{zaak_url.rstrip('/')}/besluiten")
    for item in found if isinstance(found, list) else []:
        if isinstance(item, dict) and item.get("besluit") == besluit_url:
            return str(item.get("url") or "")
    return ""
