"""HTTP routes of the Documenten API 1.4.2, one module per resource group."""

from fastapi import APIRouter

from fundament.common.routing import ZgwRoute
from fundament.components.documenten.routes import (
    audittrail,
    bestandsdelen,
    gebruiksrechten,
    informatieobjecten,
    objectinformatieobjecten,
    verzendingen,
)
from fundament.components.documenten.routes.base import ROOT

__all__ = ["ROOT", "router"]

router = APIRouter(route_class=ZgwRoute)
for module in (
    informatieobjecten,
    audittrail,
    bestandsdelen,
    gebruiksrechten,
    objectinformatieobjecten,
    verzendingen,
):
    router.include_router(module.router)
router.include_router(informatieobjecten.downloads)
