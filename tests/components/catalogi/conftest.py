"""Fixtures of the Catalogi API tests: the selectielijst servers, a writer helper, clients, outbox.

Selectielijst URLs are fetched over real HTTP: from the local Referentielijsten server (started
once per session) and, for URLs that are no valid resource, from a tiny loopback server.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from tests.components.catalogi import helpers as h
from tests.conformance.referentielijsten import Referentielijsten  # the only import of it
from tests.conftest import Clients

ReadOutbox = Callable[[], Awaitable[list[OutboxMessage]]]


# --- selectielijst -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Selectielijst:
    """What the tests need from the Referentielijsten server, read from it as a client would."""

    api_url: str
    resultaten: list[dict[str, Any]]
    omschrijvingen: list[dict[str, Any]]

    def resultaat(self, procestermijn: str) -> dict[str, Any]:
        """The first selectielijst resultaat with this procestermijn (as the suite picks them)."""
        return next(r for r in self.resultaten if r["procestermijn"] == procestermijn)

    def resultaat_of_other_procestype(self, resultaat: dict[str, Any]) -> dict[str, Any]:
        return next(r for r in self.resultaten if r["procesType"] != resultaat["procesType"])

    @property
    def omschrijving(self) -> dict[str, Any]:
        return self.omschrijvingen[0]

    @property
    def klasse(self) -> dict[str, Any]:
        """The suite's default `selectielijstklasse` (procestermijn vast_te_leggen_datum)."""
        return self.resultaat("vast_te_leggen_datum")


def _read_selectielijst(api_url: str) -> Selectielijst:
    resultaten: list[dict[str, Any]] = []
    with httpx.Client(timeout=10) as http:
        url: str | None = f"{api_url}/resultaten"
        while url:
            page = http.get(url).raise_for_status().json()
            resultaten += page["results"]
            url = page["next"]
        omschrijvingen = http.get(f"{api_url}/resultaattypeomschrijvingen").raise_for_status()
    return Selectielijst(api_url, resultaten, omschrijvingen.json())


@pytest.fixture(scope="session")
def selectielijst() -> Iterator[Selectielijst]:
    server = Referentielijsten().start()
    try:
        yield _read_selectielijst(server.api_url)
    finally:
        server.stop()


class _Elsewhere(BaseHTTPRequestHandler):
    """`/html` → 200 text/html; `/json` → 200 with a JSON object of no known shape; else 404."""

    def do_GET(self) -> None:
        if self.path == "/html":
            self._answer(200, "text/html; charset=utf-8", b"<html><body>Hallo</body></html>")
        elif self.path == "/json":
            self._answer(200, "application/json", b'{"detail": "iets anders"}')
        else:
            self._answer(404, "text/html; charset=utf-8", b"<html>Niet gevonden</html>")

    def _answer(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def elsewhere() -> Iterator[str]:
    """Base URL of a loopback server whose pages are no Referentielijsten resource."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Elsewhere)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- writing through the API -------------------------------------------------------------------


class Catalogi:
    """Creates Catalogi resources through the API as one client; every create must answer 201."""

    _domeinen = itertools.count(1)

    def __init__(
        self, http: httpx.AsyncClient, headers: dict[str, str], selectielijst: Selectielijst
    ) -> None:
        self.http = http
        self.headers = headers
        self.selectielijst = selectielijst

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.http.post(path, json=body, headers=self.headers)
        assert response.status_code == 201, response.text
        return response.json()

    async def get(self, url: str) -> dict[str, Any]:
        response = await self.http.get(h.path_of(url), headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def publish(self, url: str) -> dict[str, Any]:
        response = await self.http.post(f"{h.path_of(url)}/publish", headers=self.headers)
        assert response.status_code == 200, response.text
        assert response.json()["concept"] is False
        return response.json()

    async def catalogus(self, **fields: Any) -> dict[str, Any]:
        domein = fields.pop("domein", None) or f"D{next(self._domeinen) % 10000:04d}"
        return await self.post(h.CATALOGUSSEN, h.catalogus(domein, **fields))

    async def zaaktype(self, catalogus_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.ZAAKTYPEN, h.zaaktype(catalogus_url, **fields))

    async def informatieobjecttype(self, catalogus_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(
            h.INFORMATIEOBJECTTYPEN, h.informatieobjecttype(catalogus_url, **fields)
        )

    async def besluittype(self, catalogus_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.BESLUITTYPEN, h.besluittype(catalogus_url, **fields))

    async def statustype(self, zaaktype_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.STATUSTYPEN, h.statustype(zaaktype_url, **fields))

    async def roltype(self, zaaktype_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.ROLTYPEN, h.roltype(zaaktype_url, **fields))

    async def eigenschap(self, zaaktype_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.EIGENSCHAPPEN, h.eigenschap(zaaktype_url, **fields))

    def resultaattype_body(self, zaaktype_url: str, **fields: Any) -> dict[str, Any]:
        return h.resultaattype(
            zaaktype_url,
            self.selectielijst.omschrijving["url"],
            self.selectielijst.klasse["url"],
            **fields,
        )

    async def resultaattype(self, zaaktype_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.RESULTAATTYPEN, self.resultaattype_body(zaaktype_url, **fields))

    async def zaakobjecttype(self, zaaktype_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.ZAAKOBJECTTYPEN, h.zaakobjecttype(zaaktype_url, **fields))

    async def ziot(self, zaaktype_url: str, iot_url: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.ZIOTS, h.ziot(zaaktype_url, iot_url, **fields))


@pytest.fixture
def api(client: httpx.AsyncClient, admin: dict[str, str], selectielijst: Selectielijst) -> Catalogi:
    """Writes as the superuser."""
    return Catalogi(client, admin, selectielijst)


@pytest.fixture
async def catalogus(api: Catalogi) -> dict[str, Any]:
    return await api.catalogus()


@pytest.fixture
async def zaaktype(api: Catalogi, catalogus: dict[str, Any]) -> dict[str, Any]:
    """A concept zaaktype in `catalogus`."""
    return await api.zaaktype(catalogus["url"])


# --- clients and the outbox --------------------------------------------------------------------


@pytest.fixture
async def writer(clients: Clients, admin: dict[str, str]) -> dict[str, str]:
    """The suite's limited client: `catalogi.lezen` and `catalogi.schrijven`, nothing forced."""
    return await clients.with_autorisaties("ztc-writer", [h.ztc(h.LEZEN, h.SCHRIJVEN)], admin)


@pytest.fixture
async def forcer(clients: Clients, admin: dict[str, str]) -> dict[str, str]:
    """A client with both `geforceerd` scopes besides reading and writing."""
    scopes = (h.LEZEN, h.SCHRIJVEN, h.GEFORCEERD_SCHRIJVEN, h.GEFORCEERD_VERWIJDEREN)
    return await clients.with_autorisaties("ztc-forcer", [h.ztc(*scopes)], admin)


@pytest.fixture
def outbox(database: Database) -> ReadOutbox:
    """Every committed outbox row, oldest first."""

    async def read() -> list[OutboxMessage]:
        async with database.session() as session:
            query = select(OutboxMessage).order_by(OutboxMessage.id)
            return list((await session.execute(query)).scalars())

    return read
