"""The Notificaties kanaal the Documenten API publishes on (main resource: the informatieobject)."""

from fundament.common.component import Kanaal

DOCUMENTEN = Kanaal(
    naam="documenten",
    documentatie_link="https://vng-realisatie.github.io/gemma-zaken/standaard/documenten/",
    filters=("bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"),
)
