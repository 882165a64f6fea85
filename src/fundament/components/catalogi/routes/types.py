"""Routes of /zaaktypen, /informatieobjecttypen and /besluittypen (with /publish).

The lists differ per type (their filters); the rest is one pattern. No `from __future__ import
annotations` here: FastAPI reads the body types of the generated endpoints at runtime.
"""

from enum import Enum
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel
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
from fundament.components.catalogi.services import types
from fundament.components.catalogi.services import zaaktype as zaaktypen
from fundament.components.catalogi.services.base import Ctx, parse_date

router = APIRouter(route_class=ZgwRoute)


def _mount(
    spec: types.TypeSpec[Any, Any],
    collection: str,
    create_model: type[BaseModel],
    out_model: type[BaseModel],
    operation: str,
    *,
    with_read: bool = True,
) -> None:
    """create, retrieve (unless the type has its own), update, partial_update, destroy, publish."""
    path = f"/{collection}"
    patch_model = partial(create_model)
    tags: list[str | Enum] = [collection]

    @router.post(
        path,
        response_model=out_model,
        status_code=201,
        operation_id=f"{operation}_create",
        tags=tags,
    )
    async def create(body: create_model, ctx: Ctx = CREATE) -> Response:  # type: ignore[valid-type]
        view = await types.create(ctx, spec, body)
        return created_response(view, view.url)

    if with_read:

        @router.api_route(
            f"{path}/{{uuid}}",
            methods=["GET", "HEAD"],
            response_model=out_model,
            operation_id=f"{operation}_retrieve",
            tags=tags,
        )
        async def retrieve(request: Request, uuid: str, ctx: Ctx = READ) -> Response:
            return detail_response(request, await types.get_one(ctx, spec, parse_uuid(uuid)))

    @router.put(
        f"{path}/{{uuid}}", response_model=out_model, operation_id=f"{operation}_update", tags=tags
    )
    async def update(
        request: Request,
        uuid: str,
        body: create_model,  # type: ignore[valid-type]
        ctx: Ctx = UPDATE,
    ) -> Response:
        view = await types.update(ctx, spec, parse_uuid(uuid), body)
        return detail_response(request, view)

    @router.patch(
        f"{path}/{{uuid}}",
        response_model=out_model,
        operation_id=f"{operation}_partial_update",
        tags=tags,
    )
    async def partial_update(
        request: Request,
        uuid: str,
        body: patch_model,  # type: ignore[valid-type]
        ctx: Ctx = UPDATE,
    ) -> Response:
        key = parse_uuid(uuid)
        data = merged(create_model, await types.get_one(ctx, spec, key), body)
        view = await types.update(ctx, spec, key, data, sent=body)
        return detail_response(request, view)

    @router.delete(
        f"{path}/{{uuid}}", status_code=204, operation_id=f"{operation}_destroy", tags=tags
    )
    async def destroy(uuid: str, ctx: Ctx = DELETE) -> Response:
        await types.delete(ctx, spec, parse_uuid(uuid))
        return no_content()

    @router.post(
        f"{path}/{{uuid}}/publish",
        response_model=out_model,
        operation_id=f"{operation}_publish",
        tags=tags,
    )
    async def publish(request: Request, uuid: str, ctx: Ctx = PUBLISH) -> Response:
        return detail_response(request, await types.publish(ctx, spec, parse_uuid(uuid)))


# --- the lists, each with the filters of its OAS ------------------------------------------------


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


# --- retrieving a zaaktype: also "as valid on" a date (Catalogi 1.3 historiemodel) -------------


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


_mount(zaaktypen.SPEC, "zaaktypen", ZaakTypeCreate, ZaakType, "zaaktype", with_read=False)
_mount(
    iotypen.SPEC,
    "informatieobjecttypen",
    InformatieObjectTypeCreate,
    InformatieObjectType,
    "informatieobjecttype",
)
_mount(besluittypen.SPEC, "besluittypen", BesluitTypeCreate, BesluitType, "besluittype")
