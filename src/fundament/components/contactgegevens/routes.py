"""HTTP routes of the Contactgegevens API 1.1.1, generated like Klantinteracties' own."""

from fastapi import APIRouter

from fundament.common.routing import ZgwRoute
from fundament.components.contactgegevens.services import ORGANISATIES, PERSONEN
from fundament.components.klantinteracties.routes.mount import context_dependency, mount

ROOT = "/contactgegevens/api/v1"

router = APIRouter(route_class=ZgwRoute)
_context = context_dependency("contactgegevens", ROOT)
mount(router, ORGANISATIES, _context)
mount(router, PERSONEN, _context)
