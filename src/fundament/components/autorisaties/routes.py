"""HTTP routes of the Autorisaties API 1.0.0: thin, one service call each."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from fundament.common.audit import Actor
from fundament.common.auth import AuthContext, require_scopes
from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.autorisaties import services
from fundament.components.autorisaties.schemas import Applicatie, ApplicatieCreate, ApplicatiePatch
from fundament.components.autorisaties.scopes import COMPONENT, SCOPE_BIJWERKEN, SCOPE_LEZEN

ROOT = services.ROOT

router = APIRouter(route_class=ZgwRoute, tags=["applicaties"])

can_read = require_scopes(COMPONENT, SCOPE_LEZEN)
can_write = require_scopes(COMPONENT, SCOPE_BIJWERKEN)


def api_root(request: Request) -> str:
    return public_base(request) + ROOT


@router.get("/applicaties", response_model=Page[Applicatie], operation_id="applicatie_list")
async def applicatie_list(
    request: Request,
    client_ids: str | None = Query(None, alias="clientIds"),
    page: PageParams = Depends(page_params),
    _: AuthContext = Depends(can_read),
    session: AsyncSession = Depends(get_session),
) -> Response:
    wanted = [c.strip() for c in client_ids.split(",") if c.strip()] if client_ids else None
    count, results = await services.list_applicaties(session, api_root(request), page, wanted)
    return json_response(page_of(request, page, count, results))


@router.post(
    "/applicaties", response_model=Applicatie, status_code=201, operation_id="applicatie_create"
)
async def applicatie_create(
    request: Request,
    body: ApplicatieCreate,
    auth: AuthContext = Depends(can_write),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await services.create_applicatie(
        session, Actor.of(request, auth), api_root(request), body
    )
    return created_response(view, view.url)


# The OAS declares an array here (a generator artefact); Open Zaak and the providers that call
# this endpoint use a single Applicatie object, so we answer with the object (or 404).
@router.get("/applicaties/consumer", response_model=Applicatie, operation_id="applicatie_consumer")
async def applicatie_consumer(
    request: Request,
    client_id: str = Query(..., alias="clientId"),
    _: AuthContext = Depends(can_read),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await services.get_applicatie_for_client(session, api_root(request), client_id)
    return detail_response(request, view)


@router.api_route(
    "/applicaties/{uuid}",
    methods=["GET", "HEAD"],
    response_model=Applicatie,
    operation_id="applicatie_read",
)
async def applicatie_read(
    request: Request,
    uuid: str,
    _: AuthContext = Depends(can_read),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await services.get_applicatie(session, api_root(request), parse_uuid(uuid))
    return detail_response(request, view)


@router.put("/applicaties/{uuid}", response_model=Applicatie, operation_id="applicatie_update")
async def applicatie_update(
    request: Request,
    uuid: str,
    body: ApplicatieCreate,
    auth: AuthContext = Depends(can_write),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await services.update_applicatie(
        session, Actor.of(request, auth), api_root(request), parse_uuid(uuid), body
    )
    return detail_response(request, view)


@router.patch(
    "/applicaties/{uuid}", response_model=Applicatie, operation_id="applicatie_partial_update"
)
async def applicatie_partial_update(
    request: Request,
    uuid: str,
    body: ApplicatiePatch,
    auth: AuthContext = Depends(can_write),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await services.update_applicatie(
        session, Actor.of(request, auth), api_root(request), parse_uuid(uuid), body
    )
    return detail_response(request, view)


@router.delete("/applicaties/{uuid}", status_code=204, operation_id="applicatie_delete")
async def applicatie_delete(
    request: Request,
    uuid: str,
    auth: AuthContext = Depends(can_write),
    session: AsyncSession = Depends(get_session),
) -> Response:
    await services.delete_applicatie(
        session, Actor.of(request, auth), api_root(request), parse_uuid(uuid)
    )
    return no_content()
