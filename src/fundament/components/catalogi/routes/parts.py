"""Routes of the zaaktype-bound resources, made from one pattern (list/create/read/update/delete).

No `from __future__ import annotations` here: FastAPI reads the body types of these generated
endpoints from their annotations at runtime.
"""

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel
from starlette.responses import Response

from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import merged, partial
from fundament.components.catalogi import models as m
from fundament.components.catalogi.routes.base import CREATE_PART, DELETE, READ, UPDATE
from fundament.components.catalogi.schemas.eigenschap import Eigenschap, EigenschapCreate
from fundament.components.catalogi.schemas.resultaattype import (
    ResultaatType,
    ResultaatTypeCreate,
)
from fundament.components.catalogi.schemas.roltype import RolType, RolTypeCreate
from fundament.components.catalogi.schemas.statustype import StatusType, StatusTypeCreate
from fundament.components.catalogi.schemas.zaakobjecttype import (
    ZaakObjectType,
    ZaakObjectTypeCreate,
)
from fundament.components.catalogi.schemas.zaaktype_informatieobjecttype import (
    ZaakTypeInformatieObjectType,
    ZaakTypeInformatieObjectTypeCreate,
)
from fundament.components.catalogi.services import parts as specs
from fundament.components.catalogi.services import subtypes
from fundament.components.catalogi.services import zaaktype_informatieobjecttype as ziot
from fundament.components.catalogi.services.base import Ctx, geldig_op, parse_date

router = APIRouter(route_class=ZgwRoute)

Extra = Callable[..., list[Any]]


def _no_extra() -> list[Any]:
    return []


def _mount(
    spec: subtypes.SubType[Any, Any],
    create_model: type[BaseModel],
    out_model: type[BaseModel],
    operation: str,
    extra: Extra = _no_extra,
) -> None:
    path = f"/{spec.collection}"
    patch_model = partial(create_model)

    @router.get(
        path,
        response_model=Page[out_model],  # type: ignore[valid-type]
        operation_id=f"{operation}_list",
        tags=[spec.collection],
    )
    async def list_(
        request: Request,
        zaaktype: str | None = Query(None),
        zaaktype_identificatie: str | None = Query(None, alias="zaaktypeIdentificatie"),
        status: str | None = Query(None),
        datum_geldigheid: str | None = Query(None, alias="datumGeldigheid"),
        page: PageParams = Depends(page_params),
        extra_filters: list[Any] = Depends(extra),
        ctx: Ctx = READ,
    ) -> Response:
        count, results = await subtypes.list_of(
            ctx,
            spec,
            page,
            zaaktype=zaaktype,
            zaaktype_identificatie=zaaktype_identificatie,
            status=status,
            datum_geldigheid=parse_date(datum_geldigheid, "datumGeldigheid"),
            extra=extra_filters,
        )
        return json_response(page_of(request, page, count, results))

    @router.post(
        path,
        response_model=out_model,
        status_code=201,
        operation_id=f"{operation}_create",
        tags=[spec.collection],
    )
    async def create(body: create_model, ctx: Ctx = CREATE_PART) -> Response:  # type: ignore[valid-type]
        view = await subtypes.create(ctx, spec, body)
        return created_response(view, view.url)

    @router.api_route(
        f"{path}/{{uuid}}",
        methods=["GET", "HEAD"],
        response_model=out_model,
        operation_id=f"{operation}_retrieve",
        tags=[spec.collection],
    )
    async def read(request: Request, uuid: str, ctx: Ctx = READ) -> Response:
        return detail_response(request, await subtypes.get_one(ctx, spec, parse_uuid(uuid)))

    @router.put(
        f"{path}/{{uuid}}",
        response_model=out_model,
        operation_id=f"{operation}_update",
        tags=[spec.collection],
    )
    async def update(
        request: Request,
        uuid: str,
        body: create_model,  # type: ignore[valid-type]
        ctx: Ctx = UPDATE,
    ) -> Response:
        view = await subtypes.update(ctx, spec, parse_uuid(uuid), body, partial=False)
        return detail_response(request, view)

    @router.patch(
        f"{path}/{{uuid}}",
        response_model=out_model,
        operation_id=f"{operation}_partial_update",
        tags=[spec.collection],
    )
    async def partial_update(
        request: Request,
        uuid: str,
        body: patch_model,  # type: ignore[valid-type]
        ctx: Ctx = UPDATE,
    ) -> Response:
        key = parse_uuid(uuid)
        current = await subtypes.get_one(ctx, spec, key)
        data = merged(create_model, current, body)
        view = await subtypes.update(ctx, spec, key, data, partial=True)
        return detail_response(request, view)

    @router.delete(
        f"{path}/{{uuid}}",
        status_code=204,
        operation_id=f"{operation}_destroy",
        tags=[spec.collection],
    )
    async def delete(uuid: str, ctx: Ctx = DELETE) -> Response:
        await subtypes.delete(ctx, spec, parse_uuid(uuid))
        return no_content()


def _roltype_filters(
    omschrijving_generiek: str | None = Query(None, alias="omschrijvingGeneriek"),
) -> list[Any]:
    return (
        [m.RolType.omschrijving_generiek == omschrijving_generiek] if omschrijving_generiek else []
    )


def _resultaattype_filters(
    zaaktype_identificatie: str | None = Query(None, alias="zaaktype_identificatie"),
    datum_geldigheid: str | None = Query(None, alias="datum_geldigheid"),
) -> list[Any]:
    """The OAS spells these two filters of /resultaattypen in snake_case; both spellings work."""
    clauses: list[Any] = []
    if zaaktype_identificatie:
        clauses.append(m.ZaakType.identificatie == zaaktype_identificatie)
    on = parse_date(datum_geldigheid, "datum_geldigheid")
    if on:
        clauses.append(geldig_op(m.ZaakType, on))
    return clauses


_mount(specs.STATUSTYPE, StatusTypeCreate, StatusType, "statustype")
_mount(specs.ROLTYPE, RolTypeCreate, RolType, "roltype", _roltype_filters)
_mount(
    specs.RESULTAATTYPE, ResultaatTypeCreate, ResultaatType, "resultaattype", _resultaattype_filters
)
_mount(specs.EIGENSCHAP, EigenschapCreate, Eigenschap, "eigenschap")
_mount(specs.ZAAKOBJECTTYPE, ZaakObjectTypeCreate, ZaakObjectType, "zaakobjecttype")


# --- zaaktype-informatieobjecttypen (own concept rule, so not the pattern above) -------------

ZiotPatch = partial(ZaakTypeInformatieObjectTypeCreate)
ZIOT_PATH = "/zaaktype-informatieobjecttypen"


@router.get(
    ZIOT_PATH,
    response_model=Page[ZaakTypeInformatieObjectType],
    operation_id="zaakinformatieobjecttype_list",
    tags=["zaaktype-informatieobjecttypen"],
)
async def ziot_list(
    request: Request,
    zaaktype: str | None = Query(None),
    informatieobjecttype: str | None = Query(None),
    richting: str | None = Query(None),
    status: str | None = Query(None),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, results = await ziot.list_ziots(
        ctx,
        page,
        zaaktype=zaaktype,
        informatieobjecttype=informatieobjecttype,
        richting=richting,
        status=status,
    )
    return json_response(page_of(request, page, count, results))


@router.post(
    ZIOT_PATH,
    response_model=ZaakTypeInformatieObjectType,
    status_code=201,
    operation_id="zaakinformatieobjecttype_create",
    tags=["zaaktype-informatieobjecttypen"],
)
async def ziot_create(body: ZaakTypeInformatieObjectTypeCreate, ctx: Ctx = CREATE_PART) -> Response:
    view = await ziot.create_ziot(ctx, body)
    return created_response(view, view.url)


@router.api_route(
    f"{ZIOT_PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=ZaakTypeInformatieObjectType,
    operation_id="zaakinformatieobjecttype_retrieve",
    tags=["zaaktype-informatieobjecttypen"],
)
async def ziot_read(request: Request, uuid: str, ctx: Ctx = READ) -> Response:
    return detail_response(request, await ziot.get_ziot(ctx, parse_uuid(uuid)))


@router.put(
    f"{ZIOT_PATH}/{{uuid}}",
    response_model=ZaakTypeInformatieObjectType,
    operation_id="zaakinformatieobjecttype_update",
    tags=["zaaktype-informatieobjecttypen"],
)
async def ziot_update(
    request: Request, uuid: str, body: ZaakTypeInformatieObjectTypeCreate, ctx: Ctx = UPDATE
) -> Response:
    view = await ziot.update_ziot(ctx, parse_uuid(uuid), body, partial=False)
    return detail_response(request, view)


@router.patch(
    f"{ZIOT_PATH}/{{uuid}}",
    response_model=ZaakTypeInformatieObjectType,
    operation_id="zaakinformatieobjecttype_partial_update",
    tags=["zaaktype-informatieobjecttypen"],
)
async def ziot_partial_update(
    request: Request,
    uuid: str,
    body: ZiotPatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    data = merged(ZaakTypeInformatieObjectTypeCreate, await ziot.get_ziot(ctx, key), body)
    view = await ziot.update_ziot(ctx, key, data, partial=True)
    return detail_response(request, view)


@router.delete(
    f"{ZIOT_PATH}/{{uuid}}",
    status_code=204,
    operation_id="zaakinformatieobjecttype_destroy",
    tags=["zaaktype-informatieobjecttypen"],
)
async def ziot_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await ziot.delete_ziot(ctx, parse_uuid(uuid))
    return no_content()
