"""Notificaties kanalen of the Catalogi API (kenmerk `catalogus`)."""

from fundament.common.component import Kanaal

_DOCS = "https://vng-realisatie.github.io/gemma-zaken/standaard/catalogi/"

ZAAKTYPEN = Kanaal(naam="zaaktypen", documentatie_link=_DOCS, filters=("catalogus",))
INFORMATIEOBJECTTYPEN = Kanaal(
    naam="informatieobjecttypen", documentatie_link=_DOCS, filters=("catalogus",)
)
BESLUITTYPEN = Kanaal(naam="besluittypen", documentatie_link=_DOCS, filters=("catalogus",))
