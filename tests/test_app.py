"""The assembled platform: `/_health` and the component selection (app.py)."""

from __future__ import annotations

import inspect
import os
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlalchemy import text

from fundament.app import create_app
from fundament.common.db import Database
from fundament.settings import Settings
from tests.common.helpers import assert_problem


async def test_health_is_ok_with_a_working_database(client: httpx.AsyncClient):
    response = await client.get("/_health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # closed again on leaving the block: nothing listens there


@pytest.fixture(params=["postgresql", "sqlite"])
def unreachable_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return f"postgresql://postgres@127.0.0.1:{_closed_port()}/fundament"
    return f"sqlite:///{tmp_path / 'bestaat-niet' / 'fundament.db'}"


@pytest.fixture
async def broken_app(unreachable_url: str, tmp_path: Path) -> AsyncIterator[FastAPI]:
    settings = Settings(data_dir=tmp_path, database_url=unreachable_url, demo_client=False)
    application = create_app(settings)  # builds (and disposes) its own Database
    async with application.router.lifespan_context(application):
        yield application


async def test_health_is_503_when_the_database_is_unreachable(broken_app: FastAPI):
    transport = httpx.ASGITransport(app=broken_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/_health")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}


async def test_only_enabled_components_are_served(settings: Settings, database: Database):
    bare = Settings(**{**settings.model_dump(), "components": ""})
    application = create_app(bare, database)
    transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
    async with (
        application.router.lifespan_context(application),
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as http,
    ):
        assert (await http.get("/autorisaties/api/v1/openapi.json")).status_code == 404
        assert (await http.get("/_health")).status_code == 200


async def test_each_component_serves_its_openapi_document(client: httpx.AsyncClient):
    as_json = await client.get("/autorisaties/api/v1/openapi.json")
    assert as_json.status_code == 200
    assert as_json.headers["content-type"].startswith("application/json")
    document = as_json.json()
    assert document["servers"] == [{"url": "/autorisaties/api/v1"}]
    assert "/applicaties" in document["paths"]
    as_yaml = await client.get("/autorisaties/api/v1/openapi.yaml")
    assert as_yaml.status_code == 200
    assert as_yaml.headers["content-type"].startswith("application/yaml")


def _api_routes(router: Any) -> Iterator[APIRoute]:
    for route in router.routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):  # an included router (FastAPI ≥ 0.120)
            yield from _api_routes(route.original_router)


def _sync_dependencies(dependant: Dependant) -> Iterator[str]:
    for sub in dependant.dependencies:
        call = sub.call
        if call is not None and not (
            inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call)
        ):
            yield f"{call.__module__}.{call.__qualname__}"
        yield from _sync_dependencies(sub)


def test_no_endpoint_or_dependency_runs_in_the_threadpool(settings: Settings):
    """FastAPI hands a plain `def` to a worker thread on every request: a thread switch per
    dependency on the hot paths. Every endpoint and dependency is a coroutine instead."""
    routes = list(_api_routes(create_app(settings).router))
    assert len(routes) > 300  # every component's routes were walked
    offenders = {
        name
        for route in routes
        for name in [
            *_sync_dependencies(route.dependant),
            *([] if inspect.iscoroutinefunction(route.endpoint) else [route.endpoint.__qualname__]),
        ]
    }
    assert offenders == set()


async def test_connections_the_database_dropped_cost_one_503_then_are_replaced(
    client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    """Pools do not ping before use: a request on a connection the server killed answers 503
    (retry), never a 500, and the pool then replaces every connection it held."""
    if database.is_sqlite:
        pytest.skip("an embedded database has no server to drop connections")
    catalogussen = "/catalogi/api/v1/catalogussen"
    assert (await client.get(catalogussen, headers=admin)).status_code == 200
    other = Database(database.url)  # not one of the pool's connections
    try:
        async with other.engine.connect() as connection:
            await connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                    "datname = current_database() AND pid <> pg_backend_pid() "
                    "AND query NOT LIKE 'LISTEN%'"
                )
            )
    finally:
        await other.dispose()
    first = await client.get(catalogussen, headers=admin)
    assert_problem(first, 503, "database_unavailable")
    assert first.headers["Retry-After"] == "1"
    answers = [(await client.get(catalogussen, headers=admin)).status_code for _ in range(2)]
    assert answers == [200, 200]


def test_a_served_worker_loads_no_command_line_and_no_geometry_or_json_schema_library(
    tmp_path: Path,
):
    """What a `fundament serve` worker imports (multiprocessing's spawn re-imports the entry
    script, `fundament.cli`): the app, not the command line (Typer, Rich, Click) nor the
    libraries only some requests need (shapely with numpy, jsonschema), which load on first
    use, nor Pydantic 1. About 30 MiB per worker (docs/deployment.md, Memory)."""
    script = (
        "import sys, fundament.cli, fundament.app as app; app.serve_app(); "
        "print(','.join(sorted(m for m, module in sys.modules.items() if module)))"
    )
    environment = {
        **os.environ,
        "FUNDAMENT_DATA_DIR": str(tmp_path),
        "FUNDAMENT_DATABASE_URL": f"sqlite:///{tmp_path}/fundament.db",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True
    )
    modules = set(done.stdout.strip().split(","))
    loaded = {name.split(".")[0] for name in modules}
    assert {"fastapi", "sqlalchemy", "fundament"} <= loaded
    assert not loaded & {"typer", "rich", "click", "pygments", "shapely", "numpy", "jsonschema"}
    assert "pydantic.v1" not in modules
