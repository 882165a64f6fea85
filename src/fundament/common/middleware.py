"""ASGI middleware: the `API-version` header of the component a path belongs to."""

from __future__ import annotations

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
