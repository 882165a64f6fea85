"""Route helpers: the per-request Objects context, CRS checks and JSON answers."""

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from fundament.common.apitokens import authenticate_caller
from fundament.common.audit import Actor
from fundament.common.crs import CONTENT_CRS, DEFAULT_CRS, accept_crs, content_crs
from fundament.common.errors import NotFound, ValidationFailed
from fundament.common.pagination import Page
from fundament.common.responses import etag_of
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.objecten import rules
from fundament.components.objecten.services.base import Ctx

ROOT = "/objecten/api/v2"
COMPONENT = "objecten"
UNAUTHORIZED_FIELDS = "X-Unauthorized-Fields"


def _context(*, writes: bool) -> Callable[..., Coroutine[Any, Any, Ctx]]:
    async def dependency(request: Request, session: AsyncSession = Depends(get_session)) -> Ctx:
        caller = await authenticate_caller(request, session, COMPONENT)
        base = public_base(request)
        return Ctx(
            session=session,
            api_root=base + ROOT,
            base=base,
            caller=caller,
            actor=Actor.of_caller(request, caller) if writes else None,
            resolver=request.app.state.resolver,
        )

    return dependency


READ = Depends(_context(writes=False))
WRITE = Depends(_context(writes=True))
ACCEPT_CRS = Depends(accept_crs)
CONTENT_CRS_REQUIRED = Depends(content_crs)


def parse_fields(value: str | None) -> list[str]:
    """`fields=url,record__geometry` → the names; an unknown object field is a 400."""
    names = [name.strip() for name in (value or "").split(",") if name.strip()]
    problems = rules.fields_param_problems(names)
    if problems:
        raise ValidationFailed(problems)
    return names


def parse_index(value: str) -> int:
    if not value.isdigit():
        raise NotFound()
    return int(value)


def json_answer(
    request: Request,
    body: Any,
    *,
    status: int = 200,
    crs: bool = True,
    unauthorized: str | None = None,
    location: str | None = None,
) -> Response:
    """A JSON answer with `Content-Crs`, `X-Unauthorized-Fields`, and for a single resource an
    ETag (304 on a match, no body for HEAD)."""
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    headers: dict[str, str] = {}
    if crs:
        headers[CONTENT_CRS] = DEFAULT_CRS
    if unauthorized:
        headers[UNAUTHORIZED_FIELDS] = unauthorized
    if location:
        headers["Location"] = location
    if isinstance(body, dict) and "results" not in body:
        etag = etag_of(content)
        headers["ETag"] = etag
        if request.method in ("GET", "HEAD") and etag in {
            tag.strip().removeprefix("W/")
            for tag in request.headers.get("if-none-match", "").split(",")
        }:
            return Response(status_code=304, headers=headers)
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(content))
        return Response(status_code=status, headers=headers, media_type="application/json")
    return Response(content, status_code=status, headers=headers, media_type="application/json")


def page_body(page: Page[Any]) -> dict[str, Any]:
    return {
        "count": page.count,
        "next": page.next,
        "previous": page.previous,
        "results": page.results,
    }
