"""Routes of /objects: list, search, CRUD (every change a new record), history."""

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import StringConstraints
from starlette.responses import Response

from fundament.common.errors import ValidationFailed
from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.components.objecten import rules
from fundament.components.objecten.routes.base import (
    ACCEPT_CRS,
    CONTENT_CRS_REQUIRED,
    READ,
    WRITE,
    json_answer,
    page_body,
    parse_fields,
    parse_index,
)
from fundament.components.objecten.schemas import (
    BehoudenResponse,
    HistoryRecord,
    Object,
    ObjectCreate,
    ObjectPatch,
    ObjectSearch,
)
from fundament.components.objecten.services import queries, writes
from fundament.components.objecten.services.base import Ctx
from fundament.components.objecten.services.queries import ObjectFilters

router = APIRouter(route_class=ZgwRoute, tags=["objects"])

PATH = "/objects"
TypeUrl = Annotated[str, StringConstraints(min_length=1, max_length=1000)]


@router.get(
    PATH, response_model=Page[Object], operation_id="object_list", dependencies=[ACCEPT_CRS]
)
async def object_list(
    request: Request,
    type: TypeUrl | None = Query(None),
    type_version: int | None = Query(None, alias="typeVersion"),
    on_date: dt.date | None = Query(None, alias="date"),
    registration_date: dt.date | None = Query(None, alias="registrationDate"),
    data_attr: list[str] = Query([]),
    data_attrs: str | None = Query(None),
    data_icontains: str | None = Query(None),
    fields: str | None = Query(None),
    ordering: str | None = Query(None),
    params: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    filters = ObjectFilters(
        type=type,
        type_version=type_version,
        on_date=on_date,
        registration_date=registration_date,
        data_attr=data_attr,
        data_attrs=data_attrs,
        data_icontains=data_icontains,
        ordering=ordering,
    )
    count, shown = await queries.list_objects(ctx, filters, params, parse_fields(fields))
    page = page_of(request, params, count, shown.items)
    return json_answer(request, page_body(page), unauthorized=shown.header())


@router.post(
    PATH,
    response_model=Object,
    status_code=201,
    operation_id="object_create",
    dependencies=[CONTENT_CRS_REQUIRED],
)
async def object_create(request: Request, body: ObjectCreate, ctx: Ctx = WRITE) -> Response:
    view = await writes.create_object(ctx, body)
    return json_answer(request, view, status=201, location=view["url"])


@router.post(
    f"{PATH}/search",
    response_model=Page[Object],
    operation_id="object_search",
    dependencies=[CONTENT_CRS_REQUIRED],
)
async def object_search(
    request: Request,
    body: ObjectSearch,
    params: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    within = None
    if body.geometry is not None and body.geometry.within is not None:
        try:
            within = rules.parse_geometry(body.geometry.within)
        except rules.BadGeometry as exc:
            raise ValidationFailed.single("geometry.within", "invalid-geometry", str(exc)) from exc
    data_attr = body.data_attr if isinstance(body.data_attr, list) else [body.data_attr or ""]
    filters = ObjectFilters(
        type=body.type,
        type_version=body.type_version,
        on_date=body.on_date,
        registration_date=body.registration_date,
        data_attr=[expression for expression in data_attr if expression],
        data_attrs=body.data_attrs,
        data_icontains=body.data_icontains,
        ordering=body.ordering,
        within=within,
    )
    count, shown = await queries.list_objects(ctx, filters, params, [])
    page = page_of(request, params, count, shown.items)
    return json_answer(request, page_body(page), unauthorized=shown.header())


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=Object,
    operation_id="object_read",
    dependencies=[ACCEPT_CRS],
)
async def object_read(
    request: Request, uuid: str, fields: str | None = Query(None), ctx: Ctx = READ
) -> Response:
    shown = await queries.get_object(ctx, parse_uuid(uuid), parse_fields(fields))
    return json_answer(request, shown.items[0], unauthorized=shown.header())


@router.put(
    f"{PATH}/{{uuid}}",
    response_model=Object,
    operation_id="object_update",
    dependencies=[CONTENT_CRS_REQUIRED],
)
async def object_update(
    request: Request, uuid: str, body: ObjectCreate, ctx: Ctx = WRITE
) -> Response:
    return json_answer(request, await writes.update_object(ctx, parse_uuid(uuid), body))


@router.patch(
    f"{PATH}/{{uuid}}",
    response_model=Object,
    operation_id="object_partial_update",
    dependencies=[CONTENT_CRS_REQUIRED],
)
async def object_partial_update(
    request: Request, uuid: str, body: ObjectPatch, ctx: Ctx = WRITE
) -> Response:
    return json_answer(request, await writes.update_object(ctx, parse_uuid(uuid), body))


@router.delete(
    f"{PATH}/{{uuid}}",
    status_code=204,
    responses={200: {"model": BehoudenResponse}},
    operation_id="object_delete",
)
async def object_delete(
    request: Request, uuid: str, zaak: str | None = Query(None), ctx: Ctx = WRITE
) -> Response:
    kept = await writes.delete_object(ctx, parse_uuid(uuid), zaak)
    if kept is None:
        return no_content()
    return json_answer(request, {"behouden": kept})


@router.get(
    f"{PATH}/{{uuid}}/history",
    response_model=Page[HistoryRecord],
    operation_id="object_history",
    dependencies=[ACCEPT_CRS],
)
async def object_history(
    request: Request,
    uuid: str,
    params: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, items = await queries.history(ctx, parse_uuid(uuid), params)
    return json_answer(request, page_body(page_of(request, params, count, items)))


@router.get(
    f"{PATH}/{{uuid}}/{{index}}",
    response_model=HistoryRecord,
    operation_id="object_history_detail",
    dependencies=[ACCEPT_CRS],
)
async def object_history_detail(
    request: Request, uuid: str, index: str, ctx: Ctx = READ
) -> Response:
    record = await queries.history_record(ctx, parse_uuid(uuid), parse_index(index))
    return json_answer(request, record)
