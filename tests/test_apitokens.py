"""API tokens: `Authorization: Token <key>` identities, and ZGW JWT clients on the same APIs."""

from __future__ import annotations

import httpx
import pytest
from fastapi import Depends, FastAPI, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common import apitokens
from fundament.common.db import Database
from fundament.common.session import get_session
from tests.conftest import Clients


@pytest.fixture
def whoami(app: FastAPI) -> str:
    """A route on the real app that answers with the authenticated caller of `objecten`."""

    async def route(request: Request, session: AsyncSession = Depends(get_session)) -> dict:
        caller = await apitokens.authenticate_caller(request, session, "objecten")
        return {"identifier": caller.identifier, "superuser": caller.is_superuser}

    app.add_api_route("/_test/whoami", route)
    return "/_test/whoami"


async def _add(database: Database, identifier: str, **options: object) -> str:
    async with database.session() as session:
        key = await apitokens.add_token(session, identifier, **options)  # type: ignore[arg-type]
        await session.commit()
    return key


async def test_a_token_key_identifies_its_caller(
    client: httpx.AsyncClient, database: Database, whoami: str
):
    key = await _add(database, "formulieren")
    response = await client.get(whoami, headers={"Authorization": f"Token {key}"})
    assert response.status_code == 200, response.text
    assert response.json() == {"identifier": "formulieren", "superuser": False}


async def test_only_a_hash_of_the_key_is_stored(database: Database):
    key = await _add(database, "formulieren")
    async with database.session() as session:
        stored = (await session.execute(select(apitokens.ApiToken))).scalar_one()
    assert key not in (stored.key_hash, stored.identifier, stored.components)
    assert len(key) == 40


@pytest.mark.parametrize("header", ["Token nonsense", "Token ", "Basic abc", ""])
async def test_a_missing_or_unknown_token_is_401(
    client: httpx.AsyncClient, database: Database, whoami: str, header: str
):
    await _add(database, "formulieren")
    response = await client.get(whoami, headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"] == "Token"
    assert response.json()["code"] == "not_authenticated"


async def test_a_bad_jwt_is_the_zgw_403(client: httpx.AsyncClient, whoami: str):
    response = await client.get(whoami, headers={"Authorization": "Bearer not-a-jwt"})
    assert response.status_code == 403
    assert response.json()["code"] == "not_authenticated"


async def test_a_token_limited_to_other_components_is_403(
    client: httpx.AsyncClient, database: Database, whoami: str
):
    key = await _add(database, "kcc", components=["klantinteracties"])
    response = await client.get(whoami, headers={"Authorization": f"Token {key}"})
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


async def test_a_new_key_replaces_the_old_one_and_removal_stops_it(
    client: httpx.AsyncClient, database: Database, whoami: str
):
    old = await _add(database, "formulieren")
    new = await _add(database, "formulieren")
    assert (await client.get(whoami, headers={"Authorization": f"Token {old}"})).status_code == 401
    assert (await client.get(whoami, headers={"Authorization": f"Token {new}"})).status_code == 200
    async with database.session() as session:
        assert await apitokens.remove_token(session, "formulieren")
        await session.commit()
    assert (await client.get(whoami, headers={"Authorization": f"Token {new}"})).status_code == 401


async def test_a_zgw_jwt_client_is_accepted_with_its_client_id(
    client: httpx.AsyncClient, clients: Clients, whoami: str
):
    headers = await clients.superuser("platform-app")
    response = await client.get(whoami, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"identifier": "platform-app", "superuser": True}
