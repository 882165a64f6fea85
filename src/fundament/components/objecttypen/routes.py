"""HTTP routes of the objecttypes resources. The Objecttypes API 2.2.2 serves them, and the
Objects API 2.7.0 serves the same resources under its own root with other operationIds, so the
router is built per component."""

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from fundament.common.apitokens import authenticate_caller
from fundament.common.audit import Actor
from fundament.common.errors import NotFound
from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import merged
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.objecttypen import services as service
from fundament.components.objecttypen.schemas import (
    DataClassification,
    ObjectType,
    ObjectTypeCreate,
    ObjectTypePatch,
    ObjectVersion,
    ObjectVersionCreate,
    ObjectVersionPatch,
)
from fundament.components.objecttypen.services import Ctx

PATH = "/objecttypes"
MAX_VERSION = 32767


def parse_version(value: str) -> int:
    """The `{version}` path parameter (0 … 32767); anything else names no resource: 404."""
    if not value.isdigit() or int(value) > MAX_VERSION:
        raise NotFound()
    return int(value)


def caller_context(
    component: str, root: str, *, writes: bool
) -> Callable[..., Coroutine[Any, Any, Ctx]]:
    """Any authenticated caller of `component` (API token or ZGW JWT) may use objecttypes, as
    in the Objecttypes API; writes record the caller as the audit actor."""

    async def dependency(request: Request, session: AsyncSession = Depends(get_session)) -> Ctx:
        caller = await authenticate_caller(request, session, component)
        actor = Actor.of_caller(request, caller) if writes else None
        return Ctx(session=session, api_root=public_base(request) + root, actor=actor)

    return dependency


def build_router(component: str, root: str, version_prefix: str, tag: str) -> APIRouter:
    """The eleven objecttype operations; `version_prefix` is `objectversion` (Objecttypes
    API) or `objecttypeversion` (Objects API)."""
    router = APIRouter(route_class=ZgwRoute, tags=[tag])
    read = Depends(caller_context(component, root, writes=False))
    write = Depends(caller_context(component, root, writes=True))
    versions = f"{PATH}/{{objecttype_uuid}}/versions"

    @router.get(PATH, response_model=Page[ObjectType], operation_id="objecttype_list")
    async def objecttype_list(
        request: Request,
        data_classification: DataClassification | None = Query(None, alias="dataClassification"),
        params: PageParams = Depends(page_params),
        ctx: Ctx = read,
    ) -> Response:
        count, items = await service.list_objecttypes(ctx, data_classification, params)
        return json_response(page_of(request, params, count, items))

    @router.post(PATH, response_model=ObjectType, status_code=201, operation_id="objecttype_create")
    async def objecttype_create(body: ObjectTypeCreate, ctx: Ctx = write) -> Response:
        view = await service.create_objecttype(ctx, body)
        return created_response(view, view.url)

    @router.api_route(
        f"{PATH}/{{uuid}}",
        methods=["GET", "HEAD"],
        response_model=ObjectType,
        operation_id="objecttype_read",
    )
    async def objecttype_read(request: Request, uuid: str, ctx: Ctx = read) -> Response:
        return detail_response(request, await service.get_objecttype(ctx, parse_uuid(uuid)))

    @router.put(f"{PATH}/{{uuid}}", response_model=ObjectType, operation_id="objecttype_update")
    async def objecttype_update(
        request: Request, uuid: str, body: ObjectTypeCreate, ctx: Ctx = write
    ) -> Response:
        view = await service.update_objecttype(ctx, parse_uuid(uuid), body, partial=False)
        return detail_response(request, view)

    @router.patch(
        f"{PATH}/{{uuid}}", response_model=ObjectType, operation_id="objecttype_partial_update"
    )
    async def objecttype_partial_update(
        request: Request,
        uuid: str,
        body: ObjectTypePatch,  # type: ignore[valid-type]
        ctx: Ctx = write,
    ) -> Response:
        key = parse_uuid(uuid)
        data = merged(ObjectTypeCreate, await service.get_objecttype(ctx, key), body)
        view = await service.update_objecttype(ctx, key, data, partial=True)
        return detail_response(request, view)

    @router.delete(f"{PATH}/{{uuid}}", status_code=204, operation_id="objecttype_delete")
    async def objecttype_delete(uuid: str, ctx: Ctx = write) -> Response:
        await service.delete_objecttype(ctx, parse_uuid(uuid))
        return no_content()

    @router.get(versions, response_model=Page[ObjectVersion], operation_id=f"{version_prefix}_list")
    async def version_list(
        request: Request,
        objecttype_uuid: str,
        params: PageParams = Depends(page_params),
        ctx: Ctx = read,
    ) -> Response:
        count, items = await service.list_versions(ctx, parse_uuid(objecttype_uuid), params)
        return json_response(page_of(request, params, count, items))

    @router.post(
        versions,
        response_model=ObjectVersion,
        status_code=201,
        operation_id=f"{version_prefix}_create",
    )
    async def version_create(
        objecttype_uuid: str, body: ObjectVersionCreate, ctx: Ctx = write
    ) -> Response:
        view = await service.create_version(ctx, parse_uuid(objecttype_uuid), body)
        return created_response(view, view.url)

    @router.api_route(
        f"{versions}/{{version}}",
        methods=["GET", "HEAD"],
        response_model=ObjectVersion,
        operation_id=f"{version_prefix}_read",
    )
    async def version_read(
        request: Request, objecttype_uuid: str, version: str, ctx: Ctx = read
    ) -> Response:
        key, number = parse_uuid(objecttype_uuid), parse_version(version)
        return detail_response(request, await service.get_version(ctx, key, number))

    @router.put(
        f"{versions}/{{version}}",
        response_model=ObjectVersion,
        operation_id=f"{version_prefix}_update",
    )
    async def version_update(
        request: Request,
        objecttype_uuid: str,
        version: str,
        body: ObjectVersionCreate,
        ctx: Ctx = write,
    ) -> Response:
        key, number = parse_uuid(objecttype_uuid), parse_version(version)
        view = await service.update_version(ctx, key, number, body, partial=False)
        return detail_response(request, view)

    @router.patch(
        f"{versions}/{{version}}",
        response_model=ObjectVersion,
        operation_id=f"{version_prefix}_partial_update",
    )
    async def version_partial_update(
        request: Request,
        objecttype_uuid: str,
        version: str,
        body: ObjectVersionPatch,  # type: ignore[valid-type]
        ctx: Ctx = write,
    ) -> Response:
        key, number = parse_uuid(objecttype_uuid), parse_version(version)
        data = merged(ObjectVersionCreate, await service.get_version(ctx, key, number), body)
        view = await service.update_version(ctx, key, number, data, partial=True)
        return detail_response(request, view)

    @router.delete(
        f"{versions}/{{version}}", status_code=204, operation_id=f"{version_prefix}_delete"
    )
    async def version_delete(objecttype_uuid: str, version: str, ctx: Ctx = write) -> Response:
        key, number = parse_uuid(objecttype_uuid), parse_version(version)
        await service.delete_version(ctx, key, number)
        return no_content()

    return router


ROOT = "/objecttypen/api/v2"
router = build_router("objecttypen", ROOT, "objectversion", "Objecttypes")
