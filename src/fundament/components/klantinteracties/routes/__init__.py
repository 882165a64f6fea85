"""HTTP routes of the Klantinteracties API 0.9.0: every resource's CRUD, generated from its
`Resource`, plus `DELETE /onderwerpobjecten/{uuid}?cascade` and `POST /maak-klantcontact`."""

from fastapi import APIRouter

from fundament.common.routing import ZgwRoute
from fundament.components.klantinteracties.routes import special
from fundament.components.klantinteracties.routes.mount import CONTEXT, ROOT, mount
from fundament.components.klantinteracties.services import (
    actoren,
    adressen,
    categorieen,
    klantcontacten,
    partijen,
)

__all__ = ["ROOT", "router"]

router = APIRouter(route_class=ZgwRoute)
for resource in (
    actoren.ACTOREN,
    actoren.ACTORKLANTCONTACTEN,
    klantcontacten.BETROKKENEN,
    klantcontacten.BIJLAGEN,
    categorieen.CATEGORIE_RELATIES,
    categorieen.CATEGORIEEN,
    adressen.DIGITALE_ADRESSEN,
    actoren.INTERNETAKEN,
    klantcontacten.KLANTCONTACTEN,
    partijen.IDENTIFICATOREN,
    partijen.PARTIJEN,
    adressen.REKENINGNUMMERS,
    categorieen.VERTEGENWOORDIGINGEN,
):
    mount(router, resource, CONTEXT)
mount(router, klantcontacten.ONDERWERPOBJECTEN, CONTEXT, destroy=False)
router.include_router(special.router)
