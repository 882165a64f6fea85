"""Route helpers: the per-request Zaken context with the scopes each operation needs."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.audit import Actor
from fundament.common.auth import AuthContext, require_any_scope
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.zaken.scopes import COMPONENT
from fundament.components.zaken.services.base import Ctx

ROOT = "/zaken/api/v1"


def context(*scopes: str, writes: bool) -> Any:
    """A dependency: authenticate, demand one of the scopes (any zaaktype), build the Ctx."""
    check = require_any_scope(*((COMPONENT, scope) for scope in scopes))

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

    return Depends(dependency)
