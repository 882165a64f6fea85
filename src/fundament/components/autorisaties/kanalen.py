"""The Notificaties kanaal the Autorisaties API publishes on."""

from fundament.common.component import Kanaal

KANAAL = Kanaal(
    naam="autorisaties",
    documentatie_link="https://vng-realisatie.github.io/gemma-zaken/standaard/autorisaties/",
    filters=(),
)
RESOURCE = "applicatie"
