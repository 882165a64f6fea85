"""HTTP routes of the Catalogi API 1.3.1, one module per resource group."""

from fastapi import APIRouter

from fundament.common.routing import ZgwRoute
from fundament.components.catalogi.routes import catalogussen, parts, types

ROOT = "/catalogi/api/v1"

router = APIRouter(route_class=ZgwRoute)
for module in (catalogussen, types, parts):
    router.include_router(module.router)
