"""HTTP routes of the Objects API 2.7.0: objects, permissions, and the objecttypes it serves
too (the same resources as the Objecttypes API, under this root)."""

from fastapi import APIRouter

from fundament.common.routing import ZgwRoute
from fundament.components.objecten.routes import objects, permissions
from fundament.components.objecten.routes.base import COMPONENT, ROOT
from fundament.components.objecttypen.routes import build_router

__all__ = ["ROOT", "router"]

router = APIRouter(route_class=ZgwRoute)
router.include_router(objects.router)
router.include_router(permissions.router)
router.include_router(build_router(COMPONENT, ROOT, "objecttypeversion", "objecttypes"))
