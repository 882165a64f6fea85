"""Routes of /zaaktypen, /informatieobjecttypen and /besluittypen (with /publish)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import merged, partial
from fundament.components.catalogi.routes.base import (
    CREATE,
    DELETE,
    PUBLISH,
    READ,
    READ_ZAAKTYPEN,
    UPDATE,
)
from fundament.components.catalogi.schemas.besluittype import BesluitType, BesluitTypeCreate
from fundament.components.catalogi.schemas.informatieobjecttype import (
    InformatieObjectType,
    InformatieObjectTypeCreate,
)
from fundament.components.catalogi.schemas.zaaktype import ZaakType, ZaakTypeCreate
from fundament.components.catalogi.services import besluittype as besluittypen
from fundament.components.catalogi.services import informatieobjecttype as iotypen
from fundament.components.catalogi.services import zaaktype as zaaktypen
from fundament.components.catalogi.services.base import Ctx, parse_date

router = APIRouter(route_class=ZgwRoute)

ZaakTypePatch = partial(ZaakTypeCreate)
InformatieObjectTypePatch = partial(InformatieObjectTypeCreate)
BesluitTypePatch = partial(BesluitTypeCreate)


# --- zaaktypen -------------------------------------------------------------------------------


@router.get(
    "/zaaktypen", response_model=Page[ZaakType], operation_id="zaaktype_list", tags=["zaaktypen"]
)
async def zaaktype_list(
    request: Request,
    catalogus: str | None = Query(None),
    identificatie: str | None = Query(None),
    trefwoorden: list[str] = Query([]),
    status: str | None = Query(None),
    datum_geldigheid: str | None = Query(None, alias="datumGeldigheid"),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ_ZAAKTYPEN,
) -> Response:
    count, results = await zaaktypen.list_zaaktypen(
        ctx,
        page,
        catalogus=catalogus,
        identificatie=identificatie,
        trefwoorden=[t for value in trefwoorden for t in value.split(",") if t],
        status=status,
        datum_geldigheid=parse_date(datum_geldigheid, "datumGeldigheid"),
    )
    return json_response(page_of(request, page, count, results))


@router.post(
    "/zaaktypen",
    response_model=ZaakType,
    status_code=201,
    operation_id="zaaktype_create",
    tags=["zaaktypen"],
)
async def zaaktype_create(body: ZaakTypeCreate, ctx: Ctx = CREATE) -> Response:
    view = await zaaktypen.create_zaaktype(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    "/zaaktypen/{uuid}",
    methods=["GET", "HEAD"],
    response_model=ZaakType,
    operation_id="zaaktype_retrieve",
    tags=["zaaktypen"],
)
async def zaaktype_read(
    request: Request,
    uuid: str,
    datum_geldigheid: str | None = Query(None, alias="datumGeldigheid"),
    ctx: Ctx = READ_ZAAKTYPEN,
) -> Response:
    on = parse_date(datum_geldigheid, "datumGeldigheid")
    return detail_response(request, await zaaktypen.get_zaaktype(ctx, parse_uuid(uuid), on))


@router.put(
    "/zaaktypen/{uuid}", response_model=ZaakType, operation_id="zaaktype_update", tags=["zaaktypen"]
)
async def zaaktype_update(
    request: Request, uuid: str, body: ZaakTypeCreate, ctx: Ctx = UPDATE
) -> Response:
    view = await zaaktypen.update_zaaktype(ctx, parse_uuid(uuid), body)
    return detail_response(request, view)


@router.patch(
    "/zaaktypen/{uuid}",
    response_model=ZaakType,
    operation_id="zaaktype_partial_update",
    tags=["zaaktypen"],
)
async def zaaktype_partial_update(
    request: Request,
    uuid: str,
    body: ZaakTypePatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    data = merged(ZaakTypeCreate, await zaaktypen.get_zaaktype(ctx, key), body)
    view = await zaaktypen.update_zaaktype(ctx, key, data, sent=body)
    return detail_response(request, view)


@router.delete(
    "/zaaktypen/{uuid}", status_code=204, operation_id="zaaktype_destroy", tags=["zaaktypen"]
)
async def zaaktype_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await zaaktypen.delete_zaaktype(ctx, parse_uuid(uuid))
    return no_content()


@router.post(
    "/zaaktypen/{uuid}/publish",
    response_model=ZaakType,
    operation_id="zaaktype_publish",
    tags=["zaaktypen"],
)
async def zaaktype_publish(request: Request, uuid: str, ctx: Ctx = PUBLISH) -> Response:
    return detail_response(request, await zaaktypen.publish_zaaktype(ctx, parse_uuid(uuid)))


# --- informatieobjecttypen ---------------------------------------------------------------------


@router.get(
    "/informatieobjecttypen",
    response_model=Page[InformatieObjectType],
    operation_id="informatieobjecttype_list",
    tags=["informatieobjecttypen"],
)
async def informatieobjecttype_list(
    request: Request,
    catalogus: str | None = Query(None),
    status: str | None = Query(None),
    datum_geldigheid: str | None = Query(None, alias="datumGeldigheid"),
    omschrijving: str | None = Query(None),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, results = await iotypen.list_informatieobjecttypen(
        ctx,
        page,
        catalogus=catalogus,
        status=status,
        omschrijving=omschrijving,
        datum_geldigheid=parse_date(datum_geldigheid, "datumGeldigheid"),
    )
    return json_response(page_of(request, page, count, results))


@router.post(
    "/informatieobjecttypen",
    response_model=InformatieObjectType,
    status_code=201,
    operation_id="informatieobjecttype_create",
    tags=["informatieobjecttypen"],
)
async def informatieobjecttype_create(
    body: InformatieObjectTypeCreate, ctx: Ctx = CREATE
) -> Response:
    view = await iotypen.create_informatieobjecttype(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    "/informatieobjecttypen/{uuid}",
    methods=["GET", "HEAD"],
    response_model=InformatieObjectType,
    operation_id="informatieobjecttype_retrieve",
    tags=["informatieobjecttypen"],
)
async def informatieobjecttype_read(request: Request, uuid: str, ctx: Ctx = READ) -> Response:
    view = await iotypen.get_informatieobjecttype(ctx, parse_uuid(uuid))
    return detail_response(request, view)


@router.put(
    "/informatieobjecttypen/{uuid}",
    response_model=InformatieObjectType,
    operation_id="informatieobjecttype_update",
    tags=["informatieobjecttypen"],
)
async def informatieobjecttype_update(
    request: Request, uuid: str, body: InformatieObjectTypeCreate, ctx: Ctx = UPDATE
) -> Response:
    view = await iotypen.update_informatieobjecttype(ctx, parse_uuid(uuid), body)
    return detail_response(request, view)


@router.patch(
    "/informatieobjecttypen/{uuid}",
    response_model=InformatieObjectType,
    operation_id="informatieobjecttype_partial_update",
    tags=["informatieobjecttypen"],
)
async def informatieobjecttype_partial_update(
    request: Request,
    uuid: str,
    body: InformatieObjectTypePatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    data = merged(
        InformatieObjectTypeCreate, await iotypen.get_informatieobjecttype(ctx, key), body
    )
    view = await iotypen.update_informatieobjecttype(ctx, key, data, sent=body)
    return detail_response(request, view)


@router.delete(
    "/informatieobjecttypen/{uuid}",
    status_code=204,
    operation_id="informatieobjecttype_destroy",
    tags=["informatieobjecttypen"],
)
async def informatieobjecttype_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await iotypen.delete_informatieobjecttype(ctx, parse_uuid(uuid))
    return no_content()


@router.post(
    "/informatieobjecttypen/{uuid}/publish",
    response_model=InformatieObjectType,
    operation_id="informatieobjecttype_publish",
    tags=["informatieobjecttypen"],
)
async def informatieobjecttype_publish(request: Request, uuid: str, ctx: Ctx = PUBLISH) -> Response:
    view = await iotypen.publish_informatieobjecttype(ctx, parse_uuid(uuid))
    return detail_response(request, view)


# --- besluittypen ------------------------------------------------------------------------------


@router.get(
    "/besluittypen",
    response_model=Page[BesluitType],
    operation_id="besluittype_list",
    tags=["besluittypen"],
)
async def besluittype_list(
    request: Request,
    catalogus: str | None = Query(None),
    zaaktypen_filter: str | None = Query(None, alias="zaaktypen"),
    informatieobjecttypen: str | None = Query(None),
    status: str | None = Query(None),
    omschrijving: str | None = Query(None),
    datum_geldigheid: str | None = Query(None, alias="datumGeldigheid"),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, results = await besluittypen.list_besluittypen(
        ctx,
        page,
        catalogus=catalogus,
        zaaktypen=zaaktypen_filter,
        informatieobjecttypen=informatieobjecttypen,
        status=status,
        omschrijving=omschrijving,
        datum_geldigheid=parse_date(datum_geldigheid, "datumGeldigheid"),
    )
    return json_response(page_of(request, page, count, results))


@router.post(
    "/besluittypen",
    response_model=BesluitType,
    status_code=201,
    operation_id="besluittype_create",
    tags=["besluittypen"],
)
async def besluittype_create(body: BesluitTypeCreate, ctx: Ctx = CREATE) -> Response:
    view = await besluittypen.create_besluittype(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    "/besluittypen/{uuid}",
    methods=["GET", "HEAD"],
    response_model=BesluitType,
    operation_id="besluittype_retrieve",
    tags=["besluittypen"],
)
async def besluittype_read(request: Request, uuid: str, ctx: Ctx = READ) -> Response:
    return detail_response(request, await besluittypen.get_besluittype(ctx, parse_uuid(uuid)))


@router.put(
    "/besluittypen/{uuid}",
    response_model=BesluitType,
    operation_id="besluittype_update",
    tags=["besluittypen"],
)
async def besluittype_update(
    request: Request, uuid: str, body: BesluitTypeCreate, ctx: Ctx = UPDATE
) -> Response:
    view = await besluittypen.update_besluittype(ctx, parse_uuid(uuid), body)
    return detail_response(request, view)


@router.patch(
    "/besluittypen/{uuid}",
    response_model=BesluitType,
    operation_id="besluittype_partial_update",
    tags=["besluittypen"],
)
async def besluittype_partial_update(
    request: Request,
    uuid: str,
    body: BesluitTypePatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    data = merged(BesluitTypeCreate, await besluittypen.get_besluittype(ctx, key), body)
    view = await besluittypen.update_besluittype(ctx, key, data, sent=body)
    return detail_response(request, view)


@router.delete(
    "/besluittypen/{uuid}",
    status_code=204,
    operation_id="besluittype_destroy",
    tags=["besluittypen"],
)
async def besluittype_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await besluittypen.delete_besluittype(ctx, parse_uuid(uuid))
    return no_content()


@router.post(
    "/besluittypen/{uuid}/publish",
    response_model=BesluitType,
    operation_id="besluittype_publish",
    tags=["besluittypen"],
)
async def besluittype_publish(request: Request, uuid: str, ctx: Ctx = PUBLISH) -> Response:
    return detail_response(request, await besluittypen.publish_besluittype(ctx, parse_uuid(uuid)))
