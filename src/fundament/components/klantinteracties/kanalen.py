"""The Notificaties kanaal of the Klantinteracties API (no kenmerken: nothing personal)."""

from fundament.common.component import Kanaal

KLANTINTERACTIES = Kanaal(
    naam="klantinteracties",
    documentatie_link="https://open-klant.readthedocs.io/",
    filters=(),
)
