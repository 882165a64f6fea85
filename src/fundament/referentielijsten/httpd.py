"""A tiny threaded HTTP server on a loopback port, for the stand-ins of external services.

Subclasses implement `handle(request) -> StubResponse`; the server records every request it saw,
so tests can assert on what the implementation called (e.g. a notification callback).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True, slots=True)
class StubRequest:
    """One request as the stub saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass(frozen=True, slots=True)
class StubResponse:
    """What the stub answers."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, data: Any, status: int = 200) -> StubResponse:
        body = json.dumps(data, ensure_ascii=False).encode()
        return cls(status, body, {"Content-Type": "application/json"})


class StubServer:
    """Serves `handle()` on 127.0.0.1 (a free port unless given) from a daemon thread."""

    name = "stub"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._address = (host, port)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.requests: list[StubRequest] = []

    # --- to implement --------------------------------------------------------------------------

    def handle(self, request: StubRequest) -> StubResponse:
        raise NotImplementedError

    # --- lifecycle -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` (no trailing slash); only valid once started."""
        if self._httpd is None:
            raise RuntimeError(f"{self.name} server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self._httpd = ThreadingHTTPServer(self._address, _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name=f"{self.name}-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _record(self, request: StubRequest) -> None:
        with self._lock:
            self.requests.append(request)


def _handler_for(stub: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = f"fundament-{stub.name}-stub"

        def _serve(self, *, send_body: bool = True) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = StubRequest(
                method=self.command,
                path=parts.path,
                query=parse_qs(parts.query, keep_blank_values=True),
                headers={key.lower(): value for key, value in self.headers.items()},
                body=self.rfile.read(length) if length else b"",
            )
            stub._record(request)
            try:
                response = stub.handle(request)
            except Exception as exc:  # a bug in a stub must show, not hang the client
                response = StubResponse.json({"detail": f"stub error: {exc!r}"}, status=500)
            self.send_response(response.status)
            for key, value in response.headers.items():
                self.send_header(key, value)
            if response.status not in (204, 304):  # RFC 9110: no body, no Content-Length
                self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if send_body and response.status not in (204, 304):
                self.wfile.write(response.body)

        def do_GET(self) -> None:
            self._serve()

        def do_HEAD(self) -> None:
            self._serve(send_body=False)

        def do_POST(self) -> None:
            self._serve()

        def do_PUT(self) -> None:
            self._serve()

        def do_PATCH(self) -> None:
            self._serve()

        def do_DELETE(self) -> None:
            self._serve()

        def do_OPTIONS(self) -> None:
            self._serve()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # requests are recorded on the stub instead

    return Handler
