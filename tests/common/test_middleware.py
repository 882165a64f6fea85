"""The bound on requests a process works on at once (common/middleware.ActiveRequestLimit)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, StreamingResponse
from starlette.routing import Route

from fundament.common.middleware import ActiveRequestLimit


class Gate:
    """An app whose requests stay in the works until the test lets them go."""

    def __init__(self, expect: int = 1) -> None:
        self.inside = 0
        self.most = 0
        self.expect = expect
        self.reached = asyncio.Event()  # `expect` requests are inside at once
        self.open = asyncio.Event()
        self.streaming = asyncio.Event()

    async def hold(self, request: Request) -> PlainTextResponse:
        self.inside += 1
        self.most = max(self.most, self.inside)
        if self.inside == self.expect:
            self.reached.set()
        await self.open.wait()
        self.inside -= 1
        return PlainTextResponse("done")

    async def stream(self, request: Request) -> StreamingResponse:
        async def body() -> AsyncIterator[bytes]:
            yield b"first"
            await self.streaming.wait()
            yield b"rest"

        return StreamingResponse(body())

    async def quick(self, request: Request) -> PlainTextResponse:
        return PlainTextResponse("quick")

    def app(self, limit: int, wait: float) -> httpx.AsyncClient:
        routes = [
            Route("/hold", self.hold),
            Route("/stream", self.stream),
            Route("/quick", self.quick),
        ]
        limited = ActiveRequestLimit(Starlette(routes=routes), limit=limit, wait=wait)
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=limited), base_url="http://t")


async def test_requests_beyond_the_limit_wait_their_turn() -> None:
    gate = Gate(expect=2)
    async with gate.app(limit=2, wait=30) as client:
        requests = [asyncio.create_task(client.get("/hold")) for _ in range(5)]
        await asyncio.wait_for(gate.reached.wait(), 5)
        await asyncio.sleep(0.05)  # time for a third to get in, were it let in
        assert gate.inside == 2
        gate.open.set()
        responses = await asyncio.gather(*requests)
    assert [r.status_code for r in responses] == [200] * 5
    assert gate.most == 2


async def test_a_request_that_waited_long_enough_goes_ahead() -> None:
    gate = Gate()
    async with gate.app(limit=1, wait=0.05) as client:
        held = asyncio.create_task(client.get("/hold"))
        await asyncio.wait_for(gate.reached.wait(), 5)
        # The one turn is taken and stays taken, yet this request is answered.
        quick = await client.get("/quick")
        assert quick.status_code == 200 and quick.text == "quick"
        assert not held.done()
        gate.open.set()
        assert (await held).status_code == 200


async def test_a_turn_ends_when_the_response_starts() -> None:
    gate = Gate()
    limited = ActiveRequestLimit(Starlette(routes=[Route("/stream", gate.stream)]), 1, 30)
    started, done = asyncio.Event(), asyncio.Event()
    body: list[bytes] = []
    requests = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive() -> dict[str, object]:
        if requests:
            return requests.pop()
        await done.wait()  # the client stays connected until the test is over
        return {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.start":
            started.set()
        elif message["type"] == "http.response.body":
            body.append(message.get("body", b""))  # type: ignore[arg-type]

    scope = {
        "type": "http", "method": "GET", "path": "/stream", "raw_path": b"/stream",
        "query_string": b"", "headers": [], "root_path": "", "scheme": "http",
        "server": ("t", 80), "asgi": {"version": "3.0"}, "http_version": "1.1",
    }  # fmt: skip
    # httpx's ASGI transport reads a whole body before it answers, so the app is called as a
    # server would.
    streaming = asyncio.create_task(limited(scope, receive, send))  # type: ignore[arg-type]
    await asyncio.wait_for(started.wait(), 5)
    # The body is still being streamed, yet the one turn is free again.
    assert not streaming.done()
    assert not limited.turns.locked()
    gate.streaming.set()
    await asyncio.wait_for(streaming, 5)
    done.set()
    assert b"".join(body) == b"firstrest"
