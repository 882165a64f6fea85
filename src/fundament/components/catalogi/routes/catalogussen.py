"""Routes of /catalogussen."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.components.catalogi.routes.base import CREATE, READ
from fundament.components.catalogi.schemas.catalogus import Catalogus, CatalogusCreate
from fundament.components.catalogi.services import catalogus as service
from fundament.components.catalogi.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["catalogussen"])


def _csv(value: str | None) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()] if value else []


@router.get("/catalogussen", response_model=Page[Catalogus], operation_id="catalogus_list")
async def catalogus_list(
    request: Request,
    domein: str | None = Query(None),
    domein__in: str | None = Query(None),
    rsin: str | None = Query(None),
    rsin__in: str | None = Query(None),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    domeinen = ([domein] if domein else []) + _csv(domein__in)
    rsins = ([rsin] if rsin else []) + _csv(rsin__in)
    count, results = await service.list_catalogussen(
        ctx, page, domein=domeinen or None, rsin=rsins or None
    )
    return json_response(page_of(request, page, count, results))


@router.post(
    "/catalogussen", response_model=Catalogus, status_code=201, operation_id="catalogus_create"
)
async def catalogus_create(body: CatalogusCreate, ctx: Ctx = CREATE) -> Response:
    view = await service.create_catalogus(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    "/catalogussen/{uuid}",
    methods=["GET", "HEAD"],
    response_model=Catalogus,
    operation_id="catalogus_retrieve",
)
async def catalogus_read(request: Request, uuid: str, ctx: Ctx = READ) -> Response:
    return detail_response(request, await service.get_catalogus(ctx, parse_uuid(uuid)))
