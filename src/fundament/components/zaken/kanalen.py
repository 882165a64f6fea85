"""The Notificaties kanaal the Zaken API publishes on (main resource: the zaak)."""

from fundament.common.component import Kanaal

ZAKEN = Kanaal(
    naam="zaken",
    documentatie_link="https://vng-realisatie.github.io/gemma-zaken/standaard/zaken/",
    filters=("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"),
)
