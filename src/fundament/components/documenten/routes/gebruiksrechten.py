"""Routes of /gebruiksrechten."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from fundament.common.responses import array_response, created_response, detail_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import merged, partial
from fundament.components.documenten.routes.base import (
    CREATE,
    DELETE,
    READ,
    UPDATE,
    parse_datetime,
)
from fundament.components.documenten.schemas.gebruiksrechten import (
    Gebruiksrechten,
    GebruiksrechtenCreate,
)
from fundament.components.documenten.services import expand as expansion
from fundament.components.documenten.services import gebruiksrechten as service
from fundament.components.documenten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["gebruiksrechten"])

PATH = "/gebruiksrechten"
GebruiksrechtenPatch = partial(GebruiksrechtenCreate)


@router.get(PATH, response_model=list[Gebruiksrechten], operation_id="gebruiksrechten_list")
async def gebruiksrechten_list(
    informatieobject: str | None = Query(None),
    startdatum__lt: str | None = Query(None),
    startdatum__lte: str | None = Query(None),
    startdatum__gt: str | None = Query(None),
    startdatum__gte: str | None = Query(None),
    einddatum__lt: str | None = Query(None),
    einddatum__lte: str | None = Query(None),
    einddatum__gt: str | None = Query(None),
    einddatum__gte: str | None = Query(None),
    expand: str | None = Query(None),
    ctx: Ctx = READ,
) -> Response:
    given = {
        "startdatum__lt": startdatum__lt,
        "startdatum__lte": startdatum__lte,
        "startdatum__gt": startdatum__gt,
        "startdatum__gte": startdatum__gte,
        "einddatum__lt": einddatum__lt,
        "einddatum__lte": einddatum__lte,
        "einddatum__gt": einddatum__gt,
        "einddatum__gte": einddatum__gte,
    }
    bounds: dict[str, datetime] = {}
    for name, value in given.items():
        moment = parse_datetime(value, name)
        if moment is not None:
            bounds[name] = moment
    items = await service.list_gebruiksrechten(ctx, informatieobject, bounds)
    return array_response(await expansion.related(ctx, items, expand))


@router.post(
    PATH, response_model=Gebruiksrechten, status_code=201, operation_id="gebruiksrechten_create"
)
async def gebruiksrechten_create(body: GebruiksrechtenCreate, ctx: Ctx = CREATE) -> Response:
    view = await service.create_gebruiksrechten(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=Gebruiksrechten,
    operation_id="gebruiksrechten_retrieve",
)
async def gebruiksrechten_read(
    request: Request, uuid: str, expand: str | None = Query(None), ctx: Ctx = READ
) -> Response:
    view = await service.get_gebruiksrechten(ctx, parse_uuid(uuid))
    [view] = await expansion.related(ctx, [view], expand)
    return detail_response(request, view)


@router.put(
    f"{PATH}/{{uuid}}", response_model=Gebruiksrechten, operation_id="gebruiksrechten_update"
)
async def gebruiksrechten_update(
    request: Request, uuid: str, body: GebruiksrechtenCreate, ctx: Ctx = UPDATE
) -> Response:
    view = await service.update_gebruiksrechten(ctx, parse_uuid(uuid), body, partial=False)
    return detail_response(request, view)


@router.patch(
    f"{PATH}/{{uuid}}",
    response_model=Gebruiksrechten,
    operation_id="gebruiksrechten_partial_update",
)
async def gebruiksrechten_partial_update(
    request: Request,
    uuid: str,
    body: GebruiksrechtenPatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    data = merged(GebruiksrechtenCreate, await service.current(ctx, key), body)
    view = await service.update_gebruiksrechten(ctx, key, data, partial=True)
    return detail_response(request, view)


@router.delete(f"{PATH}/{{uuid}}", status_code=204, operation_id="gebruiksrechten_destroy")
async def gebruiksrechten_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await service.delete_gebruiksrechten(ctx, parse_uuid(uuid))
    return no_content()
