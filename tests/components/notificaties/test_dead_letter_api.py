"""The administrators' dead-letter endpoints (a Fundament extension): list and replay."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fundament.components.notificaties.models import DEAD, DELIVERED, PENDING
from tests.components.notificaties.conftest import (
    Clock,
    DispatcherFactory,
    Post,
    Store,
    exhaust,
)
from tests.components.notificaties.helpers import (
    ABONNEMENT,
    NOTIFICATIES,
    ROOT,
    abonnement,
    assert_problem,
    invalid_params,
    message,
)
from tests.components.notificaties.subscriber import Receiver

pytestmark = pytest.mark.usefixtures("zaken")

DEADLETTERS = f"{ROOT}/deadletters"
REPLAY = f"{DEADLETTERS}/replay"
ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/"


@pytest.fixture
async def dead(
    receiver: Receiver,
    post: Post,
    client: httpx.AsyncClient,
    admin: dict[str, str],
    dispatcher: DispatcherFactory,
    clock: Clock,
) -> dict[str, Any]:
    """Two abonnementen (/a and /b) whose callbacks always fail, each with a dead letter of an
    old (2020) and a new (2026) notificatie: four dead letters. The abonnementen by path."""
    receiver.answer("/a", then=500)
    receiver.answer("/b", then=500)
    created = {
        path: await post(ABONNEMENT, abonnement(receiver.url(path))) for path in ("/a", "/b")
    }
    for resource, moment in (("old", "2020-01-01T00:00:00Z"), ("new", "2026-06-01T00:00:00Z")):
        body = {**message(ZAAK + resource), "aanmaakdatum": moment}
        assert (await client.post(NOTIFICATIES, json=body, headers=admin)).status_code == 201
    # A generous timeout: the receiver answers at once, and a slow (loaded) machine must not
    # turn an "HTTP 500" into a timeout.
    await exhaust(dispatcher, clock, rounds=6, notificaties_timeout=10.0)
    return created


async def test_dead_letters_are_listed_for_an_administrator(
    client: httpx.AsyncClient, admin: dict[str, str], dead: dict[str, Any], receiver: Receiver
):
    response = await client.get(DEADLETTERS, headers=admin)
    assert response.status_code == 200, response.text
    page = response.json()
    assert (page["count"], page["next"], page["previous"]) == (4, None, None)
    first = page["results"][0]
    assert set(first) == {
        "uuid",
        "abonnement",
        "callbackUrl",
        "notificatie",
        "attempts",
        "lastError",
        "deadAt",
    }
    assert first["abonnement"] == dead["/a"]["url"]
    assert first["callbackUrl"] == receiver.url("/a")
    assert first["notificatie"] == {
        **message(ZAAK + "old"),
        "aanmaakdatum": "2020-01-01T00:00:00Z",
    }
    assert (first["attempts"], first["lastError"]) == (3, "HTTP 500")
    assert first["deadAt"] is not None


async def test_dead_letters_are_filtered_and_paginated(
    client: httpx.AsyncClient, admin: dict[str, str], dead: dict[str, Any]
):
    a_url = dead["/a"]["url"]
    a_uuid = a_url.rsplit("/", 1)[-1]

    async def resources(**params: Any) -> list[str]:
        response = await client.get(DEADLETTERS, params=params, headers=admin)
        assert response.status_code == 200, response.text
        return [r["notificatie"]["resourceUrl"] for r in response.json()["results"]]

    assert await resources(abonnement=a_url) == [ZAAK + "old", ZAAK + "new"]
    assert await resources(abonnement=a_uuid) == [ZAAK + "old", ZAAK + "new"]
    assert await resources(since="2026-05-01") == [ZAAK + "new", ZAAK + "new"]
    assert await resources(since="2026-05-01T00:00:00Z", abonnement=a_uuid) == [ZAAK + "new"]
    first = await client.get(DEADLETTERS, params={"pageSize": 3}, headers=admin)
    assert (first.json()["count"], len(first.json()["results"])) == (4, 3)
    second = await client.get(first.json()["next"], headers=admin)
    assert second.status_code == 200, second.text
    assert len(second.json()["results"]) == 1
    assert second.json()["previous"] is not None and second.json()["next"] is None
    assert_problem(
        await client.get(DEADLETTERS, params={"page": 3, "pageSize": 3}, headers=admin),
        404,
        "not_found",
    )


async def test_replay_gives_selected_dead_letters_a_new_series(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    dead: dict[str, Any],
    receiver: Receiver,
    dispatcher: DispatcherFactory,
    store: Store,
):
    body = {"abonnement": dead["/a"]["url"], "since": "2026-05-01T00:00:00"}
    response = await client.post(REPLAY, json=body, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json() == {"replayed": 1}
    assert sorted(d.status for d in await store.deliveries()) == [DEAD, DEAD, DEAD, PENDING]
    receiver.answer("/a", then=204)
    async with dispatcher(notificaties_timeout=10.0) as running:
        await running.run_once()
    assert sorted(d.status for d in await store.deliveries()) == [DEAD, DEAD, DEAD, DELIVERED]
    [accepted] = receiver.requests("/a", accepted=True)
    assert accepted.body["resourceUrl"] == ZAAK + "new"
    listed = (await client.get(DEADLETTERS, headers=admin)).json()
    assert listed["count"] == 3
    # Without filters (and without a body): every remaining dead letter.
    everything = await client.post(REPLAY, headers=admin)
    assert everything.json() == {"replayed": 3}
    assert (await client.get(DEADLETTERS, headers=admin)).json()["count"] == 0


async def test_only_administrators_may_see_or_replay_dead_letters(
    client: httpx.AsyncClient, consumer: dict[str, str], publisher: dict[str, str]
):
    for headers in (consumer, publisher):
        assert_problem(await client.get(DEADLETTERS, headers=headers), 403, "permission_denied")
        assert_problem(
            await client.post(REPLAY, json={}, headers=headers), 403, "permission_denied"
        )
    assert_problem(await client.get(DEADLETTERS), 403, "not_authenticated")
    assert_problem(await client.post(REPLAY, json={}), 403, "not_authenticated")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"since": "gisteren"}, {("since", "invalid")}),
        (
            {"abonnement": "https://nrc.example.com/abonnement/geen-uuid"},
            {("abonnement", "invalid")},
        ),
        ({"pageSize": "0"}, {("pageSize", "min_value")}),
        ({"kanaal": "zaken"}, {("kanaal", "unknown-parameters")}),
    ],
    ids=["since", "abonnement", "page-size", "unknown"],
)
async def test_bad_list_filters_are_400(
    client: httpx.AsyncClient, admin: dict[str, str], params: dict[str, str], expected: set
):
    response = await client.get(DEADLETTERS, params=params, headers=admin)
    assert invalid_params(response) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"since": "gisteren"}, {("since", "invalid")}),
        ({"abonnement": "geen-uuid"}, {("abonnement", "invalid")}),
        ({"abonnement": 5}, {("abonnement", "invalid")}),
        ([], {("nonFieldErrors", "invalid")}),
    ],
    ids=["since", "abonnement", "abonnement-number", "not-an-object"],
)
async def test_bad_replay_filters_are_400(
    client: httpx.AsyncClient, admin: dict[str, str], body: Any, expected: set
):
    response = await client.post(REPLAY, json=body, headers=admin)
    assert invalid_params(response) == expected
