"""Fixtures of the Zaken API tests: a writer that builds published zaaktypen (through the
Catalogi API), zaken and documents; a loopback server for foreign resources; the outbox.

Selectielijst URLs come from the Catalogi tests' Referentielijsten server (shared fixture).
"""

from __future__ import annotations

import itertools
import json
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import select

from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from tests.components.catalogi import conftest as catalogi_fixtures
from tests.components.catalogi import helpers as ztc
from tests.components.catalogi.conftest import Catalogi, Selectielijst
from tests.components.documenten import helpers as drc
from tests.components.zaken import helpers as h

ReadOutbox = Callable[[], Awaitable[list[OutboxMessage]]]

# The session's Referentielijsten server, shared with the Catalogi tests.
selectielijst = catalogi_fixtures.selectielijst


# --- foreign resources over real HTTP ----------------------------------------------------------


class _Foreign(BaseHTTPRequestHandler):
    """`/html` → 200 HTML; a path registered in `resources` → its JSON; anything else → 404."""

    resources: ClassVar[dict[str, Any]] = {}

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/html":
            self._answer(200, "text/html", b"<html></html>")
        elif path in self.resources:
            self._answer(200, "application/json", json.dumps(self.resources[path]).encode())
        else:
            self._answer(404, "text/html", b"<html>Niet gevonden</html>")

    def _answer(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass(frozen=True)
class Foreign:
    """A loopback API of another organisation: serve any JSON object at a fresh URL."""

    base: str

    def serve(self, collection: str, **data: Any) -> str:
        path = f"/api/v1/{collection}/{uuid.uuid4()}"
        url = self.base + path
        _Foreign.resources[path] = {"url": url, **data}
        return url

    def serve_raw(self, data: Any) -> str:
        path = f"/raw/{uuid.uuid4()}"
        _Foreign.resources[path] = data
        return self.base + path

    @property
    def missing(self) -> str:
        return f"{self.base}/api/v1/niets/{uuid.uuid4()}"

    @property
    def html(self) -> str:
        return f"{self.base}/html"


@pytest.fixture(scope="session")
def foreign() -> Iterator[Foreign]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Foreign)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Foreign(f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- writing through the APIs ------------------------------------------------------------------


@dataclass(frozen=True)
class Types:
    """A published zaaktype and the types that belong to it."""

    zaaktype: str
    begin: str  # statustype volgnummer 1
    eind: str  # statustype volgnummer 2 (the eindstatus)
    roltype: str
    resultaattype: str
    eigenschap: str
    iotype: str  # a published informatieobjecttype the zaaktype lists
    catalogus: str


class Zaken:
    """Writes through the APIs as one client; every create must answer 201."""

    _identificaties = itertools.count(1)

    def __init__(
        self, http: httpx.AsyncClient, headers: dict[str, str], selectielijst: Selectielijst
    ) -> None:
        self.http = http
        self.headers = h.crs(headers)
        self.selectielijst = selectielijst
        self.catalogi = Catalogi(http, headers, selectielijst)

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.http.post(h.path_of(path), json=body, headers=self.headers)
        assert response.status_code == 201, response.text
        return response.json()

    async def get(self, url: str, **params: Any) -> Any:
        """The 200 JSON body: an object, or a list for the unpaginated collections."""
        response = await self.http.get(h.path_of(url), params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def patch(self, url: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.http.patch(h.path_of(url), json=body, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def delete(self, url: str) -> None:
        response = await self.http.delete(h.path_of(url), headers=self.headers)
        assert response.status_code == 204, response.text

    def resultaattype_body(
        self, zaaktype: str, afleidingswijze: str, **brondatum: Any
    ) -> dict[str, Any]:
        """A resultaattype whose selectielijstklasse fits the afleidingswijze (ztc-003)."""
        procestermijn = {
            "afgehandeld": "nihil",
            "termijn": "ingeschatte_bestaansduur_procesobject",
        }.get(afleidingswijze, "vast_te_leggen_datum")
        return ztc.resultaattype(
            zaaktype,
            self.selectielijst.omschrijving["url"],
            self.selectielijst.resultaat(procestermijn)["url"],
            archiefnominatie="vernietigen",
            archiefactietermijn="P10Y",
            brondatumArchiefprocedure=ztc.brondatum(afleidingswijze, **brondatum),
        )

    async def types(
        self,
        *,
        publish: bool = True,
        afleidingswijze: str = "afgehandeld",
        brondatum: dict[str, Any] | None = None,
        eigenschap_naam: str = "test eigenschap",
        **fields: Any,
    ) -> Types:
        """A zaaktype with a begin and an eind statustype, a roltype, a resultaattype, an
        eigenschap and a (published) informatieobjecttype; published unless told otherwise."""
        catalogus = (await self.catalogi.catalogus())["url"]
        iotype = await self.catalogi.informatieobjecttype(catalogus)
        await self.catalogi.publish(iotype["url"])
        identificatie = f"ZT-{next(self._identificaties)}"
        zaaktype = (
            await self.catalogi.zaaktype(
                catalogus, identificatie=identificatie, eindeGeldigheid=None, **fields
            )
        )["url"]
        begin = await self.catalogi.statustype(zaaktype, volgnummer=1, omschrijving="Begin")
        eind = await self.catalogi.statustype(zaaktype, volgnummer=2, omschrijving="Eind")
        roltype = await self.catalogi.roltype(zaaktype)
        resultaattype = await self.catalogi.post(
            ztc.RESULTAATTYPEN,
            self.resultaattype_body(zaaktype, afleidingswijze, **(brondatum or {})),
        )
        eigenschap = await self.catalogi.eigenschap(zaaktype, naam=eigenschap_naam)
        await self.catalogi.ziot(zaaktype, iotype["url"])
        if publish:
            await self.catalogi.publish(zaaktype)
        return Types(
            zaaktype=zaaktype,
            begin=begin["url"],
            eind=eind["url"],
            roltype=roltype["url"],
            resultaattype=resultaattype["url"],
            eigenschap=eigenschap["url"],
            iotype=iotype["url"],
            catalogus=catalogus,
        )

    async def zaak(self, zaaktype: str, **fields: Any) -> dict[str, Any]:
        return await self.post(h.ZAKEN, h.zaak(zaaktype, **fields))

    async def document(self, iotype: str, **fields: Any) -> dict[str, Any]:
        return await self.post(drc.EIO, drc.informatieobject(iotype, **fields))

    async def relate(self, zaak_url: str, document_url: str) -> dict[str, Any]:
        return await self.post(h.ZIO, {"zaak": zaak_url, "informatieobject": document_url})

    async def status(
        self, zaak_url: str, statustype: str, datum: str = "2020-01-15T10:00:00Z"
    ) -> dict[str, Any]:
        return await self.post(
            h.STATUSSEN, {"zaak": zaak_url, "statustype": statustype, "datumStatusGezet": datum}
        )

    async def resultaat(self, zaak_url: str, resultaattype: str) -> dict[str, Any]:
        return await self.post(h.RESULTATEN, {"zaak": zaak_url, "resultaattype": resultaattype})

    async def close(
        self, zaak_url: str, types: Types, datum: str = "2020-01-15T10:00:00Z"
    ) -> dict[str, Any]:
        """A resultaat and the eindstatus; the closed zaak as it reads afterwards."""
        await self.resultaat(zaak_url, types.resultaattype)
        await self.status(zaak_url, types.eind, datum)
        return await self.get(zaak_url)


@pytest.fixture
def api(client: httpx.AsyncClient, admin: dict[str, str], selectielijst: Selectielijst) -> Zaken:
    """Writes as the superuser."""
    return Zaken(client, admin, selectielijst)


@pytest.fixture
async def types(api: Zaken) -> Types:
    """A published zaaktype (openbaar) with its types."""
    return await api.types()


@pytest.fixture
async def zaak(api: Zaken, types: Types) -> dict[str, Any]:
    """An open zaak of `types.zaaktype`."""
    return await api.zaak(types.zaaktype)


@pytest.fixture
def outbox(database: Database) -> ReadOutbox:
    """Every committed outbox row, oldest first."""

    async def read() -> list[OutboxMessage]:
        async with database.session() as session:
            query = select(OutboxMessage).order_by(OutboxMessage.id)
            return list((await session.execute(query)).scalars())

    return read
