"""Route helpers: the per-request Documenten context with the scopes each operation needs."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from fastapi import Depends, FastAPI, Request
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.audit import Actor
from fundament.common.auth import AuthContext, require_any_scope
from fundament.common.errors import ValidationFailed
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.documenten.scopes import (
    COMPONENT,
    SCOPE_AANMAKEN,
    SCOPE_AUDITTRAILS_LEZEN,
    SCOPE_BIJWERKEN,
    SCOPE_GEFORCEERD_BIJWERKEN,
    SCOPE_GEFORCEERD_UNLOCK,
    SCOPE_LEZEN,
    SCOPE_LOCK,
    SCOPE_VERWIJDEREN,
)
from fundament.components.documenten.services.base import Ctx
from fundament.components.documenten.storage import FileSystemStorage, Storage

ROOT = "/documenten/api/v1"


def storage_of(app: FastAPI) -> Storage:
    """The content store of this app (filesystem under the data directory by default)."""
    storage: Storage | None = getattr(app.state, "documenten_storage", None)
    if storage is None:
        settings = app.state.settings
        storage = FileSystemStorage(settings.documenten_dir or settings.data_dir / "documenten")
        app.state.documenten_storage = storage
    return storage


def _context(
    *alternatives: tuple[str, str], writes: bool
) -> Callable[..., Coroutine[Any, Any, Ctx]]:
    check = require_any_scope(*alternatives)

    async def dependency(
        request: Request,
        auth: AuthContext = Depends(check),
        session: AsyncSession = Depends(get_session),
    ) -> Ctx:
        base = public_base(request)
        return Ctx(
            session=session,
            api_root=base + ROOT,
            base=base,
            auth=auth,
            actor=Actor.of(request, auth) if writes else None,
            resolver=request.app.state.resolver,
            storage=storage_of(request.app),
            part_size=request.app.state.settings.documenten_part_size,
        )

    return dependency


READ = Depends(_context((COMPONENT, SCOPE_LEZEN), writes=False))
CREATE = Depends(_context((COMPONENT, SCOPE_AANMAKEN), writes=True))
UPDATE = Depends(_context((COMPONENT, SCOPE_BIJWERKEN), writes=True))
# PUT/PATCH of a document: `(documenten.bijwerken | documenten.geforceerd-bijwerken)`.
UPDATE_DOCUMENT = Depends(
    _context((COMPONENT, SCOPE_BIJWERKEN), (COMPONENT, SCOPE_GEFORCEERD_BIJWERKEN), writes=True)
)
DELETE = Depends(_context((COMPONENT, SCOPE_VERWIJDEREN), writes=True))
LOCK = Depends(_context((COMPONENT, SCOPE_LOCK), writes=True))
# drc-010: unlocking takes the lock id, or `documenten.geforceerd-unlock` without it.
UNLOCK = Depends(
    _context((COMPONENT, SCOPE_LOCK), (COMPONENT, SCOPE_GEFORCEERD_UNLOCK), writes=True)
)
AUDIT = Depends(_context((COMPONENT, SCOPE_AUDITTRAILS_LEZEN), writes=False))


def parse_versie(value: str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except ValueError as exc:
        raise ValidationFailed.single("versie", "invalid", "Geef een geheel getal.") from exc


def parse_datetime(value: str | None, name: str) -> datetime | None:
    """An ISO 8601 moment; without a zone it is read as UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError as exc:
        raise ValidationFailed.single(name, "invalid", "Geef een datum-tijd in ISO 8601.") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def csv(value: str | None) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()] if value else []
