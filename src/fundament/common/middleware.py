"""ASGI middleware: the `API-version` header of the component a path belongs to, and a bound
on the requests a process works on at once."""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Where the version is left in the scope for the 500 handler: Starlette sends that response from
# its outermost ServerErrorMiddleware, which this middleware never sees.
API_VERSION_SCOPE_KEY = "fundament.api_version"


class ApiVersionMiddleware:
    """Adds `API-version` to every response under a component's root, errors included."""

    def __init__(self, app: ASGIApp, versions: dict[str, str]) -> None:
        self.app = app
        self.versions = sorted(versions.items(), key=lambda item: -len(item[0]))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        version = next((v for root, v in self.versions if path.startswith(root)), None)
        if version is None:
            await self.app(scope, receive, send)
            return
        scope[API_VERSION_SCOPE_KEY] = version
        header = (b"api-version", version.encode())

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), header]
            await send(message)

        await self.app(scope, receive, send_with_version)


class ActiveRequestLimit:
    """At most `limit` requests are being worked on at once; the rest wait their turn, in order.

    A worker's memory grows with the requests it works on at once (a page of 100 zaken with
    expansions takes about 1.5 MiB until it is rendered), and with keep-alive connections one
    worker may hold most of them: each new connection goes to whichever worker accepts first. On
    two cores, more than a few requests in the works add memory and latency spread, not speed.

    A request's turn ends when its response starts, so a download streamed to a slow client does
    not hold one. A request that waited `wait` seconds goes ahead anyway: a request that calls
    this same server over HTTP (a URL under another host name) never waits on itself for good,
    and slow uploads delay the others by at most that."""

    def __init__(self, app: ASGIApp, limit: int, wait: float) -> None:
        self.app = app
        self.wait = wait
        self.turns = asyncio.Semaphore(limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            async with asyncio.timeout(self.wait):
                await self.turns.acquire()
        except TimeoutError:
            await self.app(scope, receive, send)
            return
        holding = True

        async def send_and_release(message: Message) -> None:
            nonlocal holding
            if holding and message["type"] == "http.response.start":
                holding = False
                self.turns.release()
            await send(message)

        try:
            await self.app(scope, receive, send_and_release)
        finally:
            if holding:
                self.turns.release()
