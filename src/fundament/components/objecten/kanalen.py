"""The Notificaties kanaal the Objects API publishes on (kenmerk: the object's objecttype)."""

from fundament.common.component import Kanaal

OBJECTEN = Kanaal(
    naam="objecten",
    documentatie_link="https://objects-and-objecttypes-api.readthedocs.io/",
    filters=("objectType",),
)
RESOURCE = "object"
