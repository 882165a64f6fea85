"""Routes of /besluitinformatieobjecten."""

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from fundament.common.responses import array_response, created_response, detail_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import merged, partial
from fundament.components.besluiten.routes.base import CREATE, DELETE, READ, UPDATE
from fundament.components.besluiten.schemas.besluitinformatieobject import (
    BesluitInformatieObject,
    BesluitInformatieObjectCreate,
)
from fundament.components.besluiten.scopes import SCOPE_BIJWERKEN
from fundament.components.besluiten.services import besluitinformatieobjecten as service
from fundament.components.besluiten.services import expand as expansion
from fundament.components.besluiten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["besluitinformatieobjecten"])

PATH = "/besluitinformatieobjecten"
BesluitInformatieObjectPatch = partial(BesluitInformatieObjectCreate)


@router.get(
    PATH, response_model=list[BesluitInformatieObject], operation_id="besluitinformatieobject_list"
)
async def besluitinformatieobject_list(
    besluit: str | None = Query(None),
    informatieobject: str | None = Query(None),
    expand: str | None = Query(None),
    ctx: Ctx = READ,
) -> Response:
    items = await service.list_besluitinformatieobjecten(ctx, besluit, informatieobject)
    await expansion.expand(ctx, items, expand, expansion.BESLUITINFORMATIEOBJECT)
    return array_response(items)


@router.post(
    PATH,
    response_model=BesluitInformatieObject,
    status_code=201,
    operation_id="besluitinformatieobject_create",
)
async def besluitinformatieobject_create(
    body: BesluitInformatieObjectCreate, ctx: Ctx = CREATE
) -> Response:
    view = await service.create_besluitinformatieobject(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=BesluitInformatieObject,
    operation_id="besluitinformatieobject_read",
)
async def besluitinformatieobject_read(
    request: Request, uuid: str, expand: str | None = Query(None), ctx: Ctx = READ
) -> Response:
    view = await service.get_besluitinformatieobject(ctx, parse_uuid(uuid))
    await expansion.expand(ctx, [view], expand, expansion.BESLUITINFORMATIEOBJECT)
    return detail_response(request, view)


# Not in the 1.1.0 OAS; brc-004 of Besluiten 1.0 names these operations and the VNG suite
# (brc-004a..d) expects them to refuse any change with `wijzigen-niet-toegelaten`.
@router.put(
    f"{PATH}/{{uuid}}",
    response_model=BesluitInformatieObject,
    operation_id="besluitinformatieobject_update",
)
async def besluitinformatieobject_update(
    request: Request, uuid: str, body: BesluitInformatieObjectCreate, ctx: Ctx = UPDATE
) -> Response:
    view = await service.update_besluitinformatieobject(ctx, parse_uuid(uuid), body)
    return detail_response(request, view)


@router.patch(
    f"{PATH}/{{uuid}}",
    response_model=BesluitInformatieObject,
    operation_id="besluitinformatieobject_partial_update",
)
async def besluitinformatieobject_partial_update(
    request: Request,
    uuid: str,
    body: BesluitInformatieObjectPatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    current = await service.get_besluitinformatieobject(ctx, key, SCOPE_BIJWERKEN)
    data = merged(BesluitInformatieObjectCreate, current, body)
    view = await service.update_besluitinformatieobject(ctx, key, data)
    return detail_response(request, view)


@router.delete(f"{PATH}/{{uuid}}", status_code=204, operation_id="besluitinformatieobject_delete")
async def besluitinformatieobject_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await service.delete_besluitinformatieobject(ctx, parse_uuid(uuid))
    return no_content()
