"""Route helpers: the per-request Besluiten context with the scopes each operation needs."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.audit import Actor
from fundament.common.auth import AuthContext, require_scopes
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.besluiten.scopes import (
    COMPONENT,
    SCOPE_AANMAKEN,
    SCOPE_AUDITTRAILS_LEZEN,
    SCOPE_BIJWERKEN,
    SCOPE_LEZEN,
    SCOPE_VERWIJDEREN,
)
from fundament.components.besluiten.services.base import Ctx

ROOT = "/besluiten/api/v1"


def _context(scope: str, *, writes: bool) -> Callable[..., Coroutine[Any, Any, Ctx]]:
    check = require_scopes(COMPONENT, scope)

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
        )

    return dependency


READ = Depends(_context(SCOPE_LEZEN, writes=False))
CREATE = Depends(_context(SCOPE_AANMAKEN, writes=True))
UPDATE = Depends(_context(SCOPE_BIJWERKEN, writes=True))
DELETE = Depends(_context(SCOPE_VERWIJDEREN, writes=True))
AUDIT = Depends(_context(SCOPE_AUDITTRAILS_LEZEN, writes=False))
