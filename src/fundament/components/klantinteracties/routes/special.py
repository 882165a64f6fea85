"""The two operations that are no plain CRUD: deleting an onderwerpobject with `cascade`, and
`POST /maak-klantcontact`."""

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from starlette.responses import Response

from fundament.common.responses import created_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.components.klantinteracties.routes.mount import CONTEXT, Body
from fundament.components.klantinteracties.schemas.klantcontacten import MaakKlantcontact
from fundament.components.klantinteracties.services.base import Ctx
from fundament.components.klantinteracties.services.filters import parse_bool
from fundament.components.klantinteracties.services.klantcontacten import delete_onderwerpobject
from fundament.components.klantinteracties.services.maak import maak_klantcontact

router = APIRouter(route_class=ZgwRoute)


class OnderwerpobjectDeleteResponse(BaseModel):
    behouden: list[str]


@router.delete(
    "/onderwerpobjecten/{uuid}",
    status_code=204,
    responses={200: {"model": OnderwerpobjectDeleteResponse}},
    operation_id="onderwerpobjectenDestroy",
    tags=["onderwerpobjecten"],
)
async def onderwerpobject_destroy(
    uuid: str, cascade: str | None = Query(None), ctx: Ctx = Depends(CONTEXT)
) -> Response:
    """204; with `cascade=true` 200 and the klantcontacten kept (`behouden`)."""
    wanted = parse_bool("cascade", cascade) if cascade is not None else False
    behouden = await delete_onderwerpobject(ctx, parse_uuid(uuid), wanted)
    if behouden is None:
        return no_content()
    return json_response(OnderwerpobjectDeleteResponse(behouden=behouden))


@router.post(
    "/maak-klantcontact",
    response_model=Body,
    status_code=201,
    operation_id="maakKlantcontactCreate",
    tags=["maak-klantcontact"],
)
async def maak_klantcontact_create(body: MaakKlantcontact, ctx: Ctx = Depends(CONTEXT)) -> Response:
    view = await maak_klantcontact(ctx, body)
    return created_response(Body(view), view["klantcontact"]["url"])
