"""`fundament objecttypes load-defaults` and `fundament objecten permission …` on a throw-away
SQLite file."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from fundament.cli.commands import app as cli
from fundament.settings import get_settings


def _run(tmp_path: Path, *args: str):
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(cli, list(args), env={"FUNDAMENT_DATA_DIR": str(tmp_path)})
    finally:
        get_settings.cache_clear()


def test_load_defaults_creates_verzoek_taak_bericht_once(tmp_path: Path):
    first = _run(tmp_path, "objecttypes", "load-defaults", "--base-url", "https://gemeente.nl")
    assert first.exit_code == 0, first.output
    assert first.output.count("(created)") == 3
    assert "https://gemeente.nl/objecttypen/api/v2/objecttypes/" in first.output
    for name in ("verzoek", "taak", "bericht"):
        assert name in first.output
    again = _run(tmp_path, "objecttypes", "load-defaults")
    assert again.exit_code == 0 and again.output.count("(already present)") == 3


def test_permission_add_list_and_remove(tmp_path: Path):
    url = "https://gemeente.nl/objecttypen/api/v2/objecttypes/x"
    added = _run(
        tmp_path,
        "objecten",
        "permission",
        "add",
        "formulieren",
        url,
        "--mode",
        "read_only",
        "--use-fields",
        "--fields",
        '{"1": ["uuid"]}',
    )
    assert added.exit_code == 0, added.output
    listed = _run(tmp_path, "objecten", "permission", "list")
    assert "formulieren" in listed.output and "read_only" in listed.output
    assert _run(tmp_path, "objecten", "permission", "remove", "formulieren", url).exit_code == 0
    assert _run(tmp_path, "objecten", "permission", "remove", "formulieren", url).exit_code == 1


def test_permission_add_refuses_bad_input(tmp_path: Path):
    url = "https://gemeente.nl/x"
    bad_mode = _run(tmp_path, "objecten", "permission", "add", "a", url, "--mode", "alles")
    assert bad_mode.exit_code == 1
    bad_fields = _run(tmp_path, "objecten", "permission", "add", "a", url, "--fields", "{nope")
    assert bad_fields.exit_code == 1
    wrong_shape = _run(tmp_path, "objecten", "permission", "add", "a", url, "--fields", "[1]")
    assert wrong_shape.exit_code == 1
