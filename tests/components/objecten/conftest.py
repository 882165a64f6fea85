"""Fixtures of the Objects and Objecttypes API tests: API tokens, permissions, objecttypes
with a published JSON Schema, and the outbox."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from fundament.common import apitokens
from fundament.common.db import Database
from fundament.common.outbox import OutboxMessage
from fundament.components.objecten.services.permissions import set_permission

OBJECTS = "/objecten/api/v2"
OBJECTTYPES = "/objecttypen/api/v2"
CRS = {"Content-Crs": "EPSG:4326"}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["naam"],
    "properties": {
        "naam": {"type": "string", "minLength": 1},
        "hoogte": {"type": "number"},
        "plantdatum": {"type": "string"},
        "kenmerken": {
            "type": "object",
            "properties": {"kleur": {"type": "string"}, "leeftijd": {"type": "integer"}},
        },
    },
}


class Api:
    """Calls the Objects/Objecttypes APIs with one set of headers."""

    def __init__(self, http: httpx.AsyncClient, database: Database, headers: dict[str, str]):
        self.http = http
        self.database = database
        self.headers = headers

    def _h(self, extra: dict[str, str] | None) -> dict[str, str]:
        return {**self.headers, **CRS, **(extra or {})}

    async def get(self, path: str, headers: dict[str, str] | None = None, **kw: Any) -> Any:
        return await self.http.get(path, headers=self._h(headers), **kw)

    async def post(self, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
        return await self.http.post(path, json=body, headers=self._h(headers))

    async def put(self, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
        return await self.http.put(path, json=body, headers=self._h(headers))

    async def patch(self, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
        return await self.http.patch(path, json=body, headers=self._h(headers))

    async def delete(self, path: str, **kw: Any) -> Any:
        return await self.http.delete(path, headers=self._h(None), **kw)

    async def created(self, path: str, body: Any) -> dict[str, Any]:
        response = await self.post(path, body)
        assert response.status_code == 201, response.text
        return response.json()  # type: ignore[no-any-return]

    async def objecttype(
        self,
        schema: dict[str, Any] | None = None,
        *,
        publish: bool = True,
        root: str = OBJECTTYPES,
        **fields: Any,
    ) -> str:
        """An objecttype with version 1 (published unless told otherwise); its URL."""
        body = {"name": "boom", "namePlural": "bomen", **fields}
        objecttype = await self.created(f"{root}/objecttypes", body)
        await self.created(
            f"{root}/objecttypes/{objecttype['uuid']}/versions",
            {
                "jsonSchema": SCHEMA if schema is None else schema,
                "status": "published" if publish else "draft",
            },
        )
        return objecttype["url"]  # type: ignore[no-any-return]

    async def object(self, type_url: str, data: dict[str, Any], **record: Any) -> dict[str, Any]:
        body = {
            "type": type_url,
            "record": {"typeVersion": 1, "data": data, "startAt": "2020-01-01", **record},
        }
        return await self.created(f"{OBJECTS}/objects", body)


async def token_headers(database: Database, identifier: str) -> dict[str, str]:
    async with database.session() as session:
        key = await apitokens.add_token(session, identifier)
        await session.commit()
    return {"Authorization": f"Token {key}"}


@pytest.fixture
async def api(client: httpx.AsyncClient, database: Database, admin: dict[str, str]) -> Api:
    """A ZGW superuser client: may do everything."""
    return Api(client, database, admin)


@pytest.fixture
def token_api(client: httpx.AsyncClient, database: Database) -> Callable[..., Awaitable[Api]]:
    """An API-token caller with the given permissions: `{type_url: mode}` or
    `{type_url: (mode, fields)}` (fields: field-based read restriction per version)."""

    async def make(identifier: str, grants: dict[str, Any] | None = None) -> Api:
        headers = await token_headers(database, identifier)
        async with database.session() as session:
            for type_url, grant in (grants or {}).items():
                mode, fields = grant if isinstance(grant, tuple) else (grant, None)
                await set_permission(
                    session,
                    identifier,
                    type_url,
                    mode,
                    use_fields=fields is not None,
                    fields=fields,
                )
        return Api(client, database, headers)

    return make


ReadOutbox = Callable[[], Awaitable[list[OutboxMessage]]]


@pytest.fixture
def outbox(database: Database) -> ReadOutbox:
    async def read() -> list[OutboxMessage]:
        async with database.session() as session:
            rows = await session.execute(select(OutboxMessage).order_by(OutboxMessage.id))
            return list(rows.scalars())

    return read


def codes(response: httpx.Response) -> list[str]:
    assert response.headers["content-type"] == "application/problem+json", response.text
    return [param["code"] for param in response.json().get("invalidParams", [])]


def names(response: httpx.Response) -> list[str]:
    return [param["name"] for param in response.json().get("invalidParams", [])]
