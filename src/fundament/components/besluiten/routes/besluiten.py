"""Routes of /besluiten."""

from datetime import date

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import merged, partial
from fundament.components.besluiten.routes.base import CREATE, DELETE, READ, UPDATE
from fundament.components.besluiten.schemas.besluit import Besluit, BesluitCreate
from fundament.components.besluiten.services import besluiten as service
from fundament.components.besluiten.services import expand as expansion
from fundament.components.besluiten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["besluiten"])

PATH = "/besluiten"
BesluitPatch = partial(BesluitCreate)


@router.get(PATH, response_model=Page[Besluit], operation_id="besluit_list")
async def besluit_list(
    request: Request,
    identificatie: str | None = Query(None),
    verantwoordelijke_organisatie: str | None = Query(None, alias="verantwoordelijkeOrganisatie"),
    besluittype: str | None = Query(None),
    zaak: str | None = Query(None),
    expand: str | None = Query(None),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, items = await service.list_besluiten(
        ctx,
        page,
        identificatie=identificatie,
        verantwoordelijke_organisatie=verantwoordelijke_organisatie,
        besluittype=besluittype,
        zaak=zaak,
    )
    await expansion.expand(ctx, items, expand, expansion.BESLUIT)
    return json_response(page_of(request, page, count, items))


@router.post(PATH, response_model=Besluit, status_code=201, operation_id="besluit_create")
async def besluit_create(body: BesluitCreate, ctx: Ctx = CREATE) -> Response:
    view = await service.create_besluit(ctx, body, date.today())
    return created_response(view, view.url)


@router.api_route(
    f"{PATH}/{{uuid}}", methods=["GET", "HEAD"], response_model=Besluit, operation_id="besluit_read"
)
async def besluit_read(
    request: Request, uuid: str, expand: str | None = Query(None), ctx: Ctx = READ
) -> Response:
    view = await service.get_besluit(ctx, parse_uuid(uuid))
    await expansion.expand(ctx, [view], expand, expansion.BESLUIT)
    return detail_response(request, view)


@router.put(f"{PATH}/{{uuid}}", response_model=Besluit, operation_id="besluit_update")
async def besluit_update(
    request: Request, uuid: str, body: BesluitCreate, ctx: Ctx = UPDATE
) -> Response:
    key = parse_uuid(uuid)
    # Fields a PUT leaves out keep their value, as in Open Zaak (DRF).
    data = merged(BesluitCreate, await service.current(ctx, key), body)
    view = await service.update_besluit(ctx, key, data, False, date.today())
    return detail_response(request, view)


@router.patch(f"{PATH}/{{uuid}}", response_model=Besluit, operation_id="besluit_partial_update")
async def besluit_partial_update(
    request: Request,
    uuid: str,
    body: BesluitPatch,  # type: ignore[valid-type]
    ctx: Ctx = UPDATE,
) -> Response:
    key = parse_uuid(uuid)
    data = merged(BesluitCreate, await service.current(ctx, key), body)
    view = await service.update_besluit(ctx, key, data, True, date.today())
    return detail_response(request, view)


@router.delete(f"{PATH}/{{uuid}}", status_code=204, operation_id="besluit_delete")
async def besluit_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await service.delete_besluit(ctx, parse_uuid(uuid))
    return no_content()
