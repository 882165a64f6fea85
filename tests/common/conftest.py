"""Fixtures for the common tests: apps built with adjusted settings on the test database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest

from fundament.app import create_app
from fundament.common.db import Database
from fundament.settings import Settings

AppFactory = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
def client_with(settings: Settings, database: Database) -> AppFactory:
    """`async with client_with(base_url=...) as http:` — the platform with other settings."""

    @asynccontextmanager
    async def build(**overrides: Any) -> AsyncIterator[httpx.AsyncClient]:
        custom = Settings(**{**settings.model_dump(), **overrides})
        application = create_app(custom, database)
        async with application.router.lifespan_context(application):
            transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
                yield http

    return build
