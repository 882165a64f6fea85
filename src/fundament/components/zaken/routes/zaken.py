"""Routes of /zaken, /zaken/_zoek and /zaken/{uuid}/audittrail.

No `from __future__ import annotations` here: FastAPI reads the body types from annotations.
"""

from typing import Any

from fastapi import APIRouter, Body, Depends, Query, Request
from starlette.responses import Response

from fundament.common import audittrail, geo
from fundament.common.errors import (
    NotAcceptable,
    PreconditionFailed,
    UnsupportedMediaType,
    ValidationFailed,
)
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
from fundament.components.zaken import scopes as sc
from fundament.components.zaken.routes.base import context
from fundament.components.zaken.schemas import Zaak, ZaakCreate
from fundament.components.zaken.services import expand as expansion
from fundament.components.zaken.services import filters, search
from fundament.components.zaken.services import zaken as service
from fundament.components.zaken.services.base import Ctx, get_zaak

CRS = "EPSG:4326"


async def _crs(request: Request) -> None:
    """A zaak carries a geometry, so its requests name the coordinate system (OAS: required
    `Accept-Crs`, and `Content-Crs` with a body); only EPSG:4326 (WGS 84) is offered. Missing:
    412, other systems: 406 / 415, as Open Zaak answers."""
    if request.method == "DELETE":
        return  # nothing geometric is sent or answered (Open Zaak does not ask either)
    accept = request.headers.get("accept-crs")
    if accept is None:
        raise PreconditionFailed("'Accept-Crs' header ontbreekt.", code="missing-accept-crs")
    if accept.strip().upper() != CRS:
        raise NotAcceptable(f"CRS {accept!r} wordt niet ondersteund; gebruik {CRS}.")
    if request.method in ("POST", "PUT", "PATCH"):
        content = request.headers.get("content-crs")
        if content is None:
            raise PreconditionFailed("'Content-Crs' header ontbreekt.", code="missing-content-crs")
        if content.strip().upper() != CRS:
            raise UnsupportedMediaType(f"CRS {content!r} wordt niet ondersteund; gebruik {CRS}.")


def _with_crs(response: Response) -> Response:
    response.headers["Content-Crs"] = CRS
    return response


router = APIRouter(route_class=ZgwRoute, tags=["zaken"], dependencies=[Depends(_crs)])
audit_router = APIRouter(route_class=ZgwRoute, tags=["zaken"])

READ = context(sc.SCOPE_LEZEN, writes=False)
CREATE = context(sc.SCOPE_AANMAKEN, writes=True)
UPDATE = context(sc.SCOPE_BIJWERKEN, sc.SCOPE_GEFORCEERD_BIJWERKEN, writes=True)
DELETE = context(sc.SCOPE_VERWIJDEREN, writes=True)
AUDIT = context(sc.SCOPE_AUDITTRAILS_LEZEN, writes=False)
ZaakPatch = partial(ZaakCreate)
SEARCH_KEYS = frozenset(
    {*filters.LIST_PARAMETERS, "uuid__in", "zaaktype__in", "zaakgeometrie", "expand"}
)


@router.get("/zaken", response_model=Page[Zaak], operation_id="zaak_list")
async def zaak_list(
    request: Request,
    params: dict[str, str] = Depends(query_values(*filters.LIST_PARAMETERS)),
    expand: str | None = Query(None),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, results, more = await search.list_zaken(ctx, params, page)
    results = await expansion.expand(ctx, results, expand)
    return _with_crs(json_response(page_of(request, page, count, results, more)))


@router.post("/zaken/_zoek", response_model=Page[Zaak], operation_id="zaak__zoek")
async def zaak_search(
    request: Request,
    body: dict[str, Any] = Body(...),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    unknown = [name for name in body if name not in SEARCH_KEYS]
    if unknown:
        raise ValidationFailed.single(unknown[0], "unknown-parameters", "Onbekend zoekveld.")
    within = None
    geometrie = body.get("zaakgeometrie")
    if geometrie is not None:
        if not isinstance(geometrie, dict) or "within" not in geometrie:
            raise ValidationFailed.single("zaakgeometrie", "invalid", "Geef zaakgeometrie.within.")
        within, problems = geo.parse(geometrie["within"], "zaakgeometrie.within")
        if problems:
            raise ValidationFailed(problems)
    count, results, more = await search.list_zaken(ctx, body, page, within)
    results = await expansion.expand(ctx, results, body.get("expand"))
    return _with_crs(json_response(page_of(request, page, count, results, more)))


@router.post("/zaken", response_model=Zaak, status_code=201, operation_id="zaak_create")
async def zaak_create(body: ZaakCreate, ctx: Ctx = CREATE) -> Response:
    view = await service.create(ctx, body)
    return _with_crs(created_response(view, view.url))


@router.api_route(
    "/zaken/{uuid}", methods=["GET", "HEAD"], response_model=Zaak, operation_id="zaak_retrieve"
)
async def zaak_read(
    request: Request, uuid: str, expand: str | None = Query(None), ctx: Ctx = READ
) -> Response:
    _, view = await service.get(ctx, parse_uuid(uuid))
    [view] = await expansion.expand(ctx, [view], expand)
    return _with_crs(detail_response(request, view))


@router.put("/zaken/{uuid}", response_model=Zaak, operation_id="zaak_update")
async def zaak_update(request: Request, uuid: str, body: ZaakCreate, ctx: Ctx = UPDATE) -> Response:
    view = await service.update(ctx, parse_uuid(uuid), body, partial=False)
    return _with_crs(detail_response(request, view))


@router.patch("/zaken/{uuid}", response_model=Zaak, operation_id="zaak_partial_update")
async def zaak_partial_update(
    request: Request,
    uuid: str,
    body: ZaakPatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    zaak = await get_zaak(ctx, key)
    ctx.require(zaak, sc.SCOPE_BIJWERKEN, sc.SCOPE_GEFORCEERD_BIJWERKEN)
    current = await service.view_of(ctx, zaak)
    sent = body.model_dump(exclude_unset=True)  # type: ignore[attr-defined]
    if sent.get("betalingsindicatie") == "nvt" and "laatste_betaaldatum" not in sent:
        current.laatste_betaaldatum = None  # zrc-014: switching to "nvt" clears the date
    if current.verlenging.duur is None:
        current.verlenging = None  # type: ignore[assignment]  # never given: not a group to merge into
    data = merged(ZaakCreate, current, body)
    return _with_crs(detail_response(request, await service.update(ctx, key, data, partial=True)))


@router.delete("/zaken/{uuid}", status_code=204, operation_id="zaak_destroy")
async def zaak_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await service.delete_zaak(ctx, parse_uuid(uuid))
    return no_content()


async def _trail_owner(ctx: Ctx, zaak_uuid: str) -> str:
    zaak = await get_zaak(ctx, parse_uuid(zaak_uuid))
    ctx.require(zaak, sc.SCOPE_AUDITTRAILS_LEZEN)
    return ctx.zaak_url(zaak)


@audit_router.get(
    "/zaken/{zaak_uuid}/audittrail",
    response_model=list[audittrail.AuditTrail],
    operation_id="audittrail_list",
)
async def audittrail_list(zaak_uuid: str, ctx: Ctx = AUDIT) -> Response:
    return array_response(
        await audittrail.trail_of(ctx.session, await _trail_owner(ctx, zaak_uuid))
    )


@audit_router.api_route(
    "/zaken/{zaak_uuid}/audittrail/{uuid}",
    methods=["GET", "HEAD"],
    response_model=audittrail.AuditTrail,
    operation_id="audittrail_retrieve",
)
async def audittrail_read(
    request: Request, zaak_uuid: str, uuid: str, ctx: Ctx = AUDIT
) -> Response:
    owner = await _trail_owner(ctx, zaak_uuid)
    return detail_response(request, await audittrail.entry_of(ctx.session, owner, parse_uuid(uuid)))
