"""Client credentials on an abonnement (a Fundament extension): a fresh JWT for every attempt."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from fundament.common.auth import make_token
from fundament.components.notificaties.models import DELIVERED
from fundament.components.notificaties.models import Abonnement as AbonnementRow
from tests.components.notificaties.conftest import Clock, DispatcherFactory, Post, Publish, Store
from tests.components.notificaties.helpers import ABONNEMENT, invalid_params
from tests.components.notificaties.subscriber import VerifyingReceiver

pytestmark = pytest.mark.usefixtures("zaken")

CLIENT, SECRET = "nrc-deliverer", "the-subscribers-secret"
CALLBACK = "https://consumer.example.com/callback"
ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/1"
MAX_AGE = 60  # seconds the subscriber accepts a token after its `iat`


def with_credentials(callback_url: str = CALLBACK, **extra: Any) -> dict[str, Any]:
    return {
        "callbackUrl": callback_url,
        "authClientId": CLIENT,
        "authSecret": SECRET,
        "kanalen": [{"naam": "zaken", "filters": {}}],
        **extra,
    }


@pytest.fixture
def subscriber(clock: Clock) -> Iterator[VerifyingReceiver]:
    running = VerifyingReceiver(CLIENT, SECRET, lambda: clock.now.timestamp(), MAX_AGE).start()
    yield running
    running.stop()


async def test_every_attempt_carries_a_freshly_minted_jwt(
    subscriber: VerifyingReceiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
    clock: Clock,
):
    # Two failures, then success; between attempts more time passes than a token is valid for,
    # so a token minted once (open-zaak#1694) would be refused at the second attempt.
    subscriber.answer("/hook", 500, 500, then=204)
    await post(ABONNEMENT, with_credentials(subscriber.url("/hook")))
    await publish(ZAAK)
    moments = []
    async with dispatcher(notificaties_timeout=10.0) as running:
        for _ in range(3):
            moments.append(int(clock.now.timestamp()))
            await running.run_once()
            clock.advance(2 * MAX_AGE)
    [delivery] = await store.deliveries()
    assert delivery.status == DELIVERED
    assert [r.answered for r in subscriber.requests("/hook")] == [500, 500, 204]
    assert [claims["iat"] for claims in subscriber.claims] == moments
    assert {(c["iss"], c["client_id"]) for c in subscriber.claims} == {(CLIENT, CLIENT)}
    # The subscriber is strict: the first attempt's token, sent again now, is refused.
    stale = make_token(CLIENT, SECRET, issued_at=moments[0])
    async with httpx.AsyncClient() as http:
        again = await http.post(
            subscriber.url("/hook"), json={}, headers={"Authorization": f"Bearer {stale}"}
        )
    assert again.status_code == 403


async def test_the_secret_is_never_returned(client: httpx.AsyncClient, admin: dict[str, str]):
    created = await client.post(ABONNEMENT, json=with_credentials(), headers=admin)
    assert created.status_code == 201, created.text
    url = created.json()["url"]
    answers = [
        created,
        await client.get(url, headers=admin),
        await client.get(ABONNEMENT, headers=admin),
        await client.patch(url, json={"callbackUrl": CALLBACK + "/2"}, headers=admin),
        await client.put(url, json=with_credentials(CALLBACK + "/3"), headers=admin),
    ]
    for answer in answers:
        assert answer.status_code in (200, 201), answer.text
        assert SECRET not in answer.text
        assert "authSecret" not in answer.text and '"auth"' not in answer.text
    assert created.json()["authClientId"] == CLIENT
    assert answers[1].json() == created.json()


async def test_without_credentials_the_client_id_is_not_shown(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = {"callbackUrl": CALLBACK, "auth": "Bearer fixed", "kanalen": []}
    created = await client.post(ABONNEMENT, json=body, headers=admin)
    assert created.status_code == 201, created.text
    assert "authClientId" not in created.json()


async def stored(store: Store) -> list[tuple[str, str, str]]:
    return [(r.auth, r.auth_client_id, r.auth_secret) for r in await store.all(AbonnementRow)]


async def test_patch_keeps_the_credentials_and_put_replaces_them(
    client: httpx.AsyncClient, admin: dict[str, str], store: Store
):
    created = await client.post(ABONNEMENT, json=with_credentials(), headers=admin)
    url = created.json()["url"]
    await client.patch(url, json={"kanalen": []}, headers=admin)
    assert await stored(store) == [("", CLIENT, SECRET)]
    changed = {"authClientId": "other", "authSecret": "other-secret"}
    assert (await client.patch(url, json=changed, headers=admin)).status_code == 200
    assert await stored(store) == [("", "other", "other-secret")]
    # PUT replaces everything: a fixed `auth` without credentials drops them.
    body = {"callbackUrl": CALLBACK, "auth": "Bearer fixed", "kanalen": []}
    response = await client.put(url, json=body, headers=admin)
    assert response.status_code == 200, response.text
    assert "authClientId" not in response.json()
    assert await stored(store) == [("Bearer fixed", "", "")]


async def test_a_fixed_auth_is_still_sent_as_is(
    subscriber: VerifyingReceiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
):
    await post(
        ABONNEMENT,
        {
            "callbackUrl": subscriber.url("/hook"),
            "auth": "Bearer fixed",
            "kanalen": [{"naam": "zaken"}],
        },
    )
    await publish(ZAAK)
    async with dispatcher(notificaties_timeout=10.0) as running:
        await running.run_once()
    [request] = subscriber.requests("/hook")
    assert (request.authorization, request.answered) == ("Bearer fixed", 403)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"authClientId": CLIENT}, {("authSecret", "required")}),
        ({"auth": "Bearer x", "authSecret": SECRET}, {("authClientId", "required")}),
        ({}, {("auth", "required")}),
        ({"authClientId": "c" * 256, "authSecret": SECRET}, {("authClientId", "max_length")}),
        ({"authClientId": CLIENT, "authSecret": "s" * 256}, {("authSecret", "max_length")}),
        (
            {"authClientId": None, "authSecret": SECRET},
            {("authClientId", "null"), ("auth", "required")},
        ),
    ],
    ids=["no-secret", "no-client-id", "neither", "long-client-id", "long-secret", "null"],
)
async def test_incomplete_credentials_are_400(
    client: httpx.AsyncClient, admin: dict[str, str], body: dict[str, Any], expected: set
):
    full = {"callbackUrl": CALLBACK, "kanalen": [], **body}
    assert invalid_params(await client.post(ABONNEMENT, json=full, headers=admin)) == expected


async def test_credentials_make_auth_optional_even_beside_other_errors(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = {"authClientId": CLIENT, "authSecret": SECRET, "kanalen": []}
    response = await client.post(ABONNEMENT, json=body, headers=admin)
    assert invalid_params(response) == {("callbackUrl", "required")}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # A new client id comes with its own secret, not the previous client's.
        ({"authClientId": "other"}, {("authSecret", "required")}),
        # Dropping the credentials of an abonnement that has no `auth` leaves it without any.
        ({"authClientId": "", "authSecret": ""}, {("auth", "required")}),
    ],
    ids=["new-client-without-secret", "dropped-without-auth"],
)
async def test_bad_credential_patches_are_400_and_change_nothing(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    store: Store,
    change: dict[str, Any],
    expected: set,
):
    url = (await client.post(ABONNEMENT, json=with_credentials(), headers=admin)).json()["url"]
    assert invalid_params(await client.patch(url, json=change, headers=admin)) == expected
    assert await stored(store) == [("", CLIENT, SECRET)]
