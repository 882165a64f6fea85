"""Who may use the Autorisaties API: scopes `autorisaties.lezen` / `autorisaties.bijwerken`."""

from __future__ import annotations

import httpx
import pytest

from tests.components.autorisaties.conftest import CreateApplicatie
from tests.components.autorisaties.helpers import (
    APPLICATIES,
    CONSUMER,
    applicatie,
    assert_problem,
)
from tests.conftest import Clients


@pytest.fixture
async def existing(create_applicatie: CreateApplicatie) -> dict:
    return await create_applicatie(applicatie("existing", label="Bestaand"))


async def test_reader_can_list_retrieve_and_ask_consumer(
    client: httpx.AsyncClient, reader: dict[str, str], existing: dict
):
    listed = await client.get(APPLICATIES, headers=reader)
    assert listed.status_code == 200
    assert existing["url"] in {a["url"] for a in listed.json()["results"]}
    assert (await client.get(existing["url"], headers=reader)).json() == existing
    consumer = await client.get(CONSUMER, params={"clientId": "existing"}, headers=reader)
    assert consumer.json() == existing


async def test_reader_cannot_write(
    client: httpx.AsyncClient, admin: dict[str, str], reader: dict[str, str], existing: dict
):
    attempts = [
        await client.post(APPLICATIES, json=applicatie("new"), headers=reader),
        await client.put(existing["url"], json=applicatie("existing", label="X"), headers=reader),
        await client.patch(existing["url"], json={"label": "X"}, headers=reader),
        await client.delete(existing["url"], headers=reader),
    ]
    for response in attempts:
        assert_problem(response, 403, "permission_denied")
    assert (await client.get(existing["url"], headers=admin)).json() == existing
    new = await client.get(CONSUMER, params={"clientId": "new"}, headers=admin)
    assert_problem(new, 404, "not_found")


async def test_writer_scope_allows_writing(
    client: httpx.AsyncClient, admin: dict[str, str], clients: Clients, existing: dict
):
    writer = await clients.with_autorisaties(
        "ac-writer", [{"component": "ac", "scopes": ["autorisaties.bijwerken"]}], admin
    )
    response = await client.patch(existing["url"], json={"label": "Door writer"}, headers=writer)
    assert response.status_code == 200, response.text
    assert response.json()["label"] == "Door writer"


async def test_scopes_on_another_component_do_not_count(
    client: httpx.AsyncClient, admin: dict[str, str], clients: Clients
):
    other = await clients.with_autorisaties(
        "nrc-only", [{"component": "nrc", "scopes": ["autorisaties.lezen"]}], admin
    )
    assert_problem(await client.get(APPLICATIES, headers=other), 403, "permission_denied")


async def test_client_without_applicatie_is_forbidden(
    client: httpx.AsyncClient, clients: Clients, existing: dict
):
    await clients.credentials("orphan")
    headers = await clients.headers("orphan")
    assert_problem(await client.get(APPLICATIES, headers=headers), 403, "permission_denied")
    assert_problem(await client.get(existing["url"], headers=headers), 403, "permission_denied")


async def test_request_without_token_is_not_authenticated(
    client: httpx.AsyncClient, existing: dict
):
    assert_problem(await client.get(APPLICATIES), 403, "not_authenticated")
    assert_problem(await client.delete(existing["url"]), 403, "not_authenticated")
