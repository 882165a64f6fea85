"""The server POSTs to a callbackUrl, so a callback obeys the rules of any URL it calls (SSRF)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from fundament.app import create_app
from fundament.common.db import Database
from fundament.settings import Settings
from tests.components.notificaties.helpers import ABONNEMENT, abonnement

pytestmark = pytest.mark.usefixtures("zaken")


@pytest.fixture
async def strict(settings: Settings, database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """The platform as deployed by default: private addresses may not be called."""
    application = create_app(settings.model_copy(update={"url_allow_private": False}), database)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http


@pytest.mark.parametrize(
    "callback", ["http://127.0.0.1:8080/hook", "http://10.1.2.3/hook", "http://[::1]/hook"]
)
async def test_a_callback_on_a_private_address_is_refused(
    strict: httpx.AsyncClient, admin: dict[str, str], callback: str
):
    response = await strict.post(ABONNEMENT, json=abonnement(callback), headers=admin)
    assert response.status_code == 400
    params: list[dict[str, Any]] = response.json()["invalidParams"]
    assert [(p["name"], p["code"]) for p in params] == [("callbackUrl", "bad-url")]


async def test_changing_a_callback_to_a_private_address_is_refused(
    strict: httpx.AsyncClient, client: httpx.AsyncClient, admin: dict[str, str]
):
    created = await client.post(
        ABONNEMENT, json=abonnement("http://127.0.0.1:9/hook"), headers=admin
    )  # allowed where the deployment allows private addresses (as in these tests)
    assert created.status_code == 201, created.text
    response = await strict.patch(
        created.json()["url"], json={"callbackUrl": "http://192.168.1.1/hook"}, headers=admin
    )
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "callbackUrl"
    assert response.json()["invalidParams"][0]["code"] == "bad-url"
