"""newman for the conformance harness: install it from npm once, build the environment, run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conformance import REPO_ROOT
from tests.conformance.fundament_server import SUITE_CLIENTS, terminate_group
from tests.conformance.report import RULE_FOLDER

NEWMAN_VERSION = "6.2.2"  # the version RUNNING.md's counts were taken with
NEWMAN_PREFIX = REPO_ROOT / ".conformance"  # git-ignored
NPM_QUIET = ("--no-audit", "--no-fund", "--loglevel=error")
# Our own reporters (`newman-reporter-*` packages), found by newman through NODE_PATH.
REPORTERS_DIR = Path(__file__).resolve().parent / "node"
LOOP_LIMIT = 50  # consecutive runs of one request before the loop guard aborts the run

# The API roots of `fundament serve` (DESIGN.md), by the suite's variable name.
API_ROOTS = {
    "zrc_url": "/zaken/api/v1",
    "drc_url": "/documenten/api/v1",
    "ztc_url": "/catalogi/api/v1",
    "brc_url": "/besluiten/api/v1",
    "ac_url": "/autorisaties/api/v1",
    "nrc_url": "/notificaties/api/v1",
}


class NewmanError(RuntimeError):
    """newman could not be installed or started."""


def ensure_newman(prefix: Path = NEWMAN_PREFIX) -> Path:
    """The newman executable under `prefix`, installed from npm when missing."""
    executable = prefix / "node_modules" / ".bin" / "newman"
    if executable.exists():
        return executable
    npm = shutil.which("npm")
    if npm is None:
        raise NewmanError("npm is not installed; newman needs Node.js ≥ 16 and npm")
    prefix.mkdir(parents=True, exist_ok=True)
    print(f"Installing newman {NEWMAN_VERSION} into {prefix} …", flush=True)
    result = subprocess.run(
        [npm, "install", "--prefix", str(prefix), f"newman@{NEWMAN_VERSION}", *NPM_QUIET],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not executable.exists():
        raise NewmanError(f"npm install newman failed:\n{result.stdout}{result.stderr}")
    return executable


def environment(server_base: str, mock_url: str, referentielijst_url: str) -> dict[str, Any]:
    """A Postman environment pointing every variable the suites read at the local servers."""
    values = {key: server_base + root for key, root in API_ROOTS.items()}
    superuser = next(c for c in SUITE_CLIENTS if c.superuser)
    limited = next(c for c in SUITE_CLIENTS if not c.superuser)
    values.update(
        referentielijst_url=referentielijst_url,
        mock_url=mock_url,
        client_id=superuser.client_id,
        secret=superuser.secret,
        client_id_limited=limited.client_id,
        secret_limited=limited.secret,
    )
    return {
        "name": "fundament conformance (local)",
        "values": [{"key": k, "value": v, "enabled": True} for k, v in values.items()],
        "_postman_variable_scope": "environment",
    }


@dataclass(frozen=True, slots=True)
class NewmanRun:
    """One newman invocation and where its JSON report went."""

    collection: Path
    environment_file: Path
    report_file: Path
    folders: tuple[str, ...] = ()
    extra_args: tuple[str, ...] = ()
    script_console: bool = False

    def command(self, newman: Path) -> list[str]:
        command = [str(newman), "run", str(self.collection), "-e", str(self.environment_file)]
        for folder in self.folders:
            command += ["--folder", folder]
        command += ["--timeout-request", "30000", "--reporters", "cli,json,loopguard"]
        command += ["--reporter-json-export", str(self.report_file)]
        command += ["--reporter-loopguard-limit", str(LOOP_LIMIT)]
        if not self.script_console:
            # The suites' scripts mostly log sandbox deprecation warnings, several per request.
            command.append("--reporter-cli-no-console")
        return command + list(self.extra_args)


def run_newman(newman: Path, run: NewmanRun) -> int:
    """Run newman with its output on our terminal; stop it if we are interrupted."""
    run.report_file.parent.mkdir(parents=True, exist_ok=True)
    if run.report_file.exists():
        run.report_file.unlink()  # never summarise a previous run's report
    env = dict(os.environ)
    env.setdefault("NO_UPDATE_NOTIFIER", "1")
    env["NODE_PATH"] = os.pathsep.join(filter(None, [str(REPORTERS_DIR), env.get("NODE_PATH")]))
    process = subprocess.Popen(run.command(newman), env=env, start_new_session=True)
    try:
        return process.wait()
    finally:
        if process.poll() is None:
            terminate_group(process)


def load_collection(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def collection_folders(collection: dict[str, Any], *, grouping_only: bool = False) -> list[str]:
    """The names of the folders in a collection, depth first.

    With `grouping_only`, only folders holding other folders (`ac`, `ZRC`, …), skipping the
    per-rule ones (`(ac-001)`, `zrc-001`): the names worth suggesting for `--folder`.
    """
    names: list[str] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "item" in item:
                groups = any("item" in child for child in item["item"])
                if not grouping_only or (groups and not RULE_FOLDER.match(item["name"])):
                    names.append(item["name"])
                walk(item["item"])

    walk(collection.get("item", []))
    return names


def top_level_folders(collection: dict[str, Any]) -> list[str]:
    return [item["name"] for item in collection.get("item", []) if "item" in item]


def resolve_folder(collection: dict[str, Any], wanted: str) -> str | None:
    """The collection's folder called `wanted`: exact match first, else one ignoring case."""
    names = collection_folders(collection)
    if wanted in names:
        return wanted
    matches = sorted({name for name in names if name.lower() == wanted.lower()})
    return matches[0] if len(matches) == 1 else None
