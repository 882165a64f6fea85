"""Route of /permissions: what the caller may do per objecttype."""

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.routing import ZgwRoute
from fundament.components.objecten.routes.base import READ, json_answer, page_body
from fundament.components.objecten.schemas import Permission
from fundament.components.objecten.services import permissions as service
from fundament.components.objecten.services.base import Ctx

router = APIRouter(route_class=ZgwRoute, tags=["permissions"])


@router.get("/permissions", response_model=Page[Permission], operation_id="permission_list")
async def permission_list(
    request: Request, params: PageParams = Depends(page_params), ctx: Ctx = READ
) -> Response:
    count, items = await service.list_permissions(ctx, params)
    return json_answer(request, page_body(page_of(request, params, count, items)), crs=False)
