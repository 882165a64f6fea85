"""The `fundament` command on a throw-away SQLite file (synchronous: the CLI runs its own loop)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest
from typer.testing import CliRunner, Result

from fundament.app import create_app
from fundament.cli.commands import app as cli
from fundament.settings import Settings, get_settings

APPLICATIES = "/autorisaties/api/v1/applicaties"


class Cli:
    """Runs `fundament …` against one SQLite file, with fresh settings for every call."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.database_url = f"sqlite:///{data_dir / 'cli.db'}"
        self.env = {
            "FUNDAMENT_DATA_DIR": str(data_dir),
            "FUNDAMENT_DATABASE_URL": self.database_url,
        }
        self.runner = CliRunner()

    def __call__(self, *args: str) -> Result:
        get_settings.cache_clear()
        try:
            return self.runner.invoke(cli, list(args), env=self.env)
        finally:
            get_settings.cache_clear()

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.exit_code == 0, result.output
        return result.output

    def token(self, client_id: str, *options: str) -> str:
        token = self.ok("token", client_id, *options).strip()
        assert token.count(".") == 2, token
        return token

    def api_get(self, path: str, token: str) -> httpx.Response:
        """GET from the platform on the same database file, as `fundament serve` builds it."""
        settings = Settings(
            data_dir=self.data_dir, database_url=self.database_url, demo_client=False
        )

        async def call() -> httpx.Response:
            application = create_app(settings)  # owns (and disposes) its Database
            transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
            async with (
                application.router.lifespan_context(application),
                httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
            ):
                return await http.get(path, headers={"Authorization": f"Bearer {token}"})

        return asyncio.run(call())


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    for name in list(os.environ):
        if name.startswith("FUNDAMENT_"):
            monkeypatch.delenv(name)
    yield Cli(tmp_path / "data")
    get_settings.cache_clear()


def test_migrate_creates_the_schema_then_reports_up_to_date(run: Cli):
    first = run.ok("migrate")
    assert (run.data_dir / "cli.db").is_file()
    second = run.ok("migrate")
    assert "up to date" in second
    assert "up to date" not in first


def test_client_add_list_and_remove(run: Cli):
    added = run.ok("client", "add", "beheer", "--secret", "geheim-1", "--superuser")
    assert "beheer" in added and "geheim-1" in added
    run.ok("client", "add", "portaal", "--secret", "geheim-2")
    assert run.ok("client", "list").split() == ["beheer", "portaal"]

    run.ok("client", "remove", "portaal")
    assert run.ok("client", "list").split() == ["beheer"]
    assert run("client", "remove", "portaal").exit_code == 1


def test_remove_on_a_fresh_database_exits_1(run: Cli):
    assert run("client", "remove", "niemand").exit_code == 1


def test_client_add_without_secret_generates_one(run: Cli):
    output = run.ok("client", "add", "zonder-secret")
    secret = next(
        line.split(":", 1)[1].strip() for line in output.splitlines() if line.startswith("secret")
    )
    assert len(secret) >= 32
    token = run.token("zonder-secret")
    assert jwt.decode(token, secret, algorithms=["HS256"])["client_id"] == "zonder-secret"


def test_token_is_accepted_by_the_api(run: Cli):
    run.ok("client", "add", "beheer", "--secret", "geheim", "--superuser")
    token = run.token("beheer")
    claims = jwt.decode(token, "geheim", algorithms=["HS256"])
    assert claims["client_id"] == claims["iss"] == "beheer"

    response = run.api_get(APPLICATIES, token)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert body["results"][0]["clientIds"] == ["beheer"]
    assert body["results"][0]["heeftAlleAutorisaties"] is True


def test_token_carries_the_end_user_claims(run: Cli):
    run.ok("client", "add", "portaal", "--secret", "geheim")
    token = run.token("portaal", "--user-id", "mdewit", "--user-representation", "M. de Wit")
    claims = jwt.decode(token, "geheim", algorithms=["HS256"])
    assert claims["user_id"] == "mdewit"
    assert claims["user_representation"] == "M. de Wit"


def test_client_without_superuser_has_no_rights(run: Cli):
    run.ok("client", "add", "gewoon", "--secret", "geheim")
    response = run.api_get(APPLICATIES, run.token("gewoon"))
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_adding_a_client_again_replaces_its_secret(run: Cli):
    run.ok("client", "add", "wisselend", "--secret", "oud")
    run.ok("client", "add", "wisselend", "--secret", "nieuw")
    token = run.token("wisselend")
    assert jwt.decode(token, "nieuw", algorithms=["HS256"])["client_id"] == "wisselend"
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, "oud", algorithms=["HS256"])


def test_removed_client_token_is_rejected_by_the_api(run: Cli):
    run.ok("client", "add", "vertrekt", "--secret", "geheim", "--superuser")
    token = run.token("vertrekt")
    run.ok("client", "remove", "vertrekt")
    response = run.api_get(APPLICATIES, token)
    assert response.status_code == 403
    assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("migrated", [True, False], ids=["migrated", "fresh"])
def test_token_for_unknown_client_exits_1(run: Cli, migrated: bool):
    if migrated:
        run.ok("client", "add", "bekend", "--secret", "geheim")
    result = run("token", "onbekend")
    assert result.exit_code == 1
    assert not any(looks_like_jwt(line) for line in result.output.split())


def looks_like_jwt(text: str) -> bool:
    try:
        jwt.get_unverified_header(text)
    except jwt.DecodeError:
        return False
    return True


def test_apitoken_add_prints_a_key_list_hides_it_and_remove_stops_it(run: Cli):
    output = run.ok("apitoken", "add", "formulieren", "--component", "objecten", "--contact", "ict")
    key = output.split("key:", 1)[1].split()[0]
    assert len(key) == 40
    listed = run.ok("apitoken", "list")
    assert "formulieren" in listed and "objecten" in listed and key not in listed
    assert run("apitoken", "remove", "formulieren").exit_code == 0
    assert "formulieren" not in run.ok("apitoken", "list")
    assert run("apitoken", "remove", "formulieren").exit_code == 1
