"""Every component serves the official OpenAPI document, and routes every operation in it."""

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

from fundament.app import load_components
from fundament.common.component import Component
from fundament.settings import ALL_COMPONENTS

# The official specifications sit beside the checkout (`../shared/standards/`).
STANDARDS = Path(__file__).resolve().parents[1].parent / "shared" / "standards"
OFFICIAL = {
    "autorisaties": ("autorisaties-api-1.0.0.yaml", 7),
    "catalogi": ("catalogi-api-1.3.1.yaml", 70),
    "documenten": ("documenten-api-1.4.2.yaml", 33),
    "zaken": ("zaken-api-1.5.1.yaml", 62),
    # VNG 1.1.0 (HEAD/ETag on details as Open Zaak's variant has them, see HEAD below).
    "besluiten": ("besluiten-api-1.1.0.yaml", 12),
    # Open Notificaties' variant: VNG 1.0.0 plus PUT/PATCH on kanaal and 201 on POST
    # /notificaties, which the NRC folder of VNG's OAS suite expects (the VNG file says 200).
    "notificaties": ("opennotificaties-notificaties-api-1.0.0.yaml", 13),
    "objecttypen": ("objecttypes-api-2.2.2.yaml", 12),
    # Objects API 2.7.0 also serves the objecttypes (the same resources as the Objecttypes API).
    "objecten": ("objects-api-2.7.0.yaml", 22),
    "klantinteracties": ("klantinteracties-api-0.9.0.yaml", 85),
    "contactgegevens": ("contactgegevens-api-1.1.1.yaml", 12),
}
# Operations of a shipped document deliberately not offered (documented in docs/api-notes.md).
NOT_OFFERED = {
    # Open Notificaties' experimental CloudEvents publishing ("**EXPERIMENTEEL**" in its OAS).
    "notificaties": {"cloudevent_create"},
}
# Operations served that a shipped document lacks (documented in docs/api-notes.md).
EXTRA = {
    # brc-004 of Besluiten 1.0 names besluitinformatieobject_update/_partial_update, and the
    # VNG behaviour suite (brc-004a..d) expects them to refuse a changed relation with a 400.
    "besluiten": {
        ("/besluiten/api/v1/besluitinformatieobjecten/{}", "PUT"),
        ("/besluiten/api/v1/besluitinformatieobjecten/{}", "PATCH"),
    },
}
HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head"}
# Fundament's additions to a shipped document (documented in docs/api-notes.md) carry this mark:
# paths, properties, schemas and tags. Without them the document is the official one.
EXTENSION = "x-fundament-extension"


def _is_extension(value: Any) -> bool:
    return isinstance(value, dict) and value.get(EXTENSION) is True


def official_part(value: Any) -> Any:
    """The document without everything marked as a Fundament extension."""
    if isinstance(value, dict):
        return {k: official_part(v) for k, v in value.items() if not _is_extension(v)}
    if isinstance(value, list):
        return [official_part(item) for item in value if not _is_extension(item)]
    return value


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(path, METHOD) → operationId of every operation in a document."""
    return {
        (path, method.upper()): operation["operationId"]
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def test_every_component_has_an_official_document_listed():
    assert set(OFFICIAL) == set(ALL_COMPONENTS)


@pytest.fixture(params=sorted(OFFICIAL))
def component(request: pytest.FixtureRequest) -> Component:
    return load_components([request.param])[0]


def _official(component: Component) -> tuple[dict[str, Any], int]:
    name, operations = OFFICIAL[component.name]
    path = STANDARDS / name
    if not path.exists():
        pytest.skip(f"the official standards are not beside this checkout ({path})")
    return yaml.safe_load(path.read_text(encoding="utf-8")), operations


def _without_servers(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "servers"}


def _shipped(component: Component) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(component.openapi_file.read_text(encoding="utf-8"))
    return document


def test_shipped_document_is_the_official_one(component: Component):
    """Apart from what is marked as a Fundament extension, byte for byte in meaning."""
    official, _ = _official(component)
    assert official_part(_shipped(component)) == official


async def test_openapi_json_and_yaml_serve_the_official_document_at_our_root(
    client: httpx.AsyncClient, component: Component
):
    official, _ = _official(component)
    as_json = await client.get(f"{component.root}/openapi.json")
    as_yaml = await client.get(f"{component.root}/openapi.yaml")
    assert as_json.status_code == as_yaml.status_code == 200
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_yaml.headers["content-type"].startswith("application/yaml")
    for served in (as_json.json(), yaml.safe_load(as_yaml.text)):
        assert served["servers"] == [{"url": component.root}]
        assert _without_servers(served) == _without_servers(_shipped(component))
        assert _without_servers(official_part(served)) == _without_servers(official)


def _concrete(path: str) -> str:
    """A path a client could send: every parameter filled with a UUID."""
    return re.sub(r"\{[^}]+\}", lambda _: str(uuid.uuid4()), path)


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


def test_every_official_operation_is_routed_to_its_operation(app: FastAPI, component: Component):
    official, count = _official(component)
    expected = {
        (component.root + path, method.upper()): operation["operationId"]
        for path, item in official["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }
    assert len(expected) == count  # the operation count of shared/standards/README.md §2
    wrong = {}
    for (path, method), operation_id in expected.items():
        if operation_id in NOT_OFFERED.get(component.name, set()):
            continue
        got = _dispatched_operation(app, _concrete(path), method)
        # HEAD shares the GET route (`x_headers` in the OAS is `x_retrieve` with no body).
        want = operation_id.replace("_headers", "_retrieve") if method == "HEAD" else operation_id
        if got != want:
            wrong[(path, method)] = got
    assert wrong == {}, f"operations of the standard not routed to their operation: {wrong}"


def test_every_extension_operation_is_routed_to_its_operation(app: FastAPI, component: Component):
    shipped = _shipped(component)
    extensions = {
        (path, method): operation_id
        for (path, method), operation_id in _operations(shipped).items()
        if _is_extension(shipped["paths"][path])
    }
    wrong = {
        (path, method): got
        for (path, method), operation_id in extensions.items()
        if (got := _dispatched_operation(app, _concrete(component.root + path), method))
        != operation_id
    }
    assert wrong == {}


def test_no_operation_is_routed_that_the_shipped_document_lacks(app: FastAPI, component: Component):
    """Every route is an operation of the standard or a documented (marked) extension."""
    shapes = {
        (re.sub(r"\{[^}]+\}", "{}", component.root + path), method)
        for path, method in _operations(_shipped(component))
    }
    extra = set()
    for route in _routes(app):
        path = getattr(route, "path", "")
        if not path.startswith(component.root + "/") or path.endswith(
            ("openapi.json", "openapi.yaml")
        ):
            continue
        for method in getattr(route, "methods", set()):
            shape = (re.sub(r"\{[^}]+\}", "{}", path), method)
            # HTTP gives every GET a HEAD (RFC 9110 §9.3.2), also where an older OAS omits it.
            if method == "HEAD" and (shape[0], "GET") in shapes:
                continue
            if shape not in shapes and shape not in EXTRA.get(component.name, set()):
                extra.add(shape)
    assert extra == set()


def test_operations_not_offered_are_in_the_document_but_answer_404(
    app: FastAPI, component: Component
):
    official, _ = _official(component)
    skipped = NOT_OFFERED.get(component.name, set())
    operations = {
        operation["operationId"]: (component.root + path, method.upper())
        for path, item in official["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }
    assert skipped <= operations.keys()
    for name in skipped:
        path, method = operations[name]
        assert _dispatched_operation(app, _concrete(path), method) is None
