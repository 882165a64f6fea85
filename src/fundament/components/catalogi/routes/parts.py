"""Routes of the zaaktype-bound resources, made from one pattern (list/create/read/update/delete).

No `from __future__ import annotations` here: FastAPI reads the body types of these generated
endpoints from their annotations at runtime.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel
from starlette.responses import Response

from fundament.common.errors import ValidationFailed
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
from fundament.components.catalogi.services.base import Ctx, filter_uuid, geldig_op, parse_date

router = APIRouter(route_class=ZgwRoute)

Extra = Callable[..., Awaitable[list[Any]]]


async def _no_extra() -> list[Any]:
    return []


async def _status(status: str | None = Query(None)) -> str | None:
    return status


async def _status_alles_by_default(status: str | None = Query(None)) -> str:
    """For a list whose OAS has no `status` filter (/zaakobjecttypen): a client following the
    standard sees every item, whatever its zaaktype's state; `status` still narrows it."""
    return status or "alles"


def _mount(
    spec: subtypes.SubType[Any, Any],
    create_model: type[BaseModel],
    out_model: type[BaseModel],
    operation: str,
    extra: Extra = _no_extra,
    status_filter: Callable[..., Awaitable[str | None]] = _status,
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
        status: str | None = Depends(status_filter),
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


async def _roltype_filters(
    omschrijving_generiek: str | None = Query(None, alias="omschrijvingGeneriek"),
) -> list[Any]:
    return (
        [m.RolType.omschrijving_generiek == omschrijving_generiek] if omschrijving_generiek else []
    )


async def _resultaattype_filters(
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


async def _zaakobjecttype_filters(
    ander_objecttype: str | None = Query(None, alias="anderObjecttype"),
    catalogus: str | None = Query(None),
    datum_begin_geldigheid: str | None = Query(None, alias="datumBeginGeldigheid"),
    datum_einde_geldigheid: str | None = Query(None, alias="datumEindeGeldigheid"),
    objecttype: str | None = Query(None),
    relatie_omschrijving: str | None = Query(None, alias="relatieOmschrijving"),
) -> list[Any]:
    """The OAS's own filters of /zaakobjecttypen."""
    model = m.ZaakObjectType
    clauses: list[Any] = []
    if ander_objecttype:
        clauses.append(model.ander_objecttype.is_(_boolean(ander_objecttype, "anderObjecttype")))
    catalogus_key = filter_uuid(catalogus, "catalogussen", "catalogus")
    if catalogus_key:
        clauses.append(m.ZaakType.catalogus.has(m.Catalogus.uuid == catalogus_key))
    begin = parse_date(datum_begin_geldigheid, "datumBeginGeldigheid")
    if begin:
        clauses.append(model.begin_geldigheid == begin)
    einde = parse_date(datum_einde_geldigheid, "datumEindeGeldigheid")
    if einde:
        clauses.append(model.einde_geldigheid == einde)
    if objecttype:
        clauses.append(model.objecttype == objecttype)
    if relatie_omschrijving:
        clauses.append(model.relatie_omschrijving == relatie_omschrijving)
    return clauses


def _boolean(value: str, name: str) -> bool:
    if value.lower() in {"true", "1"}:
        return True
    if value.lower() in {"false", "0"}:
        return False
    raise ValidationFailed.single(name, "invalid", "Kies true of false.")


_mount(specs.EIGENSCHAP, EigenschapCreate, Eigenschap, "eigenschap")
_mount(
    specs.ZAAKOBJECTTYPE,
    ZaakObjectTypeCreate,
    ZaakObjectType,
    "zaakobjecttype",
    _zaakobjecttype_filters,
    status_filter=_status_alles_by_default,
)


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
