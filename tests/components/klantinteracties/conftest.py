"""Fixtures of the Klantinteracties tests: a client with an API token, and the outbox."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fundament.common import apitokens
from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from tests.components.klantinteracties import helpers as h

ReadOutbox = Callable[[], Awaitable[list[OutboxMessage]]]


@pytest.fixture
async def token(database: Database) -> str:
    async with database.session() as session:
        key = await apitokens.add_token(session, "kcc", components=["klantinteracties"])
        await session.commit()
    return key


@pytest.fixture
async def api(client: httpx.AsyncClient, token: str) -> h.Api:
    """The Klantinteracties API as a client with a valid token calls it."""
    return h.Api(client, {"Authorization": f"Token {token}"}, h.ROOT)


@pytest.fixture
async def contactgegevens(client: httpx.AsyncClient, database: Database) -> h.Api:
    async with database.session() as session:
        key = await apitokens.add_token(session, "portaal", components=["contactgegevens"])
        await session.commit()
    return h.Api(client, {"Authorization": f"Token {key}"}, "/contactgegevens/api/v1")


@pytest.fixture
def outbox(database: Database) -> ReadOutbox:
    async def read() -> list[OutboxMessage]:
        async with database.session() as session:
            query = select(OutboxMessage).order_by(OutboxMessage.id)
            return list((await session.execute(query)).scalars())

    return read


def codes(response: httpx.Response) -> set[tuple[str, str]]:
    """The (name, code) pairs of a 400's invalidParams."""
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    return {(p["name"], p["code"]) for p in body["invalidParams"]}
