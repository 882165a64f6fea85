"""An objecttype served by another Objecttypes API: fetched over HTTP from a real local
server, validated the same way; an unreachable one is a 400."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.components.objecten.conftest import OBJECTS, SCHEMA, Api, codes, names

KEY = "0f2b8a7e-3c1d-4f0a-9a57-7e2b8c1d00aa"


@pytest.fixture
def foreign() -> Iterator[str]:
    """A tiny Objecttypes API on 127.0.0.1 with one objecttype, version 1 published and
    version 2 a draft; its objecttype URL."""
    state: dict[str, Any] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"{state['root']}/objecttypes/{KEY}"
            documents = {
                f"/api/v2/objecttypes/{KEY}": {
                    "url": base,
                    "name": "boom",
                    "allowGeometry": False,
                    "versions": [f"{base}/versions/1"],
                },
                f"/api/v2/objecttypes/{KEY}/versions/1": {
                    "version": 1,
                    "status": "published",
                    "jsonSchema": SCHEMA,
                },
                f"/api/v2/objecttypes/{KEY}/versions/2": {
                    "version": 2,
                    "status": "draft",
                    "jsonSchema": SCHEMA,
                },
            }
            body = documents.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(body or {"detail": "Not found"}).encode())

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state["root"] = f"http://127.0.0.1:{server.server_port}/api/v2"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{state['root']}/objecttypes/{KEY}"
    server.shutdown()
    server.server_close()


def _body(type_url: str, version: int, data: dict, **record: Any) -> dict:
    return {
        "type": type_url,
        "record": {"typeVersion": version, "data": data, "startAt": "2020-01-01", **record},
    }


async def test_a_foreign_objecttype_validates_records(api: Api, foreign: str):
    created = await api.created(f"{OBJECTS}/objects", _body(foreign, 1, {"naam": "eik"}))
    assert created["type"] == foreign
    invalid = await api.post(f"{OBJECTS}/objects", _body(foreign, 1, {"naam": 5}))
    assert invalid.status_code == 400 and names(invalid) == ["record.data.naam"]
    draft = await api.post(f"{OBJECTS}/objects", _body(foreign, 2, {"naam": "eik"}))
    assert codes(draft) == ["unpublished-type-version"]
    missing = await api.post(f"{OBJECTS}/objects", _body(foreign, 3, {"naam": "eik"}))
    assert names(missing) == ["record.typeVersion"]
    geometry = await api.post(
        f"{OBJECTS}/objects",
        _body(foreign, 1, {"naam": "eik"}, geometry={"type": "Point", "coordinates": [1, 2]}),
    )
    assert codes(geometry) == ["geometry-not-allowed"]


async def test_an_unreachable_objecttype_is_a_400(api: Api):
    response = await api.post(
        f"{OBJECTS}/objects", _body(f"http://127.0.0.1:9/api/v2/objecttypes/{KEY}", 1, {})
    )
    assert response.status_code == 400
    assert codes(response) == ["bad-url"]
