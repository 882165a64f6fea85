"""A real webhook receiver on 127.0.0.1 (http.server in a thread) that answers as a test says."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt

# What the receiver does with one request: answer with a status code, or misbehave.
TIMEOUT = "timeout"  # answer only after the client has given up
CLOSE = "close"  # close the connection without an answer
GARBAGE = "garbage"  # answer bytes that are not HTTP
Behaviour = int | str


@dataclass(frozen=True, slots=True)
class Received:
    """One request as the receiver saw it, and what it did with it."""

    method: str
    path: str  # without the query string
    target: str  # as requested, with the query string
    authorization: str | None
    body: Any
    answered: Behaviour

    @property
    def accepted(self) -> bool:
        return isinstance(self.answered, int) and 200 <= self.answered < 300


class Receiver:
    """Records every request; per path, answers from a script of behaviours, then a default."""

    def __init__(self, hang: float = 2.0) -> None:
        self.hang = hang  # seconds a TIMEOUT answer waits
        self.received: list[Received] = []
        self.defaults: dict[str, Behaviour] = {}
        self.scripts: dict[str, deque[Behaviour]] = defaultdict(deque)
        self.lock = threading.Lock()
        self.port = _free_port()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- behaviour -------------------------------------------------------------------------

    def answer(self, path: str, *script: Behaviour, then: Behaviour = 204) -> None:
        """Answer requests to `path` with `script` in turn, and `then` afterwards."""
        with self.lock:
            self.scripts[path] = deque(script)
            self.defaults[path] = then

    def _next(self, path: str) -> Behaviour:
        with self.lock:
            script = self.scripts[path]
            return script.popleft() if script else self.defaults.get(path, 204)

    def _record(self, entry: Received) -> None:
        with self.lock:
            self.received.append(entry)

    def requests(self, path: str | None = None, *, accepted: bool | None = None) -> list[Received]:
        with self.lock:
            found = list(self.received)
        if path is not None:
            found = [r for r in found if r.path == path]
        if accepted is not None:
            found = [r for r in found if r.accepted == accepted]
        return found

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    # --- running ---------------------------------------------------------------------------

    def handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _body(self) -> Any:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    return json.loads(raw) if raw else None
                except ValueError:
                    return raw.decode(errors="replace")

            def _serve(self) -> None:
                body = self._body()
                path = self.path.split("?")[0]
                authorization = self.headers.get("Authorization")
                behaviour = receiver.judge(authorization, receiver._next(path))
                receiver._record(
                    Received(self.command, path, self.path, authorization, body, behaviour)
                )
                receiver.respond(self, behaviour)

            do_POST = _serve
            do_GET = _serve

        return Handler

    def judge(self, authorization: str | None, behaviour: Behaviour) -> Behaviour:
        """The answer to a request with this Authorization (subclasses check it)."""
        return behaviour

    def respond(self, handler: BaseHTTPRequestHandler, behaviour: Behaviour) -> None:
        """Send the answer `behaviour` stands for (subclasses add JSON bodies)."""
        if behaviour == TIMEOUT:
            time.sleep(self.hang)
            behaviour = 204
        if behaviour == CLOSE:
            handler.close_connection = True
            return
        if behaviour == GARBAGE:
            handler.wfile.write(b"this is not HTTP at all\r\n\r\n")
            handler.close_connection = True
            return
        assert isinstance(behaviour, int)
        try:
            handler.send_response(behaviour)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        except OSError:
            pass  # the client went away (after a timeout)

    def start(self) -> Receiver:
        server = ThreadingHTTPServer(("127.0.0.1", self.port), self.handler())
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening: from now on connections are refused, until `start()` again."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None


class VerifyingReceiver(Receiver):
    """A subscriber that, like a ZGW API, accepts only a ZGW JWT (HS256) of `client_id` signed
    with `secret` and issued at most `max_age` seconds before its clock's now (the test's
    clock, so no test waits); anything else is answered 403. Keeps the claims it verified."""

    def __init__(
        self, client_id: str, secret: str, now: Callable[[], float], max_age: float
    ) -> None:
        super().__init__()
        self.client_id, self.secret, self.now, self.max_age = client_id, secret, now, max_age
        self.claims: list[dict[str, Any]] = []

    def judge(self, authorization: str | None, behaviour: Behaviour) -> Behaviour:
        scheme, _, token = (authorization or "").partition(" ")
        try:
            # `iat` is judged below against the test's clock, not PyJWT's.
            claims = jwt.decode(
                token, self.secret, algorithms=["HS256"], options={"verify_iat": False}
            )
        except jwt.PyJWTError:
            return 403
        fresh = 0 <= self.now() - claims["iat"] <= self.max_age
        if scheme != "Bearer" or claims.get("client_id") != self.client_id or not fresh:
            return 403
        with self.lock:
            self.claims.append(claims)
        return behaviour


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
