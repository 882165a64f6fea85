"""Route of /bestandsdelen/{uuid}: one part of a chunked upload, as multipart/form-data."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from fundament.common.responses import json_response
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.components.documenten.multipart import read_part_upload
from fundament.components.documenten.routes.base import UPDATE
from fundament.components.documenten.schemas.informatieobject import BestandsDeelUpload
from fundament.components.documenten.services import locking
from fundament.components.documenten.services.base import Ctx


class UploadRoute(ZgwRoute):
    """The one route whose body is a form (the OAS: multipart/form-data), streamed."""

    body_media_types = ("multipart/form-data",)


router = APIRouter(route_class=UploadRoute, tags=["bestandsdelen"])


@router.put(
    "/bestandsdelen/{uuid}", response_model=BestandsDeelUpload, operation_id="bestandsdeel_update"
)
async def bestandsdeel_update(request: Request, uuid: str, ctx: Ctx = UPDATE) -> Response:
    key = parse_uuid(uuid)
    upload = await read_part_upload(
        request.headers.get("content-type", ""), request.stream(), ctx.storage
    )
    return json_response(await locking.upload_part(ctx, key, upload))
