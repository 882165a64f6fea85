"""HTTP routes of the Zaken API 1.5.1."""

from fastapi import APIRouter

from fundament.common.routing import ZgwRoute
from fundament.components.zaken.routes import parts, zaken
from fundament.components.zaken.routes.base import ROOT

__all__ = ["ROOT", "router"]

router = APIRouter(route_class=ZgwRoute)
router.include_router(zaken.router)
router.include_router(zaken.audit_router)
router.include_router(parts.router)
