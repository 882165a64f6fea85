"""Fixtures of the Autorisaties API tests: creating applicaties, reading the outbox, clients."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from tests.components.autorisaties.helpers import APPLICATIES
from tests.conftest import Clients

CreateApplicatie = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]
ReadOutbox = Callable[[], Awaitable[list[OutboxMessage]]]


@pytest.fixture
def create_applicatie(client: httpx.AsyncClient, admin: dict[str, str]) -> CreateApplicatie:
    """POST a body as the superuser and return the created Applicatie (201 required)."""

    async def create(body: dict[str, Any]) -> dict[str, Any]:
        response = await client.post(APPLICATIES, json=body, headers=admin)
        assert response.status_code == 201, response.text
        return response.json()

    return create


@pytest.fixture
def outbox(database: Database) -> ReadOutbox:
    """Every committed outbox row, oldest first."""

    async def read() -> list[OutboxMessage]:
        async with database.session() as session:
            query = select(OutboxMessage).order_by(OutboxMessage.id)
            return list((await session.execute(query)).scalars())

    return read


@pytest.fixture
async def reader(clients: Clients, admin: dict[str, str]) -> dict[str, str]:
    """Headers of a client whose only autorisatie is `autorisaties.lezen`."""
    return await clients.with_autorisaties(
        "ac-reader", [{"component": "ac", "scopes": ["autorisaties.lezen"]}], admin
    )
