"""The suite's `mock_url` server: the answers Open Zaak's CI nginx gave, plus `ZGW_mocks.json`.

The implementation (not newman) fetches these URLs to validate foreign references:
`/404` → 404 (`bad-url`), `/200` → 200 with an empty HTML page (`invalid-resource`),
`/communicatiekanaal` → a valid communicatiekanaal, `POST /callback` → 204 (a webhook receiver).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fundament.referentielijsten.httpd import StubRequest, StubResponse, StubServer
from tests.conformance import ZGW_ACCEPTANCE

MOCKS_FILE = ZGW_ACCEPTANCE / "mocks" / "ZGW_mocks.json"

_EMPTY_HTML = {"Content-Type": "text/html; charset=utf-8"}


class MockEndpoints(StubServer):
    """Answers `RUNNING.md` §5's mock endpoints on a loopback port; records every call."""

    name = "mock-endpoints"

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, mocks_file: Path | None = MOCKS_FILE
    ) -> None:
        super().__init__(host, port)
        self.canned = load_canned_responses(mocks_file) if mocks_file else {}

    def handle(self, request: StubRequest) -> StubResponse:
        path = request.path.rstrip("/") or "/"
        # Like nginx `return NNN;`: any method gets the same status.
        if path in ("/", "/200"):
            return StubResponse(200, b"", _EMPTY_HTML)
        if path == "/204":
            return StubResponse(204)
        if path == "/404":
            return StubResponse(404, b"", _EMPTY_HTML)
        if path == "/communicatiekanaal" and request.method in ("GET", "HEAD"):
            return StubResponse.json(
                {"url": f"{self.base_url}/communicatiekanaal", "naam": "foo", "omschrijving": "bar"}
            )
        if path == "/callback" and request.method == "POST":
            return StubResponse(204)
        canned = self.canned.get((request.method if request.method != "HEAD" else "GET", path))
        if canned is not None:
            return canned
        return StubResponse(404, b"", _EMPTY_HTML)

    def callbacks(self) -> list[Any]:
        """The JSON bodies POSTed to `/callback` so far (e.g. delivered notifications)."""
        return [r.json() for r in self.requests if r.method == "POST" and r.path == "/callback"]


def load_canned_responses(mocks_file: Path) -> dict[tuple[str, str], StubResponse]:
    """`(method, path)` → the first example response of each request in a Postman mock file."""
    collection = json.loads(mocks_file.read_text(encoding="utf-8"))
    canned: dict[tuple[str, str], StubResponse] = {}
    for item in _requests(collection.get("item", [])):
        request = item["request"]
        url = request.get("url")
        raw = url if isinstance(url, str) else (url or {}).get("raw", "")
        path = raw.replace("{{mock_url}}", "").split("?", 1)[0].rstrip("/") or "/"
        for example in item.get("response") or []:
            body = (example.get("body") or "").encode()
            headers = {"Content-Type": _content_type(example, body)}
            canned.setdefault(
                (request.get("method", "GET").upper(), path),
                StubResponse(int(example.get("code") or 200), body, headers),
            )
    return canned


def _requests(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for item in items:
        if "item" in item:
            found.extend(_requests(item["item"]))
        elif "request" in item:
            found.append(item)
    return found


def _content_type(example: dict[str, Any], body: bytes) -> str:
    for header in example.get("header") or []:
        if str(header.get("key", "")).lower() == "content-type" and header.get("value"):
            return str(header["value"])
    try:
        json.loads(body)
    except ValueError:
        return "text/plain; charset=utf-8"
    return "application/json"
