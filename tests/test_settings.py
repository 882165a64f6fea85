"""Settings: every option read from `FUNDAMENT_*` environment variables and validated."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from fundament.settings import ALL_COMPONENTS, Settings, get_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No FUNDAMENT_* variable from the caller's shell, and a throw-away working directory."""
    for name in list(os.environ):
        if name.startswith("FUNDAMENT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()


def test_defaults_serve_every_component_on_embedded_sqlite(tmp_path: Path):
    settings = Settings()
    assert settings.components == list(ALL_COMPONENTS)
    expected = tmp_path.resolve() / "fundament-data" / "fundament.db"
    assert settings.db_url == f"sqlite+aiosqlite:///{expected}"
    assert settings.is_sqlite
    assert settings.base_url is None
    assert settings.url_allowed_hosts == []
    assert settings.url_allow_private is False


def test_default_database_lives_under_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("FUNDAMENT_DATA_DIR", str(tmp_path / "elders"))
    settings = Settings()
    assert settings.data_dir == tmp_path / "elders"
    assert settings.db_url == f"sqlite+aiosqlite:///{(tmp_path / 'elders').resolve()}/fundament.db"


def test_environment_variables_are_parsed(monkeypatch: pytest.MonkeyPatch):
    environment = {
        "FUNDAMENT_DATABASE_URL": "postgresql://fundament@db.example/fundament",
        "FUNDAMENT_BASE_URL": "https://zgw.gemeente.example/",
        "FUNDAMENT_COMPONENTS": " autorisaties , ",
        "FUNDAMENT_JWT_MAX_AGE": "600",
        "FUNDAMENT_JWT_LEEWAY": "0",
        "FUNDAMENT_LOG_FORMAT": "json",
        "FUNDAMENT_URL_ALLOWED_HOSTS": "ztc.example.nl, zrc.example.nl:8443",
        "FUNDAMENT_URL_ALLOW_PRIVATE": "true",
        "FUNDAMENT_URL_TIMEOUT": "2.5",
        "FUNDAMENT_DEMO_CLIENT": "false",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    assert settings.db_url == "postgresql://fundament@db.example/fundament"
    assert not settings.is_sqlite
    assert settings.base_url == "https://zgw.gemeente.example"
    assert settings.components == ["autorisaties"]
    assert settings.jwt_max_age == 600
    assert settings.jwt_leeway == 0
    assert settings.log_format == "json"
    assert settings.url_allowed_hosts == ["ztc.example.nl", "zrc.example.nl:8443"]
    assert settings.url_allow_private is True
    assert settings.url_timeout == 2.5
    assert settings.demo_client is False


def test_empty_components_list_serves_nothing(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FUNDAMENT_COMPONENTS", "")
    assert Settings().components == []


def test_components_keep_mounting_order(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FUNDAMENT_COMPONENTS", ",".join(reversed(ALL_COMPONENTS)))
    assert Settings().components == list(ALL_COMPONENTS)


@pytest.mark.parametrize("value", ["zaken-v9", "autorisaties,onbekend"])
def test_unknown_component_is_rejected(monkeypatch: pytest.MonkeyPatch, value: str):
    monkeypatch.setenv("FUNDAMENT_COMPONENTS", value)
    with pytest.raises(ValidationError) as raised:
        Settings()
    assert [error["loc"] for error in raised.value.errors()] == [("components",)]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FUNDAMENT_JWT_MAX_AGE", "0"),
        ("FUNDAMENT_JWT_LEEWAY", "-1"),
        ("FUNDAMENT_LOG_FORMAT", "xml"),
        ("FUNDAMENT_URL_TIMEOUT", "0"),
        ("FUNDAMENT_URL_ALLOW_PRIVATE", "misschien"),
    ],
)
def test_invalid_values_are_rejected(monkeypatch: pytest.MonkeyPatch, name: str, value: str):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as raised:
        Settings()
    field = name.removeprefix("FUNDAMENT_").lower()
    assert [error["loc"] for error in raised.value.errors()] == [(field,)]


def test_process_settings_are_read_once(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FUNDAMENT_JWT_MAX_AGE", "100")
    first = get_settings()
    monkeypatch.setenv("FUNDAMENT_JWT_MAX_AGE", "200")
    assert get_settings() is first
    get_settings.cache_clear()
    assert get_settings().jwt_max_age == 200
    get_settings.cache_clear()
