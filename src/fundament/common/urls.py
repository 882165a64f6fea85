"""Resource URLs: building them, and resolving references locally or over HTTP."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import URL

from fundament.common.errors import InvalidParam
from fundament.settings import Settings


def public_base(request: Request) -> str:
    """Scheme and host that resource URLs start with: the setting, else the request's own."""
    settings: Settings = request.app.state.settings
    if settings.base_url:
        return settings.base_url
    cached = request.scope.get("fundament.base")
    if cached is None:
        cached = f"{request.url.scheme}://{request.url.netloc}"
        request.scope["fundament.base"] = cached
    return str(cached)


def public_url(request: Request, url: URL) -> str:
    """The absolute public form of a URL of this deployment (e.g. a pagination link)."""
    query = f"?{url.query}" if url.query else ""
    return f"{public_base(request)}{url.path}{query}"


# --- resolving references -------------------------------------------------------------------

# (session, uuid, api_root) → the resource as its API shows it; `api_root` is the absolute URL of
# the component's root as the reference spelled it, so the answer's own URLs match.
Loader = Callable[[AsyncSession, uuid.UUID, str], Awaitable[dict[str, Any] | None]]
# Many at once: (session, uuids, api root) → the found ones by uuid (one query, not one each).
BatchLoader = Callable[
    [AsyncSession, list[uuid.UUID], str], Awaitable[dict[uuid.UUID, dict[str, Any]]]
]


@dataclass(frozen=True, slots=True)
class LocalResource:
    """A resource this deployment serves: `{root}/{collection}/{uuid}` loaded without HTTP."""

    root: str  # e.g. "/catalogi/api/v1"
    collection: str  # e.g. "zaaktypen"
    loader: Loader
    many: BatchLoader | None = None


class BadReference(Exception):
    """A URL reference that cannot be used; carries the standard's code."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def as_param(self, name: str) -> InvalidParam:
        return InvalidParam(name, self.code, self.reason)


_UUID = r"(?P<uuid>[0-9a-fA-F-]{36})"


class UrlResolver:
    """Resolves a URL to its JSON: local resources straight from the database, others via httpx."""

    def __init__(self, settings: Settings, client: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        self._client = client
        self._local: list[tuple[re.Pattern[str], LocalResource]] = []

    def register(self, resource: LocalResource) -> None:
        pattern = re.compile(
            re.escape(resource.root.rstrip("/"))
            + "/"
            + re.escape(resource.collection)
            + "/"
            + _UUID
            + "/?$"
        )
        self._local.append((pattern, resource))

    def _local_match(self, url: str, request_base: str | None) -> tuple[str, str] | None:
        """(this deployment's base, the path of `url` below it); None for a foreign URL."""
        for base in (self.settings.base_url, request_base):
            if base and url.startswith(base + "/"):
                return base, urlsplit(url).path[len(urlsplit(base).path.rstrip("/")) :]
        return None

    def is_local(self, url: str, request_base: str | None) -> bool:
        return self._local_match(url, request_base) is not None

    async def resolve(
        self,
        session: AsyncSession,
        url: str,
        *,
        request_base: str | None = None,
        shape: Callable[[dict[str, Any]], bool] | None = None,
    ) -> dict[str, Any]:
        """The resource at `url`, or BadReference with code `bad-url` / `invalid-resource`."""
        local = self._local_match(url, request_base)
        if local is not None:
            data = await self._resolve_local(session, local[1], local[0])
        else:
            data = await self._fetch(url)
        if shape is not None and not shape(data):
            raise BadReference(
                "invalid-resource", "De URL verwijst niet naar een geldige resource."
            )
        return data

    async def resolve_many(
        self, session: AsyncSession, urls: list[str], *, request_base: str | None = None
    ) -> dict[str, dict[str, Any] | None]:
        """Each URL's resource, or None where it cannot be resolved. Local URLs of a collection
        with a batch loader come in one query per collection (`expand` without N+1)."""
        found: dict[str, dict[str, Any] | None] = {}
        batches: dict[int, tuple[LocalResource, str, dict[uuid.UUID, str]]] = {}
        for url in dict.fromkeys(urls):
            target = self._batchable(url, request_base)
            if target is None:
                try:
                    found[url] = await self.resolve(session, url, request_base=request_base)
                except BadReference:
                    found[url] = None
                continue
            resource, base, key = target
            batches.setdefault(id(resource), (resource, base, {}))[2][key] = url
        for resource, base, keys in batches.values():
            assert resource.many is not None
            loaded = await resource.many(session, list(keys), base + resource.root.rstrip("/"))
            for key, url in keys.items():
                found[url] = loaded.get(key)
        return found

    def _batchable(
        self, url: str, request_base: str | None
    ) -> tuple[LocalResource, str, uuid.UUID] | None:
        """(resource, base, uuid) when `url` is local and its collection loads in batches."""
        local = self._local_match(url, request_base)
        if local is None:
            return None
        base, path = local
        for pattern, resource in self._local:
            match = pattern.match(path)
            if match and resource.many is not None:
                try:
                    return resource, base, uuid.UUID(match["uuid"])
                except ValueError:
                    return None
        return None

    async def _resolve_local(self, session: AsyncSession, path: str, base: str) -> dict[str, Any]:
        for pattern, resource in self._local:
            # Anchored: the path right below the base must be `{root}/{collection}/{uuid}`.
            match = pattern.match(path)
            if match:
                try:
                    key = uuid.UUID(match["uuid"])
                except ValueError:
                    break
                data = await resource.loader(session, key, base + resource.root.rstrip("/"))
                if data is None:
                    break
                return data
        raise BadReference("bad-url", "De URL verwijst niet naar een bestaande resource.")

    async def check_allowed(self, url: str) -> None:
        """Refuse (BadReference `bad-url`) a URL this deployment may not call: not http(s), not on
        the allow-list, or on a private address unless `url_allow_private` (no SSRF)."""
        parts = urlsplit(url)
        referentielijsten = self.settings.referentielijsten_url
        if referentielijsten and url.startswith(referentielijsten + "/"):
            return  # the configured Referentielijsten API is trusted wherever it runs
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise BadReference("bad-url", "Geen geldige http(s)-URL.")
        allowed = {host.lower() for host in self.settings.url_allowed_hosts}  # DNS ignores case
        netloc = parts.netloc.rsplit("@", 1)[-1].lower()
        if allowed and parts.hostname.lower() not in allowed and netloc not in allowed:
            raise BadReference("bad-url", "Deze host staat niet op de lijst van toegestane hosts.")
        if self.settings.url_allow_private:
            return
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, None)
        except OSError as exc:
            raise BadReference("bad-url", "De host van de URL is onbekend.") from exc
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if not address.is_global:
                raise BadReference("bad-url", "URL's naar interne adressen zijn niet toegestaan.")

    async def _fetch(self, url: str) -> dict[str, Any]:
        data = await self.get_json(url)
        if not isinstance(data, dict):
            raise BadReference("invalid-resource", "De URL gaf geen JSON-object.")
        return data

    async def get_json(self, url: str, params: dict[str, str] | None = None) -> Any:
        """GET a foreign URL (allowed hosts only) and return its JSON, whatever its shape;
        BadReference `bad-url` when it cannot be fetched or does not answer 200."""
        if params:
            url = str(httpx.URL(url, params=params))
        response = await self._send("GET", url)
        if response.status_code != 200:
            raise BadReference("bad-url", f"De URL gaf status {response.status_code}, niet 200.")
        return _json_of(response)

    async def post_json(self, url: str, body: dict[str, Any]) -> Any:
        """POST JSON to a foreign API (allowed hosts only), e.g. a relation another registration
        must mirror (brc-006: `POST {zaak}/besluiten`); its JSON answer, or BadReference
        `bad-url` when it cannot be reached or does not answer 2xx."""
        response = await self._send("POST", url, json=body)
        if not response.is_success:
            raise BadReference("bad-url", f"De URL gaf status {response.status_code}.")
        return _json_of(response) if response.content else None

    async def delete(self, url: str) -> None:
        """DELETE a foreign resource (allowed hosts only); a 404 counts as gone.
        BadReference `bad-url` when it cannot be reached or refuses."""
        response = await self._send("DELETE", url)
        if not response.is_success and response.status_code != 404:
            raise BadReference("bad-url", f"De URL gaf status {response.status_code}.")

    async def _send(self, method: str, url: str, json: Any = None) -> httpx.Response:
        await self.check_allowed(url)
        client = self._client or httpx.AsyncClient(timeout=self.settings.url_timeout)
        try:
            return await client.request(
                method, url, json=json, headers={"Accept": "application/json"}
            )
        except httpx.HTTPError as exc:
            raise BadReference("bad-url", "De URL is niet bereikbaar.") from exc
        finally:
            if self._client is None:
                await client.aclose()


def _json_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        raise BadReference("invalid-resource", "De URL gaf geen JSON.") from exc


_UUID_IN_PATH = r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"


def uuid_from_url(url: str, collection: str) -> uuid.UUID | None:
    """The UUID of `{...}/{collection}/{uuid}`, or None when the URL has another shape."""
    match = re.search(f"/{re.escape(collection)}/{_UUID_IN_PATH}/?$", urlsplit(url).path)
    return uuid.UUID(match[1]) if match else None
