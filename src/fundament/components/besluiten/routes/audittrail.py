"""Routes of /besluiten/{besluit_uuid}/audittrail (scope `audittrails.lezen`)."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from fundament.common.audittrail import AuditTrail
from fundament.common.responses import array_response, detail_response
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.components.besluiten.routes.base import AUDIT
from fundament.components.besluiten.services import audittrail as service
from fundament.components.besluiten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["besluiten"])

PATH = "/besluiten/{besluit_uuid}/audittrail"


@router.get(PATH, response_model=list[AuditTrail], operation_id="audittrail_list")
async def audittrail_list(besluit_uuid: str, ctx: Ctx = AUDIT) -> Response:
    return array_response(await service.list_audittrail(ctx, parse_uuid(besluit_uuid)))


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=AuditTrail,
    operation_id="audittrail_read",
)
async def audittrail_read(
    request: Request, besluit_uuid: str, uuid: str, ctx: Ctx = AUDIT
) -> Response:
    view = await service.get_audittrail(ctx, parse_uuid(besluit_uuid), parse_uuid(uuid))
    return detail_response(request, view)
