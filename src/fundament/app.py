"""Builds the ASGI app from the enabled components."""

from __future__ import annotations

import contextlib
import gc
import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request
from starlette.responses import JSONResponse, Response

from fundament import __version__
from fundament.common.authcache import AuthCache, ChangeListener
from fundament.common.component import Component
from fundament.common.db import Database
from fundament.common.logs import configure_logging
from fundament.common.middleware import ActiveRequestLimit, ApiVersionMiddleware
from fundament.common.problems import install_exception_handlers
from fundament.common.routing import ComponentRouter, ZgwRoute
from fundament.common.urls import LocalResource, UrlResolver
from fundament.components.autorisaties.services import LocalGrantSource
from fundament.components.notificaties.dispatch.dispatcher import in_process
from fundament.settings import Settings, get_settings


def load_components(names: list[str]) -> list[Component]:
    return [importlib.import_module(f"fundament.components.{n}").component() for n in names]


def _openapi_routes(app: FastAPI, component: Component) -> None:
    async def as_json(request: Request) -> Response:
        return Response(component.openapi_json, media_type="application/json")

    async def as_yaml(request: Request) -> Response:
        return Response(component.openapi_yaml, media_type="application/yaml")

    app.router.add_api_route(
        f"{component.root}/openapi.json",
        as_json,
        include_in_schema=False,
        route_class_override=ZgwRoute,
    )
    app.router.add_api_route(
        f"{component.root}/openapi.yaml",
        as_yaml,
        include_in_schema=False,
        route_class_override=ZgwRoute,
    )


def create_app(
    settings: Settings | None = None, database: Database | None = None, *, dispatcher: bool = False
) -> FastAPI:
    """The platform: every enabled component under its standard root, plus `/_health`; with
    `dispatcher`, a notification dispatcher runs in the same process."""
    settings = settings or get_settings()
    configure_logging(settings.log_format, settings.log_level)
    components = load_components(settings.components)
    owns_database = database is None
    db = database or Database(settings.db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with httpx.AsyncClient(timeout=settings.url_timeout) as client:
            resolver = UrlResolver(settings, client)
            for component in components:
                for collection in component.collections:
                    resolver.register(
                        LocalResource(
                            component.root,
                            collection.collection,
                            collection.loader,
                            collection.many,
                        )
                    )
            app.state.resolver = resolver
            kanalen = [kanaal for component in components for kanaal in component.kanalen]
            async with contextlib.AsyncExitStack() as stack:
                if not db.is_sqlite and settings.auth_cache_seconds > 0:
                    await stack.enter_async_context(ChangeListener(db.url, app.state.auth_cache))
                running = await stack.enter_async_context(
                    in_process(db, settings, kanalen, dispatch=dispatcher)
                )
                app.state.dispatcher = running
                yield
        if owns_database:
            await db.dispose()

    app = FastAPI(
        title="Fundament",
        version=__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db
    app.state.components = components
    # Authorisations come from this deployment's Autorisaties tables.
    app.state.grant_source = LocalGrantSource()
    # Kept true by a change listener (PostgreSQL); never used without one (common/authcache).
    app.state.auth_cache = AuthCache(settings.auth_cache_seconds)
    install_exception_handlers(app)

    for component in components:
        guarded = ComponentRouter(component.root)
        guarded.include_router(component.router)
        app.include_router(guarded, prefix=component.root)
        _openapi_routes(app, component)

    @app.get("/_health", include_in_schema=False)
    async def health() -> Response:
        if await db.ping():
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "unavailable"}, status_code=503)

    app.add_middleware(ApiVersionMiddleware, versions={c.root: c.api_version for c in components})
    if settings.max_active_requests:
        app.add_middleware(
            ActiveRequestLimit,
            limit=settings.max_active_requests,
            wait=settings.max_active_wait,
        )
    return app


def serve_app() -> FastAPI:
    """What `fundament serve` runs: the app with its in-process dispatcher unless turned off.

    Each component's `warm` runs first. Everything built so far (modules, schemas, routes: most
    of a worker's objects) lives as long as the process, so it is moved out of the garbage
    collector's sight (`gc.freeze`): a full collection then scans only what requests made,
    instead of pausing a request for tens of milliseconds now and then."""
    settings = get_settings()
    app = create_app(settings, dispatcher=settings.notificaties_dispatcher)
    for component in app.state.components:
        if component.warm is not None:
            component.warm()
    gc.collect()
    gc.freeze()
    return app
