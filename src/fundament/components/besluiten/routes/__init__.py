"""HTTP routes of the Besluiten API 1.1.0, one module per resource."""

from fastapi import APIRouter

from fundament.common.routing import ZgwRoute
from fundament.components.besluiten.routes import audittrail, besluiten, besluitinformatieobjecten
from fundament.components.besluiten.routes.base import ROOT

__all__ = ["ROOT", "router"]

router = APIRouter(route_class=ZgwRoute)
for module in (besluiten, audittrail, besluitinformatieobjecten):
    router.include_router(module.router)
