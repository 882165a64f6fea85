"""`fundament serve` runs a dispatcher in the app's process (unless turned off)."""

from __future__ import annotations

import httpx
import pytest

from fundament.app import create_app, serve_app
from fundament.common.db import Database
from fundament.components.notificaties.dispatch.dispatcher import Dispatcher
from fundament.settings import Settings, get_settings
from tests.components.notificaties.conftest import FAST
from tests.components.notificaties.helpers import ABONNEMENT, abonnement
from tests.components.notificaties.subscriber import Receiver
from tests.components.notificaties.test_delivery import until
from tests.conftest import Clients


async def test_a_write_reaches_the_subscriber_through_the_in_process_dispatcher(
    settings: Settings, database: Database, receiver: Receiver
):
    custom = Settings(**{**settings.model_dump(), **FAST})
    application = create_app(custom, database, dispatcher=True)
    transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
    async with (
        application.router.lifespan_context(application),
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
    ):
        assert isinstance(application.state.dispatcher, Dispatcher)
        admin = await Clients(database, http).superuser("in-process-admin")
        body = abonnement(receiver.url("/hook"), {"naam": "autorisaties"})
        assert (await http.post(ABONNEMENT, json=body, headers=admin)).status_code == 201
        app_body = {"clientIds": ["in-process"], "label": "x", "heeftAlleAutorisaties": True}
        created = await http.post("/autorisaties/api/v1/applicaties", json=app_body, headers=admin)
        assert created.status_code == 201

        async def arrived() -> bool:
            return bool(receiver.requests("/hook", accepted=True))

        await until(arrived)
    [request] = receiver.requests("/hook")
    assert request.body["resourceUrl"] == created.json()["url"]
    assert request.body["kanaal"] == "autorisaties"
    assert request.body["actie"] == "create"


@pytest.mark.parametrize(("value", "runs"), [(None, True), ("false", False)])
async def test_serve_runs_a_dispatcher_unless_turned_off(
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    value: str | None,
    runs: bool,
):
    monkeypatch.setenv("FUNDAMENT_DATABASE_URL", settings.db_url)
    monkeypatch.setenv("FUNDAMENT_DATA_DIR", str(settings.data_dir))
    if value is not None:
        monkeypatch.setenv("FUNDAMENT_NOTIFICATIES_DISPATCHER", value)
    get_settings.cache_clear()
    try:
        application = serve_app()
        async with application.router.lifespan_context(application):
            assert isinstance(application.state.dispatcher, Dispatcher) is runs
    finally:
        get_settings.cache_clear()
