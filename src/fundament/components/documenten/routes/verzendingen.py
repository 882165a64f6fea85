"""Routes of /verzendingen (the OAS names no scopes; the documenten scopes apply, as in Open
Zaak, checked against the verzending's informatieobject)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import merged, partial
from fundament.components.documenten.routes.base import CREATE, DELETE, READ, UPDATE
from fundament.components.documenten.schemas.common import AardRelatie
from fundament.components.documenten.schemas.verzending import Verzending, VerzendingCreate
from fundament.components.documenten.services import expand as expansion
from fundament.components.documenten.services import verzendingen as service
from fundament.components.documenten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["verzendingen"])

PATH = "/verzendingen"
VerzendingPatch = partial(VerzendingCreate)


@router.get(PATH, response_model=Page[Verzending], operation_id="verzending_list")
async def verzending_list(
    request: Request,
    aard_relatie: AardRelatie | None = Query(None, alias="aardRelatie"),
    informatieobject: str | None = Query(None),
    betrokkene: str | None = Query(None),
    expand: str | None = Query(None),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, results = await service.list_verzendingen(
        ctx,
        page,
        aard_relatie=aard_relatie,
        informatieobject=informatieobject,
        betrokkene=betrokkene,
    )
    results = await expansion.related(ctx, results, expand)
    return json_response(page_of(request, page, count, results))


@router.post(PATH, response_model=Verzending, status_code=201, operation_id="verzending_create")
async def verzending_create(body: VerzendingCreate, ctx: Ctx = CREATE) -> Response:
    view = await service.create_verzending(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=Verzending,
    operation_id="verzending_retrieve",
)
async def verzending_read(
    request: Request, uuid: str, expand: str | None = Query(None), ctx: Ctx = READ
) -> Response:
    view = await service.get_verzending(ctx, parse_uuid(uuid))
    [view] = await expansion.related(ctx, [view], expand)
    return detail_response(request, view)


@router.put(f"{PATH}/{{uuid}}", response_model=Verzending, operation_id="verzending_update")
async def verzending_update(
    request: Request, uuid: str, body: VerzendingCreate, ctx: Ctx = UPDATE
) -> Response:
    view = await service.update_verzending(ctx, parse_uuid(uuid), body, partial=False)
    return detail_response(request, view)


@router.patch(
    f"{PATH}/{{uuid}}", response_model=Verzending, operation_id="verzending_partial_update"
)
async def verzending_partial_update(
    request: Request,
    uuid: str,
    body: VerzendingPatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    data = merged(VerzendingCreate, await service.current(ctx, key), body)
    view = await service.update_verzending(ctx, key, data, partial=True)
    return detail_response(request, view)


@router.delete(f"{PATH}/{{uuid}}", status_code=204, operation_id="verzending_destroy")
async def verzending_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await service.delete_verzending(ctx, parse_uuid(uuid))
    return no_content()
