"""Routes of /objectinformatieobjecten (create, read, delete: the mirror has no update)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from fundament.common.responses import array_response, created_response, detail_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.components.documenten.routes.base import CREATE, DELETE, READ
from fundament.components.documenten.schemas.objectinformatieobject import (
    ObjectInformatieObject,
    ObjectInformatieObjectCreate,
)
from fundament.components.documenten.services import expand as expansion
from fundament.components.documenten.services import objectinformatieobjecten as service
from fundament.components.documenten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["objectinformatieobjecten"])

PATH = "/objectinformatieobjecten"


@router.get(
    PATH, response_model=list[ObjectInformatieObject], operation_id="objectinformatieobject_list"
)
async def objectinformatieobject_list(
    object: str | None = Query(None),
    informatieobject: str | None = Query(None),
    expand: str | None = Query(None),
    ctx: Ctx = READ,
) -> Response:
    items = await service.list_objectinformatieobjecten(ctx, object, informatieobject)
    return array_response(await expansion.related(ctx, items, expand))


@router.post(
    PATH,
    response_model=ObjectInformatieObject,
    status_code=201,
    operation_id="objectinformatieobject_create",
)
async def objectinformatieobject_create(
    body: ObjectInformatieObjectCreate, ctx: Ctx = CREATE
) -> Response:
    view = await service.create_objectinformatieobject(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=ObjectInformatieObject,
    operation_id="objectinformatieobject_retrieve",
)
async def objectinformatieobject_read(
    request: Request, uuid: str, expand: str | None = Query(None), ctx: Ctx = READ
) -> Response:
    view = await service.get_objectinformatieobject(ctx, parse_uuid(uuid))
    [view] = await expansion.related(ctx, [view], expand)
    return detail_response(request, view)


@router.delete(f"{PATH}/{{uuid}}", status_code=204, operation_id="objectinformatieobject_destroy")
async def objectinformatieobject_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await service.delete_objectinformatieobject(ctx, parse_uuid(uuid))
    return no_content()
