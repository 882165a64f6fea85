"""The assembled platform: `/_health` and the component selection (app.py)."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from fundament.app import create_app
from fundament.common.db import Database
from fundament.settings import Settings


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
