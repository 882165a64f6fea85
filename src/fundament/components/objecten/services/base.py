"""What every Objects use case shares: the request context and the caller's permissions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.apitokens import Caller
from fundament.common.audit import Actor
from fundament.common.errors import PermissionDenied
from fundament.common.urls import UrlResolver
from fundament.components.objecten import models as m

READ_ONLY = "read_only"
READ_AND_WRITE = "read_and_write"


@dataclass(frozen=True, slots=True)
class Grant:
    """A caller's permission on one objecttype."""

    mode: str
    use_fields: bool = False
    fields: dict[str, Any] | None = None

    def allowed_fields(self, version: int) -> list[str] | None:
        """The fields a read-only caller with field-based authorisation may see of a record of
        this objecttype version (None: all)."""
        if self.mode == READ_ONLY and self.use_fields:
            listed = (self.fields or {}).get(str(version), [])
            return [str(name) for name in listed] if isinstance(listed, list) else []
        return None


FULL = Grant(READ_AND_WRITE)


@dataclass(slots=True)
class Ctx:
    """One request as the Objects services see it."""

    session: AsyncSession
    api_root: str  # public URL of the Objects API root, e.g. http://host/objecten/api/v2
    base: str  # public scheme://host of this deployment
    caller: Caller
    actor: Actor | None
    resolver: UrlResolver
    _grants: dict[str, Grant] | None = None

    def url(self, key: uuid.UUID) -> str:
        return f"{self.api_root}/objects/{key}"

    @property
    def dialect(self) -> str:
        bind = self.session.bind
        assert bind is not None
        return bind.dialect.name

    async def grants(self) -> dict[str, Grant]:
        """The caller's permissions per objecttype URL (loaded once per request)."""
        if self._grants is None:
            query = select(m.Permission).where(m.Permission.identifier == self.caller.identifier)
            rows = (await self.session.execute(query)).scalars()
            self._grants = {row.type: Grant(row.mode, row.use_fields, row.fields) for row in rows}
        return self._grants

    async def grant(self, type_url: str) -> Grant | None:
        if self.caller.is_superuser:
            return FULL
        return (await self.grants()).get(type_url)

    async def require(self, type_url: str, *, write: bool) -> Grant:
        """403 unless the caller may read (or write) objects of this objecttype."""
        grant = await self.grant(type_url)
        if grant is None or (write and grant.mode != READ_AND_WRITE):
            raise PermissionDenied("Geen toestemming voor objecten van dit objecttype.")
        return grant

    def type_filter(self) -> ColumnElement[bool]:
        """List filter: only objects of objecttypes the caller has a permission on (in SQL)."""
        if self.caller.is_superuser:
            return true()
        allowed = select(m.Permission.type).where(m.Permission.identifier == self.caller.identifier)
        return m.Object.type.in_(allowed)
