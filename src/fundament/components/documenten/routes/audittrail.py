"""Routes of /enkelvoudiginformatieobjecten/{uuid}/audittrail (scope `audittrails.lezen`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from fundament.common.audittrail import AuditTrail
from fundament.common.responses import array_response, detail_response
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.components.documenten.routes.base import AUDIT
from fundament.components.documenten.services import audittrail as service
from fundament.components.documenten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["enkelvoudiginformatieobjecten"])

PATH = "/enkelvoudiginformatieobjecten/{enkelvoudiginformatieobject_uuid}/audittrail"


@router.get(PATH, response_model=list[AuditTrail], operation_id="audittrail_list")
async def audittrail_list(enkelvoudiginformatieobject_uuid: str, ctx: Ctx = AUDIT) -> Response:
    return array_response(
        await service.list_audittrail(ctx, parse_uuid(enkelvoudiginformatieobject_uuid))
    )


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=AuditTrail,
    operation_id="audittrail_retrieve",
)
async def audittrail_read(
    request: Request, enkelvoudiginformatieobject_uuid: str, uuid: str, ctx: Ctx = AUDIT
) -> Response:
    view = await service.get_audittrail(
        ctx, parse_uuid(enkelvoudiginformatieobject_uuid), parse_uuid(uuid)
    )
    return detail_response(request, view)
