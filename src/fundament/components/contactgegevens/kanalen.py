"""The Notificaties kanaal of the Contactgegevens API (no kenmerken: nothing personal)."""

from fundament.common.component import Kanaal

CONTACTGEGEVENS = Kanaal(
    naam="contactgegevens", documentatie_link="https://open-klant.readthedocs.io/", filters=()
)
