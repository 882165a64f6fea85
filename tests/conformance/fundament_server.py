"""Runs `fundament serve` for the conformance suite: a throw-away database, seeded clients, a port.

PostgreSQL by default (a fresh database on the server of `FUNDAMENT_TEST_POSTGRES`, dropped
afterwards), or the embedded SQLite in a temporary data directory. Everything it starts it stops.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

import asyncpg
from sqlalchemy.engine import make_url

POSTGRES = os.environ.get("FUNDAMENT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")

# The OAS collection signs its tokens with `iat = now + 257 s` (its collection-level pre-request
# script); a leeway below that rejects every request of that suite as "not yet valid".
JWT_LEEWAY_SECONDS = 300


@dataclass(frozen=True, slots=True)
class SuiteClient:
    """A JWT client the suite signs tokens for."""

    client_id: str
    secret: str
    superuser: bool


SUITE_CLIENTS = (
    SuiteClient("zgw_api_tests", "secret", superuser=True),
    SuiteClient("zgw_api_tests_limited", "secret_limited", superuser=False),
)


class ServerError(RuntimeError):
    """The server (or its database) could not be prepared or did not come up."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def fundament_executable() -> str:
    """The `fundament` console script of the running virtualenv (else the one on PATH)."""
    candidate = Path(sys.executable).parent / "fundament"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("fundament")
    if found is None:
        raise ServerError("`fundament` is not installed (run scripts/test once to set up .venv)")
    return found


class FundamentServer:
    """`fundament serve` on a fresh database and a free loopback port; a context manager."""

    def __init__(
        self,
        *,
        sqlite: bool,
        log_path: Path,
        host: str = "127.0.0.1",
        referentielijsten_url: str = "",
    ) -> None:
        self.sqlite = sqlite
        self.referentielijsten_url = referentielijsten_url
        self.log_path = log_path
        self.host = host
        self.port = free_port(host)
        self.base_url = f"http://{host}:{self.port}"
        self._data_dir: Path | None = None
        self._pg_url: str | None = None
        self._process: subprocess.Popen[bytes] | None = None

    # --- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        self._data_dir = Path(tempfile.mkdtemp(prefix="fundament-conformance-"))
        if not self.sqlite:
            # Remember the name before creating it, so an interrupt cannot leak the database.
            name = f"fundament_conformance_{os.getpid()}_{uuid.uuid4().hex[:8]}"
            self._pg_url = (
                make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
            )
            try:
                asyncio.run(_create_database(name))
            except ServerError:
                self._pg_url = None  # nothing was created
                raise
        for client in SUITE_CLIENTS:
            self._seed(client)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(
                [fundament_executable(), "serve", "--host", self.host, "--port", str(self.port)],
                env=self._env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: Ctrl-C is ours to handle
            )
        self._wait_until_healthy()

    def stop(self) -> None:
        """Stop the server, drop the database, remove the data directory (each step idempotent)."""
        try:
            self._stop_process()
        finally:
            try:
                self._drop_database()
            finally:
                if self._data_dir is not None:
                    shutil.rmtree(self._data_dir, ignore_errors=True)
                    self._data_dir = None

    # --- helpers -------------------------------------------------------------------------------

    def describe(self) -> str:
        where = "SQLite in a temporary data directory" if self.sqlite else "PostgreSQL"
        if self._pg_url:
            where += f" database {make_url(self._pg_url).database}"
        return f"fundament serve on {self.base_url} ({where}); log: {self.log_path}"

    def _env(self) -> dict[str, str]:
        # Only our settings: a developer's own FUNDAMENT_* variables must not leak into the run.
        env = {k: v for k, v in os.environ.items() if not k.startswith("FUNDAMENT_")}
        assert self._data_dir is not None
        env.update(
            FUNDAMENT_DATA_DIR=str(self._data_dir),
            FUNDAMENT_BASE_URL=self.base_url,
            FUNDAMENT_URL_ALLOW_PRIVATE="true",
            FUNDAMENT_DEMO_CLIENT="false",
            FUNDAMENT_JWT_LEEWAY=str(JWT_LEEWAY_SECONDS),
            FUNDAMENT_REFERENTIELIJSTEN_URL=self.referentielijsten_url,
        )
        if self._pg_url is not None:
            env["FUNDAMENT_DATABASE_URL"] = self._pg_url
        return env

    def _seed(self, client: SuiteClient) -> None:
        command = [fundament_executable(), "client", "add", client.client_id]
        command += ["--secret", client.secret]
        if client.superuser:
            command.append("--superuser")
        result = subprocess.run(
            command, env=self._env(), capture_output=True, text=True, check=False, timeout=120
        )
        if result.returncode != 0:
            raise ServerError(
                f"seeding client {client.client_id} failed:\n{result.stdout}{result.stderr}"
            )

    def _wait_until_healthy(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        url = f"{self.base_url}/_health"
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise ServerError(
                    f"fundament serve exited with {self._process.returncode}:\n{self._log_tail()}"
                )
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise ServerError(f"fundament serve not healthy after {timeout:.0f} s:\n{self._log_tail()}")

    def _stop_process(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        terminate_group(process)

    def _drop_database(self) -> None:
        url, self._pg_url = self._pg_url, None
        if url is None:
            return
        try:
            asyncio.run(_drop_database(url))
        except (OSError, asyncpg.PostgresError) as exc:
            name = make_url(url).database
            print(f"conformance: could not drop database {name}: {exc}", file=sys.stderr)

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


def terminate_group(process: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    """SIGTERM the process group we started (uvicorn workers included), then SIGKILL if needed."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        process.wait(timeout=grace)


async def _create_database(name: str) -> None:
    try:
        conn = await asyncpg.connect(POSTGRES)
    except (OSError, asyncpg.PostgresError) as exc:
        raise ServerError(f"cannot reach PostgreSQL at {POSTGRES} ({exc}); try --sqlite") from exc
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _drop_database(url: str) -> None:
    name = make_url(url).database
    conn = await asyncpg.connect(POSTGRES)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
