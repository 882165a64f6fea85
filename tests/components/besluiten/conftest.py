"""Fixtures of the Besluiten API tests: Catalogi types and documents made through the APIs, a
foreign Zaken API on a loopback HTTP server, the outbox."""

from __future__ import annotations

import itertools
import json
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from tests.components.besluiten import helpers as h

ReadOutbox = Callable[[], Awaitable[list[OutboxMessage]]]


class Api:
    """Writes through the APIs as one client; every create must answer 201."""

    _domeinen = itertools.count(1)

    def __init__(self, http: httpx.AsyncClient, headers: dict[str, str]) -> None:
        self.http = http
        self.headers = headers

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.http.post(path, json=body, headers=self.headers)
        assert response.status_code == 201, response.text
        return response.json()

    async def get(self, url: str, **params: Any) -> Any:
        response = await self.http.get(h.path_of(url), params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def publish(self, url: str) -> None:
        response = await self.http.post(f"{h.path_of(url)}/publish", headers=self.headers)
        assert response.status_code == 200, response.text

    async def catalogus(self) -> str:
        body = {
            "domein": f"B{next(self._domeinen) % 10000:04d}",
            "rsin": "000000000",
            "contactpersoonBeheerNaam": "Beheer",
        }
        return str((await self.post(f"{h.CATALOGI}/catalogussen", body))["url"])

    async def iotype(self, catalogus: str, omschrijving: str = "brief") -> str:
        iotype = await self.post(
            f"{h.CATALOGI}/informatieobjecttypen",
            {
                "catalogus": catalogus,
                "omschrijving": omschrijving,
                "vertrouwelijkheidaanduiding": "openbaar",
                "beginGeldigheid": "2019-01-01",
                "informatieobjectcategorie": "testcategorie",
            },
        )
        await self.publish(iotype["url"])
        return str(iotype["url"])

    async def besluittype(
        self, catalogus: str, iotypen: list[str] | None = None, *, publish: bool = True
    ) -> str:
        besluittype = await self.post(
            f"{h.CATALOGI}/besluittypen",
            {
                "catalogus": catalogus,
                "omschrijving": f"besluittype {uuid.uuid4().hex[:6]}",
                "publicatieIndicatie": False,
                "informatieobjecttypen": iotypen or [],
                "beginGeldigheid": "2019-01-01",
            },
        )
        if publish:
            await self.publish(besluittype["url"])
        return str(besluittype["url"])

    async def document(self, iotype: str) -> str:
        document = await self.post(
            f"{h.DOCUMENTEN}/enkelvoudiginformatieobjecten", h.informatieobject(iotype)
        )
        return str(document["url"])

    async def besluit(self, besluittype: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.BESLUITEN, h.besluit(besluittype, **fields))


@dataclass
class Types:
    catalogus: str
    iotype: str
    besluittype: str


@pytest.fixture
def api(client: httpx.AsyncClient, admin: dict[str, str]) -> Api:
    return Api(client, admin)


@pytest.fixture
async def types(api: Api) -> Types:
    """A catalogus with a published informatieobjecttype and a published besluittype of it."""
    catalogus = await api.catalogus()
    iotype = await api.iotype(catalogus)
    return Types(catalogus, iotype, await api.besluittype(catalogus, [iotype]))


@pytest.fixture
def outbox(database: Database) -> ReadOutbox:
    """The notifications of kanaal `besluiten`, oldest first."""

    async def read() -> list[OutboxMessage]:
        async with database.session() as session:
            query = (
                select(OutboxMessage)
                .where(OutboxMessage.kanaal == "besluiten")
                .order_by(OutboxMessage.id)
            )
            return list((await session.execute(query)).scalars())

    return read


# --- a foreign Zaken API over real HTTP ---------------------------------------------------------


@dataclass
class ForeignZaken:
    """What the loopback Zaken API serves and what it was asked."""

    base: str
    zaken: dict[str, dict[str, Any]] = field(default_factory=dict)  # path → zaak
    zaaktypen: dict[str, dict[str, Any]] = field(default_factory=dict)  # path → zaaktype
    zaakbesluiten: dict[str, dict[str, Any]] = field(default_factory=dict)  # path → zaakbesluit
    posted: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    refuse: bool = False  # answer POST …/besluiten with 400

    def zaak(self, besluittypen: list[str]) -> str:
        """A zaak whose zaaktype has these besluittypen; its URL."""
        zaaktype = f"/catalogi/api/v1/zaaktypen/{uuid.uuid4()}"
        self.zaaktypen[zaaktype] = {"url": self.base + zaaktype, "besluittypen": besluittypen}
        path = f"/zaken/api/v1/zaken/{uuid.uuid4()}"
        self.zaken[path] = {"url": self.base + path, "zaaktype": self.base + zaaktype}
        return self.base + path


def _handler(state: ForeignZaken) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in state.zaken:
                self._json(200, state.zaken[self.path])
            elif self.path in state.zaaktypen:
                self._json(200, state.zaaktypen[self.path])
            elif self.path.endswith("/besluiten"):
                zaak = state.base + self.path.removesuffix("/besluiten")
                found = [zb for zb in state.zaakbesluiten.values() if zb["_zaak"] == zaak]
                self._json(200, [{k: v for k, v in zb.items() if k != "_zaak"} for zb in found])
            else:
                self._json(404, {"detail": "niet gevonden"})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            zaak_path = self.path.removesuffix("/besluiten")
            state.posted.append((self.path, body))
            if state.refuse or zaak_path not in state.zaken:
                self._json(400, {"code": "invalid"})
                return
            path = f"{self.path}/{uuid.uuid4()}"
            state.zaakbesluiten[path] = {
                "url": state.base + path,
                "uuid": path.rsplit("/", 1)[-1],
                "besluit": body["besluit"],
                "_zaak": state.base + zaak_path,
            }
            self._json(201, {"url": state.base + path, "besluit": body["besluit"]})

        def do_DELETE(self) -> None:
            state.deleted.append(self.path)
            if state.zaakbesluiten.pop(self.path, None) is None:
                self._json(404, {"detail": "niet gevonden"})
            else:
                self.send_response(204)
                self.end_headers()

        def _json(self, status: int, data: Any) -> None:
            payload = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def foreign_zaken() -> Iterator[ForeignZaken]:
    """A Zaken API of another deployment on 127.0.0.1 (settings allow loopback in tests)."""
    state = ForeignZaken(base="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
