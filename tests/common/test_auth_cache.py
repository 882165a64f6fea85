"""The per-process cache of clients' secrets and autorisaties (common/authcache.py): used only
while a change listener keeps it true, emptied by every change from this process at once and
from any other process (PostgreSQL NOTIFY) as soon as it is heard."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import delete, event, update
from sqlalchemy.engine import make_url

from fundament.common.auth import ApplicatieGrants, make_token
from fundament.common.authcache import AuthCache
from fundament.common.clients import JwtClient, get_secret
from fundament.common.db import Database
from fundament.components.autorisaties.models import Applicatie
from tests.common.helpers import APPLICATIES, assert_problem
from tests.conftest import Clients

SUPERUSER = "test-superuser"
# A request that reads neither credentials nor autorisaties itself.
CATALOGUSSEN = "/catalogi/api/v1/catalogussen"
GRANTS = ApplicatieGrants(uuid=__import__("uuid").uuid4(), label="x", heeft_alle_autorisaties=True)


@pytest.fixture
def postgres_only(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite has no NOTIFY, so the cache stays off (see the per-database test)")


async def _live(app: FastAPI) -> AuthCache:
    cache: AuthCache = app.state.auth_cache
    for _ in range(200):  # the listener connects in the background when the app starts
        if cache.live:
            return cache
        await asyncio.sleep(0.025)
    raise AssertionError("the change listener never connected")


async def _changed(cache: AuthCache, generation: int) -> None:
    for _ in range(200):
        if cache.generation != generation:
            return
        await asyncio.sleep(0.025)
    raise AssertionError("no change was heard")


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)


async def _secret(database: Database, client_id: str) -> str:
    async with database.session() as session:
        secret = await get_secret(session, client_id)
    assert secret is not None
    return secret


@pytest.fixture
async def other_process(database: Database) -> AsyncIterator[Database]:
    """Another writer of the same database (as a second worker or the CLI would be)."""
    other = Database(database.url)
    yield other
    await other.dispose()


def test_a_load_that_began_before_a_change_is_not_kept():
    cache = AuthCache(max_age=60)
    cache.live = True
    generation = cache.generation
    cache.clear()  # a change is heard while the load was on its way
    cache.put("client", generation, "secret", GRANTS)
    assert cache.get("client") is None
    cache.put("client", cache.generation, "secret", GRANTS)
    assert cache.get("client") is not None


def test_nothing_is_kept_or_served_while_not_live():
    cache = AuthCache(max_age=60)
    cache.put("client", cache.generation, "secret", GRANTS)
    assert cache.get("client") is None
    cache.live = True
    cache.put("client", cache.generation, "secret", GRANTS)
    cache.live = False
    assert cache.get("client") is None


def test_entries_expire():
    cache = AuthCache(max_age=0)
    cache.live = True
    cache.put("client", cache.generation, "secret", GRANTS)
    assert cache.get("client") is None


async def test_a_known_client_is_authenticated_from_memory_on_postgresql_only(
    app: FastAPI, client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    if not database.is_sqlite:
        await _live(app)
    assert (await client.get(CATALOGUSSEN, headers=admin)).status_code == 200
    with statements(database) as seen:
        assert (await client.get(CATALOGUSSEN, headers=admin)).status_code == 200
    assert seen, "the request itself still queries"
    credentials = [s for s in seen if "jwt_clients" in s or "ac_autorisatie" in s]
    if database.is_sqlite:  # no NOTIFY to keep a cache true: read on every request
        assert len(credentials) == 2
        assert not app.state.auth_cache.live
    else:
        assert credentials == []


async def test_a_change_through_the_api_holds_for_the_very_next_request(
    app: FastAPI, client: httpx.AsyncClient, admin: dict[str, str], clients: Clients
):
    """No waiting: this process's own commit empties its cache."""
    headers = await clients.with_autorisaties(
        "reader",
        [{"component": "ac", "scopes": ["autorisaties.lezen"]}],
        admin,
    )
    assert (await client.get(APPLICATIES, headers=headers)).status_code == 200
    applicatie = (await client.get(APPLICATIES, headers=admin)).json()["results"]
    [reader] = [a for a in applicatie if a["clientIds"] == ["reader"]]
    response = await client.patch(
        reader["url"],
        json={"autorisaties": [{"component": "zrc", "scopes": ["zaken.lezen"],
                                "zaaktype": "http://example.com/zaaktype/1",
                                "maxVertrouwelijkheidaanduiding": "openbaar"}]},
        headers=admin,
    )  # fmt: skip
    assert response.status_code == 200, response.text
    assert_problem(await client.get(APPLICATIES, headers=headers), 403, "permission_denied")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (update(Applicatie).values(heeft_alle_autorisaties=False), "permission_denied"),
        (delete(JwtClient).where(JwtClient.client_id == SUPERUSER), "not_authenticated"),
    ],
    ids=["rights-taken-away", "client-removed"],
)
async def test_a_change_made_elsewhere_is_heard(
    postgres_only: None,
    app: FastAPI,
    client: httpx.AsyncClient,
    admin: dict[str, str],
    other_process: Database,
    change: Any,
    code: str,
):
    cache = await _live(app)
    assert (await client.get(APPLICATIES, headers=admin)).status_code == 200
    generation = cache.generation
    async with other_process.engine.begin() as connection:  # not this process's sessions
        await connection.execute(change)
    await _changed(cache, generation)
    assert_problem(await client.get(APPLICATIES, headers=admin), 403, code)


async def test_a_new_secret_is_accepted_before_its_announcement_arrives(
    postgres_only: None,
    app: FastAPI,
    client: httpx.AsyncClient,
    admin: dict[str, str],
    database: Database,
):
    """A token that does not match the cached secret makes the worker read the secret again."""
    cache = await _live(app)
    assert (await client.get(APPLICATIES, headers=admin)).status_code == 200
    # Stand in for "changed elsewhere, not heard yet": a stale secret in the cache.
    entry = cache.get(SUPERUSER)
    assert entry is not None
    cache.put(SUPERUSER, cache.generation, "an-old-secret", entry.applicatie)
    secret = await _secret(database, SUPERUSER)
    fresh = {"Authorization": f"Bearer {make_token(SUPERUSER, secret, user_id='new')}"}
    assert (await client.get(APPLICATIES, headers=fresh)).status_code == 200
    # the real secret is cached again, so a token of the old one is refused
    wrong = {"Authorization": f"Bearer {make_token(SUPERUSER, 'an-old-secret')}"}
    assert_problem(await client.get(APPLICATIES, headers=wrong), 403, "not_authenticated")


async def test_the_cache_is_not_used_while_the_listener_is_down(
    postgres_only: None,
    app: FastAPI,
    client: httpx.AsyncClient,
    admin: dict[str, str],
    database: Database,
):
    cache = await _live(app)
    assert (await client.get(APPLICATIES, headers=admin)).status_code == 200
    assert cache.get(SUPERUSER) is not None
    url = make_url(database.url).set(drivername="postgresql")
    connection = await asyncpg.connect(url.render_as_string(hide_password=False))
    try:
        await connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%' AND datname = current_database()"
        )
    finally:
        await connection.close()
    for _ in range(200):
        if not cache.live:
            break
        await asyncio.sleep(0.025)
    assert not cache.live
    assert cache.get(SUPERUSER) is None
    with statements(database) as seen:
        assert (await client.get(CATALOGUSSEN, headers=admin)).status_code == 200
    assert [s for s in seen if "jwt_clients" in s]
    await _live(app)  # and it comes back by itself


def test_verified_tokens_are_kept_only_while_their_client_is():
    cache = AuthCache(max_age=60)
    cache.live = True
    cache.put("client", cache.generation, "secret", GRANTS)
    cache.remember("token", "client", {"client_id": "client", "iat": 1}, cache.generation)
    known = cache.verified("token")
    assert known is not None and known[1] == {"client_id": "client", "iat": 1}
    cache.clear()
    assert cache.verified("token") is None


def test_tokens_that_expire_by_the_clock_are_verified_every_time():
    cache = AuthCache(max_age=60)
    cache.live = True
    cache.put("client", cache.generation, "secret", GRANTS)
    for claim in ("exp", "nbf"):
        cache.remember(claim, "client", {"client_id": "client", claim: 1}, cache.generation)
        assert cache.verified(claim) is None
