"""Fixtures of the Documenten API tests: a published informatieobjecttype, a writer helper,
small bestandsdelen, loopback servers for foreign URLs, the outbox."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Awaitable, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from fundament.settings import Settings
from tests.components.documenten import helpers as h

ReadOutbox = Callable[[], Awaitable[list[OutboxMessage]]]
PART_SIZE = 1000  # bytes per bestandsdeel in these tests


@pytest.fixture
def settings(database: Database, tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=database.url,
        url_allow_private=True,
        demo_client=False,
        documenten_part_size=PART_SIZE,
    )


class Documenten:
    """Writes through the APIs as one client; every create must answer 201."""

    _domeinen = itertools.count(1)

    def __init__(self, http: httpx.AsyncClient, headers: dict[str, str]) -> None:
        self.http = http
        self.headers = headers

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.http.post(path, json=body, headers=self.headers)
        assert response.status_code == 201, response.text
        return response.json()

    async def iotype(self, *, publish: bool = True, **fields: Any) -> str:
        catalogus = await self.post(
            f"{h.CATALOGI}/catalogussen",
            {
                "domein": f"D{next(self._domeinen) % 10000:04d}",
                "rsin": "000000000",
                "contactpersoonBeheerNaam": "Beheer",
            },
        )
        iotype = await self.post(
            f"{h.CATALOGI}/informatieobjecttypen",
            {
                "catalogus": catalogus["url"],
                "omschrijving": "brief",
                "vertrouwelijkheidaanduiding": "openbaar",
                "beginGeldigheid": "2019-01-01",
                "informatieobjectcategorie": "testcategorie",
                **fields,
            },
        )
        if publish:
            published = await self.http.post(
                f"{h.path_of(iotype['url'])}/publish", headers=self.headers
            )
            assert published.status_code == 200, published.text
        return str(iotype["url"])

    async def create(self, iotype: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.EIO, h.informatieobject(iotype, **fields))

    async def lock(self, url: str) -> str:
        response = await self.http.post(f"{h.path_of(url)}/lock", headers=self.headers)
        assert response.status_code == 200, response.text
        return str(response.json()["lock"])

    async def unlock(self, url: str, lock: str) -> None:
        response = await self.http.post(
            f"{h.path_of(url)}/unlock", json={"lock": lock}, headers=self.headers
        )
        assert response.status_code == 204, response.text

    async def get(self, url: str, **params: Any) -> dict[str, Any]:
        response = await self.http.get(h.path_of(url), params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def download(self, url: str, **params: Any) -> bytes:
        response = await self.http.get(
            f"{h.path_of(url)}/download", params=params, headers=self.headers
        )
        assert response.status_code == 200, response.text
        return response.content


@pytest.fixture
def api(client: httpx.AsyncClient, admin: dict[str, str]) -> Documenten:
    """Writes as the superuser."""
    return Documenten(client, admin)


@pytest.fixture
async def iotype(api: Documenten) -> str:
    """A published informatieobjecttype (vertrouwelijkheidaanduiding openbaar)."""
    return await api.iotype()


@pytest.fixture
async def document(api: Documenten, iotype: str) -> dict[str, Any]:
    """A document of six bytes ("string")."""
    return await api.create(iotype)


@pytest.fixture
def outbox(database: Database) -> ReadOutbox:
    async def read() -> list[OutboxMessage]:
        async with database.session() as session:
            query = select(OutboxMessage).order_by(OutboxMessage.id)
            return list((await session.execute(query)).scalars())

    return read


# --- foreign APIs over real HTTP ----------------------------------------------------------------


class ForeignApis(BaseHTTPRequestHandler):
    """A loopback server: `/html` (200, HTML), `/json` (200, no known shape), `/zaken/api/v1/…`
    (zaken and zaakinformatieobjecten from `ZAKEN` / `RELATIONS`), `/besluiten/api/v1/…`."""

    zaken: dict[str, dict[str, Any]] = {}
    relations: set[tuple[str, str]] = set()  # (object URL, informatieobject URL)

    def do_GET(self) -> None:
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if parts.path == "/html":
            self._answer(200, b"<html></html>", "text/html")
        elif parts.path == "/json":
            self._json({"detail": "iets anders"})
        elif base + parts.path in self.zaken:
            self._json(self.zaken[base + parts.path])
        elif "/kapot/" in parts.path and parts.path.endswith("informatieobjecten"):
            self._answer(500, b"stuk", "text/plain")
        elif parts.path.endswith(("/zaakinformatieobjecten", "/besluitinformatieobjecten")):
            kind = "zaak" if "zaakinformatie" in parts.path else "besluit"
            key = (query.get(kind, ""), query.get("informatieobject", ""))
            self._json([{"url": f"{base}/relatie"}] if key in self.relations else [])
        else:
            self._answer(404, b"<html>Niet gevonden</html>", "text/html")

    def _json(self, data: Any) -> None:
        import json

        self._answer(200, json.dumps(data).encode(), "application/json")

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def foreign() -> Iterator[str]:
    """Base URL of the loopback server of foreign APIs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), ForeignApis)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
