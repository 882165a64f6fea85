"""A short-lived, per-process cache of published catalogue entries.

Every new zaak (and every status, rol, resultaat …) checks its type against the Catalogi API:
resolving a zaaktype with all its relations costs more than the rest of the write. Published
types hardly ever change, so their resolved JSON is kept for `TTL` seconds, keyed by URL;
Catalogi's loaders for other components (catalogi/services/references.py: resolving a URL, a
zaak's `expand`) keep and answer from it too. A concept is never kept (it may change any
moment and must be seen to be published). Every write through this process's Catalogi API
empties the cache (`changed()`); a forced change to a published type made through another
worker process is seen here within `TTL` seconds.
"""

from __future__ import annotations

import time
from typing import Any

TTL = 10.0
_entries: dict[str, tuple[float, dict[str, Any]]] = {}


def changed() -> None:
    """The catalogue changed in this process: forget everything."""
    _entries.clear()


def get(url: str) -> dict[str, Any] | None:
    entry = _entries.get(url)
    if entry is None:
        return None
    stored_at, data = entry
    if time.monotonic() - stored_at > TTL:
        _entries.pop(url, None)
        return None
    return data


def keep(url: str, data: dict[str, Any]) -> None:
    """Keep `data`, which the caller has seen to be published or a part of a published type."""
    _entries[url] = (time.monotonic(), data)


def put(url: str, data: dict[str, Any]) -> None:
    if data.get("concept") is False:
        keep(url, data)


def put_part(url: str, data: dict[str, Any], owner: dict[str, Any], listed_as: str) -> None:
    """A part of a type (a zaaktype's statustype, roltype, …) that the published `owner`
    lists: it changes no more than its owner does."""
    if owner.get("concept") is False and url in (owner.get(listed_as) or ()):
        keep(url, data)
