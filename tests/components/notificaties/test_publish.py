"""POST /notificaties: a notificatie on a known kanaal is accepted into the outbox (201)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fundament.common.outbox import PENDING
from tests.components.notificaties.conftest import Store
from tests.components.notificaties.helpers import (
    NOTIFICATIES,
    ZAAKTYPE_A,
    assert_problem,
    invalid_params,
    message,
)

pytestmark = pytest.mark.usefixtures("zaken")

URL = "https://zaken.example.com/zaken/api/v1/zaken/1"


async def test_publish_answers_201_with_the_message_and_queues_it(
    client: httpx.AsyncClient, publisher: dict[str, str], store: Store
):
    body = message(URL, bronorganisatie="002220647", zaaktype=ZAAKTYPE_A)
    response = await client.post(NOTIFICATIES, json=body, headers=publisher)
    assert response.status_code == 201, response.text
    assert response.json() == body
    [queued] = await store.outbox("zaken")
    assert queued.status == PENDING
    assert queued.as_notificatie() == body


async def test_source_is_echoed_when_given(client: httpx.AsyncClient, admin: dict[str, str]):
    body = {**message(URL), "source": "urn:gemeente:0363"}
    response = await client.post(NOTIFICATIES, json=body, headers=admin)
    assert response.status_code == 201, response.text
    assert response.json()["source"] == "urn:gemeente:0363"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"kanaal": "onbekend"}, {("kanaal", "message_kanaal")}),
        ({"kenmerken": {"bsn": "123456782"}}, {("kenmerken", "kenmerken_inconsistent")}),
        ({"hoofdObject": "geen url"}, {("hoofdObject", "invalid")}),
        ({"aanmaakdatum": "gisteren"}, {("aanmaakdatum", "invalid")}),
        ({"actie": ""}, {("actie", "blank")}),
        ({"resource": "x" * 101}, {("resource", "max_length")}),
        ({"kenmerken": ["zaaktype"]}, {("kenmerken", "invalid")}),
    ],
    ids=["kanaal", "kenmerk", "url", "datum", "actie", "resource", "kenmerken-list"],
)
async def test_bad_messages_are_400_and_queue_nothing(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    store: Store,
    change: dict[str, Any],
    expected: set,
):
    response = await client.post(NOTIFICATIES, json={**message(URL), **change}, headers=admin)
    assert invalid_params(response) == expected
    assert await store.outbox("zaken") == []


async def test_required_fields(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.post(NOTIFICATIES, json={}, headers=admin)
    names = {name for name, code in invalid_params(response) if code == "required"}
    assert names == {"kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum"}


async def test_only_publishers_publish(
    client: httpx.AsyncClient, consumer: dict[str, str], store: Store
):
    response = await client.post(NOTIFICATIES, json=message(URL), headers=consumer)
    assert_problem(response, 403, "permission_denied")
    assert await store.outbox("zaken") == []
