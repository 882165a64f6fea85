"""Routes of everything that hangs off a zaak, made from one pattern (list/create/read/update/
delete), top-level (/rollen …) or nested under /zaken/{zaak_uuid} (zaakeigenschappen,
besluiten).

No `from __future__ import annotations` here: FastAPI reads the body types of these generated
endpoints from their annotations at runtime.
"""

from collections.abc import Callable
from enum import Enum
from typing import Any
from uuid import UUID

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel
from starlette.responses import Response

from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import (
    array_response,
    created_response,
    detail_response,
    json_response,
    no_content,
)
from fundament.common.routing import ZgwRoute, parse_uuid, query_values
from fundament.common.schemas import merged, partial
from fundament.components.zaken import models as m
from fundament.components.zaken import schemas as s
from fundament.components.zaken import scopes as sc
from fundament.components.zaken.routes.base import context
from fundament.components.zaken.services import parts, specs, statussen, zaakinformatieobjecten
from fundament.components.zaken.services.base import Ctx, get_zaak
from fundament.components.zaken.services.filters import ROL_IDENTIFICATIE

router = APIRouter(route_class=ZgwRoute)

READ = context(sc.SCOPE_LEZEN, writes=False)
Conditions = Callable[[dict[str, str]], list[Any]]


def _equal(**columns: Any) -> Conditions:
    """Filters that compare a column with the value given."""

    def conditions(params: dict[str, str]) -> list[Any]:
        return [columns[name] == value for name, value in params.items() if name in columns]

    return conditions


async def _path_zaak(zaak_uuid: str) -> UUID:
    return parse_uuid(zaak_uuid)


async def _no_zaak() -> None:
    return None


def _mount(
    part: parts.Part,
    create_model: type[BaseModel] | None,
    out_model: type[BaseModel],
    operation: str,
    *,
    filters: tuple[str, ...] = (),
    conditions: Conditions = _equal(),
    paginated: bool = True,
    updates: bool = False,
    deletes: bool = True,
) -> None:
    prefix = "/zaken/{zaak_uuid}" if part.nested else ""
    path = f"{prefix}/{part.collection}"
    tags: list[str | Enum] = [part.collection if not part.nested else "zaken"]
    names = filters if part.nested else ("zaak", *filters)
    zaak_of = _path_zaak if part.nested else _no_zaak
    listed = Page[out_model] if paginated else list[out_model]  # type: ignore[valid-type]

    @router.get(path, response_model=listed, operation_id=f"{operation}_list", tags=tags)
    async def list_(
        request: Request,
        zaak_key: UUID | None = Depends(zaak_of),
        params: dict[str, str] = Depends(query_values(*names)),
        page: PageParams = Depends(page_params) if paginated else None,  # type: ignore[assignment]
        ctx: Ctx = READ,
    ) -> Response:
        if zaak_key is not None:
            await get_zaak(ctx, zaak_key)  # 404 for a zaak that does not exist
        count, results, more = await parts.list_of(
            ctx, part, params.get("zaak"), conditions(params), page, zaak_key
        )
        if not paginated:
            return array_response(results)
        return json_response(page_of(request, page, count, results, more))

    @router.api_route(
        f"{path}/{{uuid}}",
        methods=["GET", "HEAD"],
        response_model=out_model,
        operation_id=f"{operation}_retrieve",
        tags=tags,
    )
    async def read(
        request: Request, uuid: str, zaak_key: UUID | None = Depends(zaak_of), ctx: Ctx = READ
    ) -> Response:
        return detail_response(request, await parts.get(ctx, part, parse_uuid(uuid), zaak_key))

    if create_model is None:
        return
    create_ctx = context(*part.create_scopes, writes=True)
    update_ctx = context(*part.update_scopes, writes=True)
    delete_ctx = context(*part.delete_scopes, writes=True)
    patch_model = partial(create_model)

    if part.nested:

        @router.post(
            path,
            response_model=out_model,
            status_code=201,
            operation_id=f"{operation}_create",
            tags=tags,
        )
        async def create_nested(
            zaak_uuid: str,
            body: create_model,  # type: ignore[valid-type]
            ctx: Ctx = create_ctx,
        ) -> Response:
            zaak = await get_zaak(ctx, parse_uuid(zaak_uuid), for_update=True)
            view = await parts.create(ctx, part, body, zaak)
            return created_response(view, view.url)

    else:

        @router.post(
            path,
            response_model=out_model,
            status_code=201,
            operation_id=f"{operation}_create",
            tags=tags,
        )
        async def create(body: create_model, ctx: Ctx = create_ctx) -> Response:  # type: ignore[valid-type]
            view = await parts.create(ctx, part, body)
            return created_response(view, view.url)

    if updates:

        @router.put(
            f"{path}/{{uuid}}",
            response_model=out_model,
            operation_id=f"{operation}_update",
            tags=tags,
        )
        async def update(
            request: Request,
            uuid: str,
            body: create_model,  # type: ignore[valid-type]
            zaak_key: UUID | None = Depends(zaak_of),
            ctx: Ctx = update_ctx,
        ) -> Response:
            view = await parts.update(ctx, part, parse_uuid(uuid), body, False, zaak_key)
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
            zaak_key: UUID | None = Depends(zaak_of),
            ctx: Ctx = update_ctx,
        ) -> Response:
            key = parse_uuid(uuid)
            data = merged(create_model, await parts.current(ctx, part, key, zaak_key), body)
            view = await parts.update(ctx, part, key, data, True, zaak_key)
            return detail_response(request, view)

    if deletes:

        @router.delete(
            f"{path}/{{uuid}}", status_code=204, operation_id=f"{operation}_destroy", tags=tags
        )
        async def delete(
            uuid: str, zaak_key: UUID | None = Depends(zaak_of), ctx: Ctx = delete_ctx
        ) -> Response:
            await parts.delete(ctx, part, parse_uuid(uuid), zaak_key)
            return no_content()


def _status_conditions(params: dict[str, str]) -> list[Any]:
    found = _equal(statustype=m.Status.statustype)(params)
    value = params.get("indicatieLaatstGezetteStatus")
    if value is not None:
        current = m.Status.id == m.Zaak.status_id
        found.append(current if value.lower() == "true" else ~current)
    return found


def _rol_conditions(params: dict[str, str]) -> list[Any]:
    found = _equal(
        betrokkene=m.Rol.betrokkene,
        betrokkeneType=m.Rol.betrokkene_type,
        roltype=m.Rol.roltype,
        omschrijving=m.Rol.omschrijving,
        omschrijvingGeneriek=m.Rol.omschrijving_generiek,
    )(params)
    for key, column in ROL_IDENTIFICATIE.items():
        value = params.get(f"betrokkeneIdentificatie__{key}")
        if value is not None:
            found.append(column == value)
    return found


_mount(
    statussen.STATUS,
    None,
    s.Status,
    "status",
    filters=("statustype", "indicatieLaatstGezetteStatus"),
    conditions=_status_conditions,
)


@router.post(
    "/statussen",
    response_model=s.Status,
    status_code=201,
    operation_id="status_create",
    tags=["statussen"],
)
async def status_create(
    body: s.StatusCreate,
    ctx: Ctx = context(
        *statussen.CREATE_SCOPES, sc.SCOPE_BIJWERKEN, sc.SCOPE_GEFORCEERD_BIJWERKEN, writes=True
    ),
) -> Response:
    view = await statussen.create(ctx, body)
    return created_response(view, view.url)


_mount(
    specs.RESULTAAT,
    s.ResultaatCreate,
    s.Resultaat,
    "resultaat",
    filters=("resultaattype",),
    conditions=_equal(resultaattype=m.Resultaat.resultaattype),
    updates=True,
)
_mount(
    specs.ROL,
    s.RolCreate,
    s.Rol,
    "rol",
    filters=(
        "betrokkene",
        "betrokkeneType",
        *(f"betrokkeneIdentificatie__{key}" for key in ROL_IDENTIFICATIE),
        "roltype",
        "omschrijving",
        "omschrijvingGeneriek",
    ),
    conditions=_rol_conditions,
)
_mount(
    specs.ZAAKOBJECT,
    s.ZaakObjectCreate,
    s.ZaakObject,
    "zaakobject",
    filters=("object", "objectType"),
    conditions=_equal(object=m.ZaakObject.object, objectType=m.ZaakObject.object_type),
    updates=True,
)
_mount(
    zaakinformatieobjecten.ZAAKINFORMATIEOBJECT,
    s.ZaakInformatieObjectCreate,
    s.ZaakInformatieObject,
    "zaakinformatieobject",
    filters=("informatieobject",),
    conditions=_equal(informatieobject=m.ZaakInformatieObject.informatieobject),
    paginated=False,
    updates=True,
)
_mount(specs.KLANTCONTACT, s.KlantContactCreate, s.KlantContact, "klantcontact", deletes=False)
_mount(
    specs.ZAAKCONTACTMOMENT,
    s.ZaakContactMomentCreate,
    s.ZaakContactMoment,
    "zaakcontactmoment",
    filters=("contactmoment",),
    conditions=_equal(contactmoment=m.ZaakContactMoment.contactmoment),
    paginated=False,
)
_mount(
    specs.ZAAKVERZOEK,
    s.ZaakVerzoekCreate,
    s.ZaakVerzoek,
    "zaakverzoek",
    filters=("verzoek",),
    conditions=_equal(verzoek=m.ZaakVerzoek.verzoek),
    paginated=False,
)
_mount(
    specs.ZAAKEIGENSCHAP,
    s.ZaakEigenschapCreate,
    s.ZaakEigenschap,
    "zaakeigenschap",
    paginated=False,
    updates=True,
)
_mount(specs.ZAAKBESLUIT, s.ZaakBesluitCreate, s.ZaakBesluit, "zaakbesluit", paginated=False)
