"""Route helpers: the per-request Catalogi context with the scopes each operation needs."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.audit import Actor
from fundament.common.auth import AuthContext, require_any_scope
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.catalogi.scopes import (
    COMPONENT,
    READ_ALTERNATIVES,
    SCOPE_GEFORCEERD_SCHRIJVEN,
    SCOPE_GEFORCEERD_VERWIJDEREN,
    SCOPE_LEZEN,
    SCOPE_SCHRIJVEN,
)
from fundament.components.catalogi.services.base import Ctx

ROOT = "/catalogi/api/v1"


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
        )

    return dependency


READ = Depends(_context((COMPONENT, SCOPE_LEZEN), writes=False))
# ztc-014: zaaktypen may also be read with zaken.lezen or documenten.lezen.
READ_ZAAKTYPEN = Depends(_context(*READ_ALTERNATIVES, writes=False))
CREATE = Depends(_context((COMPONENT, SCOPE_SCHRIJVEN), writes=True))
CREATE_PART = Depends(
    _context((COMPONENT, SCOPE_SCHRIJVEN), (COMPONENT, SCOPE_GEFORCEERD_SCHRIJVEN), writes=True)
)
UPDATE = CREATE_PART
DELETE = Depends(
    _context((COMPONENT, SCOPE_SCHRIJVEN), (COMPONENT, SCOPE_GEFORCEERD_VERWIJDEREN), writes=True)
)
PUBLISH = CREATE
