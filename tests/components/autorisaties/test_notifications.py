"""Each write leaves exactly one outbox row on kanaal `autorisaties`, committed with the change."""

from __future__ import annotations

import httpx
import pytest

from fundament.common.outbox import OutboxMessage
from tests.components.autorisaties.conftest import CreateApplicatie, ReadOutbox
from tests.components.autorisaties.helpers import APPLICATIES, applicatie, brc


def summary(message: OutboxMessage) -> dict[str, str]:
    return {
        "kanaal": message.kanaal,
        "resource": message.resource,
        "actie": message.actie,
        "hoofdObject": message.hoofd_object,
        "resourceUrl": message.resource_url,
    }


def expected(actie: str, url: str) -> dict[str, str]:
    return {
        "kanaal": "autorisaties",
        "resource": "applicatie",
        "actie": actie,
        "hoofdObject": url,
        "resourceUrl": url,
    }


async def test_create_enqueues_one_create_notification(
    client: httpx.AsyncClient, admin: dict[str, str], outbox: ReadOutbox
):
    response = await client.post(APPLICATIES, json=applicatie("app"), headers=admin)
    assert response.status_code == 201
    assert [summary(m) for m in await outbox()] == [expected("create", response.json()["url"])]


@pytest.mark.parametrize(
    ("method", "body", "actie"),
    [
        ("PUT", applicatie("app", label="Nieuw", autorisaties=[brc()]), "update"),
        ("PATCH", {"label": "Nieuw"}, "partial_update"),
        ("DELETE", None, "destroy"),
    ],
    ids=["put", "patch", "delete"],
)
async def test_each_change_enqueues_one_notification_with_its_actie(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    create_applicatie: CreateApplicatie,
    outbox: ReadOutbox,
    method: str,
    body: dict | None,
    actie: str,
):
    created = await create_applicatie(applicatie("app"))
    before = len(await outbox())
    response = await client.request(method, created["url"], json=body, headers=admin)
    assert response.status_code in {200, 204}, response.text
    messages = await outbox()
    assert len(messages) == before + 1
    assert summary(messages[-1]) == expected(actie, created["url"])


async def test_notification_body_is_a_valid_notificatie(
    create_applicatie: CreateApplicatie, outbox: ReadOutbox
):
    created = await create_applicatie(applicatie("app"))
    (message,) = await outbox()
    body = message.as_notificatie()
    assert body["kanaal"] == "autorisaties"
    assert body["hoofdObject"] == body["resourceUrl"] == created["url"]
    assert body["aanmaakdatum"].endswith("Z")
    assert body["kenmerken"] == {}


async def test_rejected_writes_enqueue_nothing(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    create_applicatie: CreateApplicatie,
    outbox: ReadOutbox,
):
    await create_applicatie(applicatie("theirs"))
    mine = await create_applicatie(applicatie("mine"))
    before = await outbox()
    rejected = [
        # ac-001 is detected by the database at commit: the outbox row must roll back too.
        await client.post(APPLICATIES, json=applicatie("theirs"), headers=admin),
        await client.put(mine["url"], json=applicatie("theirs"), headers=admin),
        await client.patch(mine["url"], json={"heeftAlleAutorisaties": True}, headers=admin),
        await client.post(
            APPLICATIES, json=applicatie("new", heeft_alle=False, autorisaties=[]), headers=admin
        ),
    ]
    assert [r.status_code for r in rejected] == [400, 400, 400, 400]
    assert [m.id for m in await outbox()] == [m.id for m in before]


async def test_reads_enqueue_nothing(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    create_applicatie: CreateApplicatie,
    outbox: ReadOutbox,
):
    created = await create_applicatie(applicatie("app"))
    before = len(await outbox())
    await client.get(APPLICATIES, headers=admin)
    await client.get(created["url"], headers=admin)
    await client.head(created["url"], headers=admin)
    assert len(await outbox()) == before
