"""Who may call Klantinteracties (a token, or a ZGW JWT with heeftAlleAutorisaties), and what
each change records: an audit-trail row and a notification without personal data."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from fundament.common import apitokens
from fundament.common.audit import AuditTrail
from fundament.common.db import Database
from tests.components.klantinteracties import helpers as h
from tests.components.klantinteracties.conftest import ReadOutbox
from tests.conftest import Clients


async def test_without_a_token_it_is_401(client: httpx.AsyncClient):
    for path in ("/klantinteracties/api/v1/partijen", "/contactgegevens/api/v1/persoon"):
        response = await client.get(path)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Token"
        assert response.json()["code"] == "not_authenticated"
    response = await client.get(
        "/klantinteracties/api/v1/partijen", headers={"Authorization": "Token onzin"}
    )
    assert response.status_code == 401


async def test_a_token_for_another_component_is_403(client: httpx.AsyncClient, database: Database):
    async with database.session() as session:
        key = await apitokens.add_token(session, "formulieren", components=["contactgegevens"])
        await session.commit()
    response = await client.get(
        "/klantinteracties/api/v1/partijen", headers={"Authorization": f"Token {key}"}
    )
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


async def test_a_jwt_client_needs_heeft_alle_autorisaties(
    client: httpx.AsyncClient, clients: Clients, admin: dict[str, str]
):
    superuser = await clients.superuser("kcc-app")
    ok = await client.get("/klantinteracties/api/v1/partijen", headers=superuser)
    assert ok.status_code == 200, ok.text
    limited = await clients.with_autorisaties(
        "zaken-app",
        [
            {
                "component": "zrc",
                "scopes": ["zaken.lezen"],
                "zaaktype": "http://x/zaaktypen/1",
                "maxVertrouwelijkheidaanduiding": "openbaar",
            }
        ],
        admin,
    )
    denied = await client.get("/klantinteracties/api/v1/partijen", headers=limited)
    assert denied.status_code == 403
    assert denied.json()["code"] == "permission_denied"


async def test_a_change_is_audited_and_notified_without_the_bsn(
    api: h.Api, database: Database, outbox: ReadOutbox
):
    jan = await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    [message] = await outbox()
    notificatie = message.as_notificatie()
    assert notificatie["kanaal"] == "klantinteracties"
    assert notificatie["resource"] == "partij"
    assert notificatie["actie"] == "create"
    assert notificatie["resourceUrl"] == jan["url"]
    assert notificatie["kenmerken"] == {}
    assert h.BSN not in str(notificatie)
    async with database.session() as session:
        [audit] = (await session.execute(select(AuditTrail))).scalars()
    assert audit.applicatie_id == "kcc"
    assert audit.bron == "klantinteracties"
    assert audit.nieuw["uuid"] == jan["uuid"]


async def test_a_refused_write_leaves_no_trace(api: h.Api, database: Database, outbox: ReadOutbox):
    response = await api.post("/partijen", h.persoon(partijIdentificatoren=[h.bsn("123")]))
    assert response.status_code == 400
    assert await outbox() == []
    assert (await api.get("/partijen")).json()["count"] == 0


async def test_openapi_documents_are_served(client: httpx.AsyncClient):
    for root in ("/klantinteracties/api/v1", "/contactgegevens/api/v1"):
        response = await client.get(f"{root}/openapi.json")
        assert response.status_code == 200
        assert response.json()["servers"] == [{"url": root}]
