"""`fundament worker --once`, `fundament notificaties failed` and `… replay` on the test
database (the CLI runs its own event loop, so each call runs in a thread)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner, Result

from fundament.cli.commands import app as cli
from fundament.settings import Settings, get_settings
from tests.components.notificaties.conftest import Post, Publish, Store
from tests.components.notificaties.helpers import ABONNEMENT, MISSING_UUID, abonnement
from tests.components.notificaties.subscriber import Receiver

pytestmark = pytest.mark.usefixtures("zaken")

ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/1"


class Cli:
    """Runs `fundament …` on the test database, with short retry timings."""

    def __init__(self, settings: Settings) -> None:
        self.env = {
            "FUNDAMENT_DATABASE_URL": settings.db_url,
            "FUNDAMENT_DATA_DIR": str(settings.data_dir),
            "FUNDAMENT_NOTIFICATIES_MAX_ATTEMPTS": "1",
            "FUNDAMENT_NOTIFICATIES_TIMEOUT": "2",
        }
        self.runner = CliRunner()

    def _invoke(self, args: tuple[str, ...]) -> Result:
        get_settings.cache_clear()
        try:
            return self.runner.invoke(cli, list(args), env=self.env)
        finally:
            get_settings.cache_clear()

    async def __call__(self, *args: str) -> Result:
        return await asyncio.to_thread(self._invoke, args)

    async def ok(self, *args: str) -> str:
        result = await self(*args)
        assert result.exit_code == 0, result.output
        return result.output


@pytest.fixture
def run(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    for name in list(os.environ):
        if name.startswith("FUNDAMENT_") and not name.startswith("FUNDAMENT_TEST_"):
            monkeypatch.delenv(name)
    yield Cli(settings)


async def test_dead_letters_are_listed_and_replayed_from_the_command_line(
    run: Cli, receiver: Receiver, post: Post, publish: Publish, store: Store
):
    receiver.answer("/hook", then=500)
    created = await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK)
    await run.ok("worker", "--once")
    [delivery] = await store.deliveries()
    assert delivery.status == "dead"  # one attempt allowed here

    listed = await run.ok("notificaties", "failed")
    assert str(delivery.uuid) in listed and ZAAK in listed
    assert "1 dead letter(s)" in listed
    other = await run.ok("notificaties", "failed", "--abonnement", MISSING_UUID)
    assert "0 dead letter(s)" in other

    receiver.answer("/hook", then=204)
    replayed = await run.ok("notificaties", "replay", "--abonnement", created["url"])
    assert "Replaying 1 dead letter(s)" in replayed
    await run.ok("worker", "--once")
    [delivery] = await store.deliveries()
    assert delivery.status == "delivered"
    assert len(receiver.requests("/hook", accepted=True)) == 1
    assert "0 dead letter(s)" in await run.ok("notificaties", "failed")


async def test_replay_since_takes_an_iso_moment(run: Cli):
    assert "Replaying 0" in await run.ok("notificaties", "replay", "--since", "2026-01-01")
    assert (await run("notificaties", "replay", "--since", "gisteren")).exit_code == 1
    assert (await run("notificaties", "failed", "--abonnement", "geen-uuid")).exit_code == 1
