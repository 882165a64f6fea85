"""HTTP routes of the Notificaties API 1.0.0 (with Open Notificaties' kanaal PUT/PATCH): thin."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from fundament.common.auth import (
    AuthContext,
    require_any_scope,
    require_scopes,
    require_superuser,
)
from fundament.common.db import utcnow
from fundament.common.errors import ValidationFailed
from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.problems import invalid_params_from_pydantic
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.session import get_session
from fundament.common.urls import public_base
from fundament.components.notificaties.schemas import (
    Abonnement,
    AbonnementCreate,
    AbonnementList,
    AbonnementPatch,
    DeadLetter,
    DeadLetterFilters,
    DeadLetterReplayed,
    Kanaal,
    KanaalCreate,
    KanaalList,
    KanaalPatch,
    Message,
)
from fundament.components.notificaties.scopes import COMPONENT, SCOPE_CONSUMEREN, SCOPE_PUBLICEREN
from fundament.components.notificaties.services import (
    abonnementen,
    deadletters,
    kanalen,
    notificaties,
)

ROOT = "/notificaties/api/v1"

router = APIRouter(route_class=ZgwRoute)

can_read = require_any_scope((COMPONENT, SCOPE_CONSUMEREN), (COMPONENT, SCOPE_PUBLICEREN))
can_subscribe = require_scopes(COMPONENT, SCOPE_CONSUMEREN)
can_publish = require_scopes(COMPONENT, SCOPE_PUBLICEREN)
# Dead letters show every subscriber's callbacks and failures: administrators only.
can_administer = require_superuser()


def api_root(request: Request) -> str:
    return public_base(request) + ROOT


# --- kanaal ------------------------------------------------------------------------------------


@router.get("/kanaal", response_model=list[Kanaal], operation_id="kanaal_list", tags=["kanaal"])
async def kanaal_list(
    request: Request,
    naam: str | None = Query(None),
    _: AuthContext = Depends(can_read),
    session: AsyncSession = Depends(get_session),
) -> Response:
    found = await kanalen.list_kanalen(session, api_root(request), naam)
    return json_response(KanaalList(found))


@router.post(
    "/kanaal",
    response_model=Kanaal,
    status_code=201,
    operation_id="kanaal_create",
    tags=["kanaal"],
)
async def kanaal_create(
    request: Request,
    body: KanaalCreate,
    _: AuthContext = Depends(can_publish),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await kanalen.create_kanaal(session, api_root(request), body)
    return created_response(view, view.url)


@router.api_route(
    "/kanaal/{uuid}",
    methods=["GET", "HEAD"],
    response_model=Kanaal,
    operation_id="kanaal_read",
    tags=["kanaal"],
)
async def kanaal_read(
    request: Request,
    uuid: str,
    _: AuthContext = Depends(can_read),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await kanalen.get_kanaal(session, api_root(request), parse_uuid(uuid))
    return detail_response(request, view)


@router.put("/kanaal/{uuid}", response_model=Kanaal, operation_id="kanaal_update", tags=["kanaal"])
async def kanaal_update(
    request: Request,
    uuid: str,
    body: KanaalCreate,
    _: AuthContext = Depends(can_publish),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await kanalen.update_kanaal(session, api_root(request), parse_uuid(uuid), body)
    return detail_response(request, view)


@router.patch(
    "/kanaal/{uuid}", response_model=Kanaal, operation_id="kanaal_partial_update", tags=["kanaal"]
)
async def kanaal_partial_update(
    request: Request,
    uuid: str,
    body: KanaalPatch,  # type: ignore[valid-type]
    _: AuthContext = Depends(can_publish),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await kanalen.update_kanaal(session, api_root(request), parse_uuid(uuid), body)
    return detail_response(request, view)


# --- abonnement --------------------------------------------------------------------------------


@router.get(
    "/abonnement",
    response_model=list[Abonnement],
    operation_id="abonnement_list",
    tags=["abonnement"],
)
async def abonnement_list(
    request: Request,
    _: AuthContext = Depends(can_read),
    session: AsyncSession = Depends(get_session),
) -> Response:
    found = await abonnementen.list_abonnementen(session, api_root(request))
    return json_response(AbonnementList(found))


@router.post(
    "/abonnement",
    response_model=Abonnement,
    status_code=201,
    operation_id="abonnement_create",
    tags=["abonnement"],
)
async def abonnement_create(
    request: Request,
    body: AbonnementCreate,
    auth: AuthContext = Depends(can_subscribe),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await abonnementen.create_abonnement(
        session, api_root(request), auth.client_id, body, request.app.state.resolver
    )
    return created_response(view, view.url)


@router.api_route(
    "/abonnement/{uuid}",
    methods=["GET", "HEAD"],
    response_model=Abonnement,
    operation_id="abonnement_read",
    tags=["abonnement"],
)
async def abonnement_read(
    request: Request,
    uuid: str,
    _: AuthContext = Depends(can_read),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await abonnementen.get_abonnement(session, api_root(request), parse_uuid(uuid))
    return detail_response(request, view)


@router.put(
    "/abonnement/{uuid}",
    response_model=Abonnement,
    operation_id="abonnement_update",
    tags=["abonnement"],
)
async def abonnement_update(
    request: Request,
    uuid: str,
    body: AbonnementCreate,
    _: AuthContext = Depends(can_subscribe),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await abonnementen.update_abonnement(
        session, api_root(request), parse_uuid(uuid), body, request.app.state.resolver
    )
    return detail_response(request, view)


@router.patch(
    "/abonnement/{uuid}",
    response_model=Abonnement,
    operation_id="abonnement_partial_update",
    tags=["abonnement"],
)
async def abonnement_partial_update(
    request: Request,
    uuid: str,
    body: AbonnementPatch,  # type: ignore[valid-type]
    _: AuthContext = Depends(can_subscribe),
    session: AsyncSession = Depends(get_session),
) -> Response:
    view = await abonnementen.update_abonnement(
        session, api_root(request), parse_uuid(uuid), body, request.app.state.resolver
    )
    return detail_response(request, view)


@router.delete(
    "/abonnement/{uuid}", status_code=204, operation_id="abonnement_delete", tags=["abonnement"]
)
async def abonnement_delete(
    uuid: str,
    _: AuthContext = Depends(can_subscribe),
    session: AsyncSession = Depends(get_session),
) -> Response:
    await abonnementen.delete_abonnement(session, parse_uuid(uuid))
    return no_content()


# --- notificaties ------------------------------------------------------------------------------


@router.post(
    "/notificaties",
    response_model=Message,
    status_code=201,
    operation_id="notificaties_create",
    tags=["notificaties"],
)
async def notificaties_create(
    body: Message,
    _: AuthContext = Depends(can_publish),
    session: AsyncSession = Depends(get_session),
) -> Response:
    # 201, as Open Notificaties answers and the VNG OAS suite expects (the VNG 1.0.0 file says 200).
    message = await notificaties.publish(session, body)
    return json_response(message, status=201)


# --- dead letters: a Fundament extension for administrators (not in the standard) -------------


async def dead_letter_filters(
    since: str | None = Query(None, description="Notificaties aangemaakt op of na (ISO 8601)."),
    abonnement: str | None = Query(None, description="URL (of UUID) van een abonnement."),
) -> DeadLetterFilters:
    try:
        return DeadLetterFilters.model_validate(
            {"since": since or None, "abonnement": abonnement or None}
        )
    except ValidationError as exc:
        raise ValidationFailed(invalid_params_from_pydantic(exc.errors())) from exc


@router.get(
    "/deadletters",
    response_model=Page[DeadLetter],
    operation_id="fundament_deadletter_list",
    tags=["deadletters"],
)
async def deadletter_list(
    request: Request,
    filters: DeadLetterFilters = Depends(dead_letter_filters),
    page: PageParams = Depends(page_params),
    _: AuthContext = Depends(can_administer),
    session: AsyncSession = Depends(get_session),
) -> Response:
    count, results = await deadletters.list_dead_letters(session, api_root(request), filters, page)
    return json_response(page_of(request, page, count, results))


@router.post(
    "/deadletters/replay",
    response_model=DeadLetterReplayed,
    operation_id="fundament_deadletter_replay",
    tags=["deadletters"],
)
async def deadletter_replay(
    body: DeadLetterFilters | None = None,
    _: AuthContext = Depends(can_administer),
    session: AsyncSession = Depends(get_session),
) -> Response:
    replayed = await deadletters.replay_dead_letters(session, body or DeadLetterFilters(), utcnow())
    return json_response(replayed)
