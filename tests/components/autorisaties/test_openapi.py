"""The served OpenAPI document is the official one, and every operation in it is routed."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import fastapi.routing
import httpx
import pytest
import yaml
from fastapi import FastAPI
from starlette.routing import Match

from fundament.components import autorisaties
from tests.components.autorisaties.helpers import ROOT

OFFICIAL_FILE = Path("/work/shared/standards/autorisaties-api-1.0.0.yaml")
HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}


@pytest.fixture(scope="module")
def official() -> dict[str, Any]:
    """The standard's document, from the shared copy of the standards."""
    if not OFFICIAL_FILE.exists():
        pytest.skip(f"the official standard is not checked out at {OFFICIAL_FILE}")
    return yaml.safe_load(OFFICIAL_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    """The document the component ships and serves (checked against the official one below)."""
    return yaml.safe_load(autorisaties.component().openapi_file.read_text(encoding="utf-8"))


def test_shipped_document_is_the_official_one(shipped: dict[str, Any], official: dict[str, Any]):
    assert shipped == official


def _without_servers(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "servers"}


async def test_openapi_json_serves_the_official_document_at_our_root(
    client: httpx.AsyncClient, official: dict[str, Any]
):
    response = await client.get(f"{ROOT}/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    served = response.json()
    assert served["servers"] == [{"url": ROOT}]
    assert served["paths"] == official["paths"]
    assert served["components"] == official["components"]
    assert _without_servers(served) == _without_servers(official)


async def test_openapi_yaml_serves_the_same_document(
    client: httpx.AsyncClient, official: dict[str, Any]
):
    response = await client.get(f"{ROOT}/openapi.yaml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/yaml")
    served = yaml.safe_load(response.text)
    assert served["servers"] == [{"url": ROOT}]
    assert _without_servers(served) == _without_servers(official)


def _shape(path: str) -> str:
    """A path with every parameter name erased: `/a/{uuid}` and `/a/{id}` are one route."""
    return re.sub(r"\{[^}]+\}", "{}", path)


def _concrete(path: str) -> str:
    """A path a client could send: every parameter filled with a UUID."""
    return re.sub(r"\{[^}]+\}", lambda _: str(uuid.uuid4()), path)


def _official_operations(official: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {
        (ROOT + path, method.upper()): operation["operationId"]
        for path, item in official["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def _routes(app: FastAPI) -> list[Any]:
    """The app's routes in dispatch order, included routers flattened (newer FastAPI nests them)."""
    flatten = getattr(fastapi.routing, "iter_route_contexts", None)
    return list(flatten(app.routes)) if flatten else list(app.routes)


def _dispatched_operation(app: FastAPI, path: str, method: str) -> str | None:
    """The operationId of the route Starlette dispatches a request to (None: no route)."""
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "root_path": "",
        "query_string": b"",
        "headers": [],
    }
    for route in _routes(app):
        if route.matches(scope)[0] == Match.FULL:
            return getattr(route, "operation_id", None) or route.name
    return None


def test_every_official_operation_is_routed_to_its_operation(app: FastAPI, shipped: dict[str, Any]):
    expected = _official_operations(shipped)
    assert len(expected) == 7  # README §2.5: 3 paths, 7 operations
    dispatched = {
        (path, method): _dispatched_operation(app, _concrete(path), method)
        for path, method in expected
    }
    wrong = {key: got for key, got in dispatched.items() if got != expected[key]}
    assert wrong == {}, f"operations of the standard not routed to their operation: {wrong}"


def test_we_route_no_operation_outside_the_standard(app: FastAPI, shipped: dict[str, Any]):
    official_shapes = {(_shape(path), method) for path, method in _official_operations(shipped)}
    routed = {
        (_shape(route.path), method)
        for route in _routes(app)
        if (route.path or "").startswith(ROOT + "/")
        for method in route.methods or ()
    }
    # HEAD is GET without a body (RFC 9110); the documents themselves are served as well.
    extra = {
        (path, method)
        for path, method in routed - official_shapes
        if method != "HEAD" and not path.startswith(f"{ROOT}/openapi.")
    }
    assert extra == set()
    assert official_shapes <= routed
