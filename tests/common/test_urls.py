"""Resolving URL references: local resources from the database, foreign ones over real HTTP."""

from __future__ import annotations

import json
import socket
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.db import Database
from fundament.common.urls import BadReference, LocalResource, UrlResolver
from fundament.settings import Settings


class Remote:
    """A real HTTP server on 127.0.0.1 serving the answers a foreign API might give."""

    ROUTES: dict[str, tuple[int, str, bytes]] = {
        "/object": (200, "application/json", json.dumps({"url": "x", "naam": "ding"}).encode()),
        "/array": (200, "application/json", b"[1, 2, 3]"),
        "/html": (200, "text/html", b"<html>niet json</html>"),
        "/missing": (404, "application/json", b'{"detail": "Niet gevonden."}'),
        "/redirect": (302, "text/plain", b""),
    }

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.release = threading.Event()
        remote = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                remote.requests.append(self.path)
                if self.path == "/slow":
                    remote.release.wait(timeout=30)
                    status, kind, body = 200, "application/json", b"{}"
                else:
                    status, kind, body = remote.ROUTES.get(self.path, (404, "text/plain", b""))
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                if status == 302:
                    self.send_header("Location", "/object")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


@pytest.fixture(scope="module")
def remote() -> Iterator[Remote]:
    server = Remote()
    server.thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture
async def session(database: Database) -> AsyncIterator[AsyncSession]:
    async with database.session() as db_session:
        yield db_session


def resolver(**settings: Any) -> UrlResolver:
    defaults: dict[str, Any] = {
        "url_allow_private": True,
        "url_allowed_hosts": [],
        "base_url": None,
        "url_timeout": 5.0,
    }
    return UrlResolver(Settings(**{**defaults, **settings}))


async def bad(session: AsyncSession, resolver: UrlResolver, url: str, **kwargs: Any) -> str:
    """Resolve a URL that must fail; return the BadReference code."""
    with pytest.raises(BadReference) as raised:
        await resolver.resolve(session, url, **kwargs)
    return raised.value.code


# --- foreign URLs over HTTP --------------------------------------------------------------------


async def test_json_object_resolves(session: AsyncSession, remote: Remote):
    data = await resolver().resolve(session, remote.url("/object"))
    assert data == {"url": "x", "naam": "ding"}


async def test_shared_http_client_is_used_when_given(session: AsyncSession, remote: Remote):
    async with httpx.AsyncClient(timeout=5) as http:
        shared = UrlResolver(Settings(url_allow_private=True, url_allowed_hosts=[]), http)
        assert await shared.resolve(session, remote.url("/object")) == {"url": "x", "naam": "ding"}
        assert not http.is_closed


async def test_not_found_is_bad_url(session: AsyncSession, remote: Remote):
    assert await bad(session, resolver(), remote.url("/missing")) == "bad-url"


async def test_redirect_is_not_followed(session: AsyncSession, remote: Remote):
    assert await bad(session, resolver(), remote.url("/redirect")) == "bad-url"


@pytest.mark.parametrize("path", ["/html", "/array"])
async def test_non_object_answer_is_invalid_resource(
    session: AsyncSession, remote: Remote, path: str
):
    assert await bad(session, resolver(), remote.url(path)) == "invalid-resource"


async def test_unreachable_port_is_bad_url(session: AsyncSession):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # The socket is closed again, so nothing listens there.
    assert await bad(session, resolver(), f"http://127.0.0.1:{port}/object") == "bad-url"


async def test_timeout_is_bad_url(session: AsyncSession, remote: Remote):
    slow = resolver(url_timeout=0.2)
    assert await bad(session, slow, remote.url("/slow")) == "bad-url"


async def test_shape_check_failure_is_invalid_resource(session: AsyncSession, remote: Remote):
    code = await bad(session, resolver(), remote.url("/object"), shape=lambda d: "zaaktype" in d)
    assert code == "invalid-resource"
    data = await resolver().resolve(session, remote.url("/object"), shape=lambda d: "naam" in d)
    assert data["naam"] == "ding"


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/object", "http:///object", "not a url"])
async def test_non_http_url_is_bad_url(session: AsyncSession, url: str):
    assert await bad(session, resolver(), url) == "bad-url"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_loopback_is_refused_unless_allowed(session: AsyncSession, remote: Remote, host: str):
    before = len(remote.requests)
    strict = resolver(url_allow_private=False)
    assert await bad(session, strict, remote.url("/object", host)) == "bad-url"
    assert len(remote.requests) == before  # refused before any request was sent


@pytest.mark.parametrize(
    "url", ["http://10.1.2.3/zaaktypen/1", "http://192.168.0.1/x", "http://[::1]/x"]
)
async def test_private_addresses_are_refused(session: AsyncSession, url: str):
    assert await bad(session, resolver(url_allow_private=False), url) == "bad-url"


async def test_host_not_on_allow_list_is_refused(session: AsyncSession, remote: Remote):
    before = len(remote.requests)
    listed = resolver(url_allowed_hosts="zgw.example.nl")
    assert await bad(session, listed, remote.url("/object")) == "bad-url"
    assert len(remote.requests) == before


async def test_host_on_allow_list_resolves(session: AsyncSession, remote: Remote):
    by_host = resolver(url_allowed_hosts="zgw.example.nl,127.0.0.1")
    assert (await by_host.resolve(session, remote.url("/object")))["naam"] == "ding"
    by_port = resolver(url_allowed_hosts=f"127.0.0.1:{remote.port}")
    assert (await by_port.resolve(session, remote.url("/object")))["naam"] == "ding"


async def test_allow_list_entry_with_port_allows_only_that_port(
    session: AsyncSession, remote: Remote
):
    other_port = resolver(url_allowed_hosts=f"127.0.0.1:{remote.port + 1}")
    assert await bad(session, other_port, remote.url("/object")) == "bad-url"


async def test_allow_list_is_case_insensitive(session: AsyncSession, remote: Remote):
    listed = resolver(url_allowed_hosts="LOCALHOST")
    assert (await listed.resolve(session, remote.url("/object", "LocalHost")))["naam"] == "ding"


# --- local URLs, straight from the database ----------------------------------------------------

ROOT = "/test/api/v1"
KNOWN = uuid.UUID("b34f44b6-5eb7-45b0-b66b-98db8525cd3d")  # fixed: test ids must match per worker


class Loader:
    """A LocalResource loader that answers from the database and remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[uuid.UUID] = []
        self.roots: list[str] = []

    async def __call__(
        self, session: AsyncSession, key: uuid.UUID, api_root: str
    ) -> dict[str, Any] | None:
        self.calls.append(key)
        self.roots.append(api_root)
        if key != KNOWN:
            return None
        answer = (await session.execute(text("SELECT 41 + 1"))).scalar_one()
        return {"uuid": str(key), "antwoord": answer}


@pytest.fixture
def loader() -> Loader:
    return Loader()


def local_resolver(loader: Loader, **settings: Any) -> UrlResolver:
    # url_allow_private=False: any attempt at HTTP to these hosts would be refused as bad-url.
    local = resolver(url_allow_private=False, url_allowed_hosts="nergens.invalid", **settings)
    local.register(LocalResource(ROOT, "dingen", loader))
    return local


async def test_url_under_request_base_is_loaded_locally(session: AsyncSession, loader: Loader):
    url = f"http://testserver{ROOT}/dingen/{KNOWN}"
    data = await local_resolver(loader).resolve(session, url, request_base="http://testserver")
    assert data == {"uuid": str(KNOWN), "antwoord": 42}
    assert loader.calls == [KNOWN]
    assert loader.roots == [f"http://testserver{ROOT}"]


async def test_url_under_base_url_setting_is_loaded_locally(session: AsyncSession, loader: Loader):
    local = local_resolver(loader, base_url="https://zgw.gemeente.example")
    data = await local.resolve(session, f"https://zgw.gemeente.example{ROOT}/dingen/{KNOWN}/")
    assert data["antwoord"] == 42
    assert loader.calls == [KNOWN]
    assert loader.roots == [f"https://zgw.gemeente.example{ROOT}"]


async def test_unknown_local_object_is_bad_url(session: AsyncSession, loader: Loader):
    other = uuid.uuid4()
    url = f"http://testserver{ROOT}/dingen/{other}"
    local = local_resolver(loader)
    assert await bad(session, local, url, request_base="http://testserver") == "bad-url"
    assert loader.calls == [other]


@pytest.mark.parametrize("path", [f"{ROOT}/anders/{KNOWN}", f"{ROOT}/dingen/geen-uuid", ROOT])
async def test_unregistered_local_path_is_bad_url(session: AsyncSession, loader: Loader, path: str):
    url = f"http://testserver{path}"
    local = local_resolver(loader)
    assert await bad(session, local, url, request_base="http://testserver") == "bad-url"
    assert loader.calls == []


async def test_local_shape_check_failure_is_invalid_resource(session: AsyncSession, loader: Loader):
    url = f"http://testserver{ROOT}/dingen/{KNOWN}"
    code = await bad(
        session,
        local_resolver(loader),
        url,
        request_base="http://testserver",
        shape=lambda d: "zaaktype" in d,
    )
    assert code == "invalid-resource"


async def test_same_path_on_another_host_is_not_local(session: AsyncSession, loader: Loader):
    url = f"http://elders.example{ROOT}/dingen/{KNOWN}"
    local = local_resolver(loader)
    assert await bad(session, local, url, request_base="http://testserver") == "bad-url"
    assert loader.calls == []


@pytest.mark.parametrize(
    "path",
    [f"/iets{ROOT}/dingen/{KNOWN}", f"/{ROOT}/dingen/{KNOWN}", f"//elders{ROOT}/dingen/{KNOWN}"],
)
async def test_local_path_must_start_right_below_the_base(
    session: AsyncSession, loader: Loader, path: str
):
    url = f"http://testserver{path}"
    local = local_resolver(loader)
    assert await bad(session, local, url, request_base="http://testserver") == "bad-url"
    assert loader.calls == []


async def test_base_url_with_a_path_prefix_is_local(session: AsyncSession, loader: Loader):
    local = local_resolver(loader, base_url="https://gemeente.example/fundament")
    data = await local.resolve(session, f"https://gemeente.example/fundament{ROOT}/dingen/{KNOWN}")
    assert data["antwoord"] == 42
