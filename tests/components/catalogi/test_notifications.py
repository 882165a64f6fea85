"""Writes to zaaktypen, informatieobjecttypen and besluittypen enqueue one notification each.

Kanalen `zaaktypen`, `informatieobjecttypen`, `besluittypen`, kenmerk `catalogus`; the outbox
row is committed with the change, so a rejected write leaves none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from fundament.common.outbox import OutboxMessage
from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi, ReadOutbox

TYPES: dict[str, tuple[str, str, Callable[..., dict[str, Any]]]] = {
    "zaaktype": ("zaaktypen", h.ZAAKTYPEN, h.zaaktype),
    "informatieobjecttype": (
        "informatieobjecttypen",
        h.INFORMATIEOBJECTTYPEN,
        h.informatieobjecttype,
    ),
    "besluittype": ("besluittypen", h.BESLUITTYPEN, h.besluittype),
}


@pytest.fixture(params=sorted(TYPES))
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


def summary(message: OutboxMessage) -> dict[str, Any]:
    return {
        "kanaal": message.kanaal,
        "resource": message.resource,
        "actie": message.actie,
        "hoofdObject": message.hoofd_object,
        "resourceUrl": message.resource_url,
        "kenmerken": message.kenmerken,
    }


def expected(kind: str, actie: str, url: str, catalogus_url: str) -> dict[str, Any]:
    return {
        "kanaal": TYPES[kind][0],
        "resource": kind,
        "actie": actie,
        "hoofdObject": url,
        "resourceUrl": url,
        "kenmerken": {"catalogus": catalogus_url},
    }


async def test_create_enqueues_one_create_notification(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict, outbox: ReadOutbox, kind: str
):
    _, path, make = TYPES[kind]
    response = await client.post(path, json=make(catalogus["url"]), headers=admin)
    assert response.status_code == 201, response.text
    url = response.json()["url"]
    assert [summary(m) for m in await outbox()] == [expected(kind, "create", url, catalogus["url"])]


@pytest.mark.parametrize(
    ("method", "suffix", "actie"),
    [
        ("PUT", "", "update"),
        ("PATCH", "", "partial_update"),
        ("POST", "/publish", "update"),
        ("DELETE", "", "destroy"),
    ],
    ids=["put", "patch", "publish", "delete"],
)
async def test_each_change_enqueues_one_notification(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    outbox: ReadOutbox,
    kind: str,
    method: str,
    suffix: str,
    actie: str,
):
    _, path, make = TYPES[kind]
    body = make(catalogus["url"])
    created = await api.post(path, body)
    before = len(await outbox())
    sent = {"PUT": body, "PATCH": {"omschrijving": "anders"}}.get(method)
    response = await client.request(
        method, h.path_of(created["url"]) + suffix, json=sent, headers=admin
    )
    assert response.status_code in {200, 204}, response.text
    messages = await outbox()
    assert len(messages) == before + 1
    assert summary(messages[-1]) == expected(kind, actie, created["url"], catalogus["url"])


async def test_notification_body_is_a_valid_notificatie(
    api: Catalogi, catalogus: dict, outbox: ReadOutbox
):
    zaaktype = await api.zaaktype(catalogus["url"])
    (message,) = await outbox()
    body = message.as_notificatie()
    assert body["kanaal"] == "zaaktypen"
    assert body["hoofdObject"] == body["resourceUrl"] == zaaktype["url"]
    assert body["kenmerken"] == {"catalogus": catalogus["url"]}
    assert body["aanmaakdatum"].endswith("Z")


async def test_rejected_writes_enqueue_nothing(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    writer: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    outbox: ReadOutbox,
    kind: str,
):
    _, path, make = TYPES[kind]
    published = await api.publish((await api.post(path, make(catalogus["url"])))["url"])
    before = [m.id for m in await outbox()]
    missing = f"http://testserver{h.CATALOGUSSEN}/{h.MISSING_UUID}"
    rejected = [
        await client.post(path, json=make(missing), headers=admin),
        await client.patch(h.path_of(published["url"]), json={"omschrijving": "x"}, headers=writer),
        await client.delete(h.path_of(published["url"]), headers=writer),
    ]
    assert [r.status_code for r in rejected] == [400, 400, 400]
    assert [m.id for m in await outbox()] == before


async def test_catalogussen_parts_and_reads_enqueue_nothing(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, outbox: ReadOutbox
):
    catalogus = await api.catalogus()
    assert await outbox() == []
    zaaktype = await api.zaaktype(catalogus["url"])
    before = len(await outbox())
    statustype = await api.statustype(zaaktype["url"])
    await api.roltype(zaaktype["url"])
    await api.eigenschap(zaaktype["url"])
    await client.patch(h.path_of(statustype["url"]), json={"omschrijving": "x"}, headers=admin)
    await client.delete(h.path_of(statustype["url"]), headers=admin)
    await client.get(h.ZAAKTYPEN, params={"status": "alles"}, headers=admin)
    await client.get(h.path_of(zaaktype["url"]), headers=admin)
    assert len(await outbox()) == before
