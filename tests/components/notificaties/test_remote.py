"""Remote mode (FUNDAMENT_NOTIFICATIES_URL): the outbox is forwarded to another NRC — a real
HTTP server on 127.0.0.1 here — with a fresh JWT per request, until it accepts each one."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import jwt
import pytest

from fundament.common.component import Kanaal
from fundament.common.outbox import FORWARDED, PENDING
from tests.components.notificaties.conftest import Clock, DispatcherFactory, Store
from tests.components.notificaties.subscriber import CLOSE, Behaviour, Receiver

APPLICATIES = "/autorisaties/api/v1/applicaties"
CLIENT_ID, SECRET = "fundament-zrc", "remote-secret"
AUTORISATIES = Kanaal("autorisaties", "https://example.com/ac", ())


class FakeNrc(Receiver):
    """A Notificaties API that knows no kanalen and answers as scripted."""

    def respond(self, handler: BaseHTTPRequestHandler, behaviour: Behaviour) -> None:
        if not (isinstance(behaviour, int) and 200 <= behaviour < 300):
            super().respond(handler, behaviour)
            return
        body = b"[]" if handler.command == "GET" else b"{}"
        handler.send_response(behaviour)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)


@pytest.fixture
def nrc() -> Any:
    running = FakeNrc().start()
    running.answer("/api/v1/kanaal", then=200)
    running.answer("/api/v1/notificaties", then=201)
    yield running
    running.stop()


def remote(nrc: FakeNrc) -> dict[str, Any]:
    return {
        "notificaties_url": nrc.url("/api/v1"),
        "notificaties_client_id": CLIENT_ID,
        "notificaties_secret": SECRET,
    }


async def write(client: httpx.AsyncClient, admin: dict[str, str], n: int) -> list[str]:
    """n Applicatie writes, each leaving an outbox row on kanaal `autorisaties`."""
    urls = []
    for i in range(n):
        body = {"clientIds": [f"remote-{i}"], "label": "x", "heeftAlleAutorisaties": True}
        response = await client.post(APPLICATIES, json=body, headers=admin)
        assert response.status_code == 201
        urls.append(response.json()["url"])
    return urls


def client_of(authorization: str | None) -> str:
    """The client id of a valid JWT signed with the configured secret."""
    assert authorization and authorization.startswith("Bearer ")
    claims = jwt.decode(authorization.removeprefix("Bearer "), SECRET, algorithms=["HS256"])
    assert claims["iat"]
    return str(claims["client_id"])


async def test_outbox_is_forwarded_in_order_and_retried_until_accepted(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    nrc: FakeNrc,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
):
    nrc.answer("/api/v1/notificaties", CLOSE, 503, then=201)
    urls = await write(client, admin, 3)
    async with dispatcher(kanalen=[AUTORISATIES], **remote(nrc)) as running:
        await running.run_once()
        first, *others = await store.outbox("autorisaties")
        assert (first.status, first.attempts) == (PENDING, 1)
        assert first.last_error
        # The NRC is unreachable: the rest waits too, so the order holds.
        assert [(o.status, o.attempts) for o in others] == [(PENDING, 0)] * 2
        clock.advance(1)
        await running.run_once()
        clock.advance(1)
        await running.run_once()
    rows = await store.outbox("autorisaties")
    assert [(r.status, r.attempts) for r in rows] == [
        (FORWARDED, 2),
        (FORWARDED, 0),
        (FORWARDED, 0),
    ]
    assert rows[0].last_error == "HTTP 503"
    posted = nrc.requests("/api/v1/notificaties")
    assert [r.body["resourceUrl"] for r in posted] == [urls[0]] * 3 + urls[1:]
    assert [r.body for r in posted if r.accepted] == [row.as_notificatie() for row in rows]
    assert {client_of(r.authorization) for r in posted} == {CLIENT_ID}
    assert await store.deliveries() == []  # nothing routed locally


async def test_missing_kanalen_are_registered_at_the_remote_nrc(
    nrc: FakeNrc, dispatcher: DispatcherFactory
):
    zaken = Kanaal("zaken", "https://example.com/zaken", ("bronorganisatie",))
    async with dispatcher(kanalen=[AUTORISATIES, zaken], **remote(nrc)) as running:
        await running.run_once()
        await running.run_once()
    asked = [r.target for r in nrc.requests("/api/v1/kanaal") if r.method == "GET"]
    assert asked == ["/api/v1/kanaal?naam=autorisaties", "/api/v1/kanaal?naam=zaken"]  # once
    created = [r.body for r in nrc.requests("/api/v1/kanaal") if r.method == "POST"]
    assert created == [
        {"naam": "autorisaties", "documentatieLink": "https://example.com/ac", "filters": []},
        {
            "naam": "zaken",
            "documentatieLink": "https://example.com/zaken",
            "filters": ["bronorganisatie"],
        },
    ]
    assert {client_of(r.authorization) for r in nrc.requests("/api/v1/kanaal")} == {CLIENT_ID}


async def test_a_refused_notificatie_does_not_hold_back_the_others(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    nrc: FakeNrc,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
):
    nrc.answer("/api/v1/notificaties", 400, then=201)
    await write(client, admin, 3)
    async with dispatcher(**remote(nrc)) as running:
        await running.run_once()
        assert [r.status for r in await store.outbox("autorisaties")] == [
            PENDING,
            FORWARDED,
            FORWARDED,
        ]
        clock.advance(1)
        await running.run_once()
    assert {r.status for r in await store.outbox("autorisaties")} == {FORWARDED}


async def test_an_unreachable_remote_nrc_never_fails_a_write(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    nrc: FakeNrc,
    dispatcher: DispatcherFactory,
    store: Store,
):
    nrc.stop()
    urls = await write(client, admin, 2)
    async with dispatcher(kanalen=[AUTORISATIES], **remote(nrc)) as running:
        await running.run_once()
    assert len(urls) == 2
    assert [r.status for r in await store.outbox("autorisaties")] == [PENDING, PENDING]
