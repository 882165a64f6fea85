"""One write, one transaction: the change, its audit record and its outbox row, or nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from fundament.common.audit import AuditTrail
from fundament.common.db import Database
from fundament.common.outbox import PENDING, OutboxMessage
from fundament.components.autorisaties.models import (
    Applicatie,
    ApplicatieClientId,
    Autorisatie,
)
from tests.common.helpers import APPLICATIES, assert_problem, invalid_params
from tests.conftest import Clients

ACTOR = "audit-admin"
USER = {"user_id": "mdewit", "user_representation": "Marieke de Wit"}
NEW = {
    "clientIds": ["audited"],
    "label": "Gecontroleerd",
    "autorisaties": [{"component": "ac", "scopes": ["autorisaties.lezen"]}],
}


@pytest.fixture
async def actor(clients: Clients) -> dict[str, str]:
    """A superuser whose JWT carries an end user, as a portal acting for a civil servant would."""
    await clients.superuser(ACTOR)
    return await clients.headers(ACTOR, **USER)


async def rows(database: Database, model: type[Any]) -> list[Any]:
    async with database.session() as session:
        return list((await session.execute(select(model).order_by(model.id))).scalars())


async def count(database: Database, model: type[Any]) -> int:
    async with database.session() as session:
        return (await session.execute(select(func.count()).select_from(model))).scalar_one()


async def create(client: httpx.AsyncClient, actor: dict[str, str]) -> dict[str, Any]:
    response = await client.post(APPLICATIES, json=NEW, headers=actor)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_create_records_one_audit_and_one_notification(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    response = await client.post(
        APPLICATIES, json=NEW, headers={**actor, "X-Audit-Toelichting": "Nieuwe koppeling"}
    )
    assert response.status_code == 201
    created = response.json()

    [audit] = await rows(database, AuditTrail)
    assert audit.bron == "ac"
    assert audit.actie == "create"
    assert audit.resultaat == 201
    assert audit.hoofd_object == audit.resource_url == created["url"]
    assert audit.resource == "applicatie"
    assert audit.resource_weergave == "Gecontroleerd"
    assert audit.applicatie_id == ACTOR
    assert audit.applicatie_weergave == ACTOR  # the label of the caller's Applicatie
    assert audit.gebruikers_id == USER["user_id"]
    assert audit.gebruikers_weergave == USER["user_representation"]
    assert audit.toelichting == "Nieuwe koppeling"
    assert audit.oud is None
    assert audit.nieuw == created
    assert audit.aanmaakdatum.tzinfo is not None

    [message] = await rows(database, OutboxMessage)
    assert message.kanaal == "autorisaties"
    assert message.resource == "applicatie"
    assert message.actie == "create"
    assert message.hoofd_object == message.resource_url == created["url"]
    assert message.status == PENDING
    assert message.attempts == 0


async def test_audit_without_toelichting_header_is_blank(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    await create(client, actor)
    [audit] = await rows(database, AuditTrail)
    assert audit.toelichting == ""


async def test_put_records_update_with_old_and_new(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    created = await create(client, actor)
    changed = {**NEW, "label": "Hernoemd"}
    response = await client.put(created["url"], json=changed, headers=actor)
    assert response.status_code == 200

    audits = await rows(database, AuditTrail)
    assert [a.actie for a in audits] == ["create", "update"]
    assert audits[1].resultaat == 200
    assert audits[1].oud == created
    assert audits[1].nieuw == response.json()
    assert audits[1].nieuw["label"] == "Hernoemd"
    messages = await rows(database, OutboxMessage)
    assert [m.actie for m in messages] == ["create", "update"]


async def test_patch_records_partial_update(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    created = await create(client, actor)
    response = await client.patch(created["url"], json={"label": "Deels"}, headers=actor)
    assert response.status_code == 200

    audit = (await rows(database, AuditTrail))[-1]
    assert audit.actie == "partial_update"
    assert audit.oud == created
    assert audit.nieuw == {**created, "label": "Deels"}
    assert (await rows(database, OutboxMessage))[-1].actie == "partial_update"


async def test_delete_records_destroy_with_old_only(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    created = await create(client, actor)
    response = await client.delete(
        created["url"], headers={**actor, "X-Audit-Toelichting": "Opgeruimd"}
    )
    assert response.status_code == 204

    audits = await rows(database, AuditTrail)
    assert [a.actie for a in audits] == ["create", "destroy"]
    assert audits[1].resultaat == 204
    assert audits[1].oud == created
    assert audits[1].nieuw is None
    assert audits[1].toelichting == "Opgeruimd"
    assert audits[1].resource_url == created["url"]
    messages = await rows(database, OutboxMessage)
    assert [(m.actie, m.resource_url) for m in messages] == [
        ("create", created["url"]),
        ("destroy", created["url"]),
    ]


async def test_reads_record_nothing(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    created = await create(client, actor)
    assert (await client.get(created["url"], headers=actor)).status_code == 200
    assert (await client.get(APPLICATIES, headers=actor)).status_code == 200
    assert await count(database, AuditTrail) == 1
    assert await count(database, OutboxMessage) == 1


async def test_notification_body_has_the_notificaties_shape(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    created = await create(client, actor)
    [message] = await rows(database, OutboxMessage)
    body = message.as_notificatie()
    assert body["kanaal"] == "autorisaties"
    assert body["hoofdObject"] == body["resourceUrl"] == created["url"]
    assert body["resource"] == "applicatie"
    assert body["actie"] == "create"
    assert body["aanmaakdatum"].endswith("Z")
    assert body["kenmerken"] == {}


async def assert_nothing_written(database: Database, applicaties: int, client_ids: int) -> None:
    assert await count(database, AuditTrail) == 0
    assert await count(database, OutboxMessage) == 0
    assert await count(database, Applicatie) == applicaties
    assert await count(database, ApplicatieClientId) == client_ids
    assert await count(database, Autorisatie) == 0


async def test_duplicate_client_id_on_create_leaves_nothing_behind(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    duplicate = {**NEW, "clientIds": ["new-one", ACTOR]}
    response = await client.post(APPLICATIES, json=duplicate, headers=actor)
    body = assert_problem(response, 400, "invalid")
    assert invalid_params(body) == {"clientIds": "clientId-exists"}
    await assert_nothing_written(database, applicaties=1, client_ids=1)


async def test_rejected_input_leaves_nothing_behind(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str]
):
    response = await client.post(APPLICATIES, json={**NEW, "autorisaties": []}, headers=actor)
    assert_problem(response, 400, "invalid")
    await assert_nothing_written(database, applicaties=1, client_ids=1)


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
async def test_duplicate_client_id_on_update_leaves_the_applicatie_unchanged(
    client: httpx.AsyncClient, database: Database, actor: dict[str, str], method: str
):
    created = await create(client, actor)
    audits_before = await count(database, AuditTrail)
    messages_before = await count(database, OutboxMessage)

    body = {**NEW, "clientIds": [ACTOR]} if method == "PUT" else {"clientIds": [ACTOR]}
    response = await client.request(method, created["url"], json=body, headers=actor)
    problem = assert_problem(response, 400, "invalid")
    assert invalid_params(problem) == {"clientIds": "clientId-exists"}

    assert await count(database, AuditTrail) == audits_before
    assert await count(database, OutboxMessage) == messages_before
    reread = await client.get(created["url"], headers=actor)
    assert reread.json() == created
    assert await count(database, Autorisatie) == 1
