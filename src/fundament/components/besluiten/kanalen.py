"""The Notificaties kanaal the Besluiten API publishes on (main resource: the besluit)."""

from fundament.common.component import Kanaal

BESLUITEN = Kanaal(
    naam="besluiten",
    documentatie_link="https://vng-realisatie.github.io/gemma-zaken/standaard/besluiten/",
    filters=("verantwoordelijke_organisatie", "besluittype"),
)

RESOURCE_BESLUIT = "besluit"
RESOURCE_BIO = "besluitinformatieobject"
