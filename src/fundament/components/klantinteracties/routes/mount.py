"""The routes every resource has, generated from its `Resource`: list, create, retrieve, update,
partial update and destroy, with the operationIds of the specification (`partijenList`, …).

No `from __future__ import annotations` here: FastAPI reads the generated endpoints' body types
at runtime.
"""

import inspect
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import RootModel
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from fundament.common.apitokens import authenticate_caller
from fundament.common.audit import Actor
from fundament.common.errors import PermissionDenied
from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import parse_uuid
from fundament.common.schemas import partial
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.klantinteracties.services import base as crud
from fundament.components.klantinteracties.services.base import Ctx, Resource

ROOT = "/klantinteracties/api/v1"

Body = RootModel[dict[str, Any]]
ContextDependency = Callable[..., Any]


def context_dependency(component: str, root: str) -> ContextDependency:
    """Authenticate (`Token <key>` or a ZGW JWT) and build the services' context.

    A valid token may do everything, as in Open Klant; a JWT client needs an Applicatie with
    heeftAlleAutorisaties (the ZGW scopes do not cover this API)."""

    async def context(request: Request, session: AsyncSession = Depends(get_session)) -> Ctx:
        caller = await authenticate_caller(request, session, component)
        if caller.jwt is not None and not caller.is_superuser:
            raise PermissionDenied(f"Alleen een token of heeftAlleAutorisaties geeft {component}.")
        actor = Actor(
            client_id=caller.identifier,
            toelichting=request.headers.get("x-audit-toelichting", ""),
        )
        return Ctx(session=session, root=public_base(request) + root, actor=actor, bron=component)

    return context


CONTEXT = context_dependency("klantinteracties", ROOT)


def filter_params(names: list[str]) -> Callable[..., Awaitable[dict[str, str]]]:
    """A dependency taking each documented filter as an optional query parameter, so an unknown
    parameter is refused (ZgwRoute) and the known ones arrive as {name: value}."""
    parameters = [
        inspect.Parameter(
            f"p{index}",
            inspect.Parameter.KEYWORD_ONLY,
            default=Query(None, alias=name),
            annotation=str | None,
        )
        for index, name in enumerate(names)
    ]

    async def given(**values: str | None) -> dict[str, str]:
        return {names[int(key[1:])]: value for key, value in values.items() if value is not None}

    given.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    return given


def operation_prefix(collection: str) -> str:
    """`partij-identificatoren` → `partijIdentificatoren` (the specification's operationIds)."""
    head, *rest = collection.split("-")
    return head + "".join(part.capitalize() for part in rest)


def mount(
    router: APIRouter,
    resource: Resource,
    context: ContextDependency,
    *,
    destroy: bool = True,
) -> None:
    path = f"/{resource.collection}"
    operation = operation_prefix(resource.collection)
    tags: list[str | Enum] = [resource.collection]
    create_model = resource.body
    patch_model = partial(create_model)
    filters = filter_params(list(resource.filters))
    expand_dependency = _expand if resource.expand_choices else _no_expand

    @router.get(path, response_model=Page[Any], operation_id=f"{operation}List", tags=tags)
    async def list_(
        request: Request,
        given: dict[str, str] = Depends(filters),
        page: PageParams = Depends(page_params),
        expand: str | None = Depends(expand_dependency),
        ctx: Ctx = Depends(context),
    ) -> Response:
        count, results = await crud.list_page(ctx, resource, given, page, expand)
        return json_response(page_of(request, page, count, results))

    @router.post(
        path, response_model=Body, status_code=201, operation_id=f"{operation}Create", tags=tags
    )
    async def create(body: create_model, ctx: Ctx = Depends(context)) -> Response:  # type: ignore[valid-type]
        view = await crud.create(ctx, resource, body)
        return created_response(Body(view), view["url"])

    @router.get(
        f"{path}/{{uuid}}", response_model=Body, operation_id=f"{operation}Retrieve", tags=tags
    )
    async def retrieve(
        request: Request,
        uuid: str,
        expand: str | None = Depends(expand_dependency),
        ctx: Ctx = Depends(context),
    ) -> Response:
        view = await crud.get_one(ctx, resource, parse_uuid(uuid), expand)
        return detail_response(request, Body(view))

    @router.put(
        f"{path}/{{uuid}}", response_model=Body, operation_id=f"{operation}Update", tags=tags
    )
    async def update(
        request: Request,
        uuid: str,
        body: create_model,  # type: ignore[valid-type]
        ctx: Ctx = Depends(context),
    ) -> Response:
        view = await crud.update(ctx, resource, parse_uuid(uuid), body, partial=False)
        return detail_response(request, Body(view))

    @router.patch(
        f"{path}/{{uuid}}", response_model=Body, operation_id=f"{operation}PartialUpdate", tags=tags
    )
    async def partial_update(
        request: Request,
        uuid: str,
        body: patch_model,  # type: ignore[valid-type]
        ctx: Ctx = Depends(context),
    ) -> Response:
        view = await crud.update(ctx, resource, parse_uuid(uuid), body, partial=True)
        return detail_response(request, Body(view))

    if destroy:

        @router.delete(
            f"{path}/{{uuid}}", status_code=204, operation_id=f"{operation}Destroy", tags=tags
        )
        async def destroy_(uuid: str, ctx: Ctx = Depends(context)) -> Response:
            await crud.delete(ctx, resource, parse_uuid(uuid))
            return no_content()


async def _expand(
    expand: str | None = Query(None, description="Comma-separated related resources to include."),
) -> str | None:
    """The documented `expand` parameter (a comma-separated list, `explode: false`)."""
    return expand


async def _no_expand() -> None:
    """Resources without `expand` refuse it as an unknown parameter."""
    return None
