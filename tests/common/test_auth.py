"""JWT authentication and scope checks against the Autorisaties data (common/auth.py)."""

from __future__ import annotations

import time
from typing import Any

import httpx
import jwt
import pytest

from fundament.common import clients as client_store
from fundament.common.db import Database
from tests.common.helpers import APPLICATIES, assert_problem
from tests.conftest import Clients

SUPERUSER = "test-superuser"
MAX_AGE = 3600  # Settings.jwt_max_age default, used by the `settings` fixture
LEEWAY = 5  # Settings.jwt_leeway default


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def signed(secret: str, **payload: Any) -> str:
    return jwt.encode(payload, secret, algorithm="HS256")


@pytest.fixture
async def superuser_secret(admin: dict[str, str], database: Database) -> str:
    """The secret of the superuser the `admin` fixture created."""
    async with database.session() as session:
        secret = await client_store.get_secret(session, SUPERUSER)
    assert secret is not None
    return secret


async def test_valid_token_is_accepted(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(APPLICATIES, headers=admin)
    assert response.status_code == 200
    assert response.json()["count"] == 1


async def test_missing_authorization_header_is_rejected(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    response = await client.get(APPLICATIES)
    assert_problem(response, 403, "not_authenticated")


@pytest.mark.parametrize("scheme", ["Basic", "Token", "JWT"])
async def test_non_bearer_scheme_is_rejected(
    client: httpx.AsyncClient, admin: dict[str, str], scheme: str
):
    token = admin["Authorization"].removeprefix("Bearer ")
    response = await client.get(APPLICATIES, headers={"Authorization": f"{scheme} {token}"})
    assert_problem(response, 403, "not_authenticated")


async def test_bearer_without_token_is_rejected(client: httpx.AsyncClient):
    response = await client.get(APPLICATIES, headers={"Authorization": "Bearer "})
    assert_problem(response, 403, "not_authenticated")


@pytest.mark.parametrize("token", ["not-a-jwt", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30"])
async def test_garbage_token_is_rejected(client: httpx.AsyncClient, token: str):
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "not_authenticated")


async def test_bad_signature_is_rejected(client: httpx.AsyncClient, superuser_secret: str):
    token = signed("not-the-secret", client_id=SUPERUSER, iat=int(time.time()))
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "not_authenticated")


@pytest.mark.parametrize("algorithm", ["HS512", "none"])
async def test_token_not_signed_with_hs256_is_rejected(
    client: httpx.AsyncClient, superuser_secret: str, algorithm: str
):
    key = None if algorithm == "none" else superuser_secret
    payload = {"client_id": SUPERUSER, "iat": int(time.time())}
    token = jwt.encode(payload, key, algorithm=algorithm)
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "not_authenticated")


async def test_unknown_client_id_is_rejected(client: httpx.AsyncClient, admin: dict[str, str]):
    token = signed("whatever", client_id="nobody", iat=int(time.time()))
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "not_authenticated")


async def test_token_without_client_id_falls_back_to_iss(
    client: httpx.AsyncClient, superuser_secret: str
):
    token = signed(superuser_secret, iss=SUPERUSER, iat=int(time.time()))
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert response.status_code == 200


async def test_token_without_client_id_or_iss_is_rejected(
    client: httpx.AsyncClient, superuser_secret: str
):
    token = signed(superuser_secret, iat=int(time.time()), user_id="someone")
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "missing-client-identifier")


async def test_non_string_client_id_is_a_missing_client_identifier(
    client: httpx.AsyncClient, superuser_secret: str
):
    token = signed(superuser_secret, client_id=42, iat=int(time.time()))
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "missing-client-identifier")


async def test_stale_iat_is_rejected(client: httpx.AsyncClient, superuser_secret: str):
    issued = int(time.time()) - MAX_AGE - LEEWAY - 60
    token = signed(superuser_secret, client_id=SUPERUSER, iat=issued)
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "jwt-expired")


async def test_iat_within_max_age_is_accepted(client: httpx.AsyncClient, superuser_secret: str):
    issued = int(time.time()) - MAX_AGE + 60
    token = signed(superuser_secret, client_id=SUPERUSER, iat=issued)
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert response.status_code == 200


async def test_shorter_max_age_setting_rejects_older_tokens(
    client_with: Any, superuser_secret: str
):
    token = signed(superuser_secret, client_id=SUPERUSER, iat=int(time.time()) - 600)
    async with client_with(jwt_max_age=60) as http:
        response = await http.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "jwt-expired")


async def test_passed_exp_claim_is_rejected(client: httpx.AsyncClient, superuser_secret: str):
    now = int(time.time())
    token = signed(superuser_secret, client_id=SUPERUSER, iat=now - 120, exp=now - 60)
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "jwt-expired")


async def test_iat_in_the_future_beyond_leeway_is_rejected(
    client: httpx.AsyncClient, superuser_secret: str
):
    token = signed(superuser_secret, client_id=SUPERUSER, iat=int(time.time()) + 600)
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "not_authenticated")


async def test_iat_slightly_in_the_future_is_accepted(
    client: httpx.AsyncClient, superuser_secret: str
):
    # Clock skew between client and server up to the leeway is tolerated.
    token = signed(superuser_secret, client_id=SUPERUSER, iat=int(time.time()) + 1)
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert response.status_code == 200


async def test_missing_iat_is_rejected(client: httpx.AsyncClient, superuser_secret: str):
    token = signed(superuser_secret, client_id=SUPERUSER)
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "not_authenticated")


async def test_non_numeric_iat_is_rejected(client: httpx.AsyncClient, superuser_secret: str):
    token = signed(superuser_secret, client_id=SUPERUSER, iat="yesterday")
    response = await client.get(APPLICATIES, headers=bearer(token))
    assert_problem(response, 403, "not_authenticated")


async def test_removed_client_can_no_longer_authenticate(
    client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    async with database.session() as session:
        assert await client_store.remove_client(session, SUPERUSER)
        await session.commit()
    response = await client.get(APPLICATIES, headers=admin)
    assert_problem(response, 403, "not_authenticated")


async def test_client_without_applicatie_is_denied(client: httpx.AsyncClient, clients: Clients):
    await clients.credentials("lonely")
    response = await client.get(APPLICATIES, headers=await clients.headers("lonely"))
    assert_problem(response, 403, "permission_denied")


async def test_applicatie_without_lezen_scope_is_denied(
    client: httpx.AsyncClient, clients: Clients, admin: dict[str, str]
):
    writer = await clients.with_autorisaties(
        "writer", [{"component": "ac", "scopes": ["autorisaties.bijwerken"]}], admin
    )
    response = await client.get(APPLICATIES, headers=writer)
    assert_problem(response, 403, "permission_denied")


async def test_scope_granted_on_another_component_does_not_count(
    client: httpx.AsyncClient, clients: Clients, admin: dict[str, str]
):
    elsewhere = await clients.with_autorisaties(
        "elsewhere", [{"component": "nrc", "scopes": ["autorisaties.lezen"]}], admin
    )
    response = await client.get(APPLICATIES, headers=elsewhere)
    assert_problem(response, 403, "permission_denied")


async def test_lezen_scope_allows_reading_but_not_writing(
    client: httpx.AsyncClient, clients: Clients, admin: dict[str, str]
):
    reader = await clients.with_autorisaties(
        "reader", [{"component": "ac", "scopes": ["autorisaties.lezen"]}], admin
    )
    assert (await client.get(APPLICATIES, headers=reader)).status_code == 200
    body = {"clientIds": ["new"], "label": "new", "heeftAlleAutorisaties": True}
    response = await client.post(APPLICATIES, json=body, headers=reader)
    assert_problem(response, 403, "permission_denied")


async def test_changed_applicatie_takes_effect_on_next_request(
    client: httpx.AsyncClient, clients: Clients, admin: dict[str, str]
):
    caller = await clients.with_autorisaties(
        "changing", [{"component": "ac", "scopes": ["autorisaties.bijwerken"]}], admin
    )
    assert (await client.get(APPLICATIES, headers=caller)).status_code == 403
    found = await client.get(APPLICATIES, params={"clientIds": "changing"}, headers=admin)
    url = found.json()["results"][0]["url"]

    grant = {"autorisaties": [{"component": "ac", "scopes": ["autorisaties.lezen"]}]}
    assert (await client.patch(url, json=grant, headers=admin)).status_code == 200
    assert (await client.get(APPLICATIES, headers=caller)).status_code == 200

    revoke = {"autorisaties": [{"component": "ac", "scopes": ["autorisaties.bijwerken"]}]}
    assert (await client.patch(url, json=revoke, headers=admin)).status_code == 200
    assert_problem(await client.get(APPLICATIES, headers=caller), 403, "permission_denied")


async def test_deleted_applicatie_leaves_client_without_rights(
    client: httpx.AsyncClient, clients: Clients, admin: dict[str, str]
):
    reader = await clients.with_autorisaties(
        "short-lived", [{"component": "ac", "scopes": ["autorisaties.lezen"]}], admin
    )
    found = await client.get(APPLICATIES, params={"clientIds": "short-lived"}, headers=admin)
    url = found.json()["results"][0]["url"]
    assert (await client.delete(url, headers=admin)).status_code == 204
    assert_problem(await client.get(APPLICATIES, headers=reader), 403, "permission_denied")
