"""Field types shared by the Catalogi wire models."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import StringConstraints as Str

from fundament.common.schemas import WireModel

# Text limited to n characters (blank allowed) and required text (1..n characters).
T20 = Annotated[str, Str(max_length=20)]
T30 = Annotated[str, Str(max_length=30)]
T40 = Annotated[str, Str(max_length=40)]
T80 = Annotated[str, Str(max_length=80)]
T100 = Annotated[str, Str(max_length=100)]
T200 = Annotated[str, Str(max_length=200)]
T255 = Annotated[str, Str(max_length=255)]
T1000 = Annotated[str, Str(max_length=1000)]
R5 = Annotated[str, Str(min_length=1, max_length=5)]
R20 = Annotated[str, Str(min_length=1, max_length=20)]
R30 = Annotated[str, Str(min_length=1, max_length=30)]
R40 = Annotated[str, Str(min_length=1, max_length=40)]
R50 = Annotated[str, Str(min_length=1, max_length=50)]
R80 = Annotated[str, Str(min_length=1, max_length=80)]
R100 = Annotated[str, Str(min_length=1, max_length=100)]
R255 = Annotated[str, Str(min_length=1, max_length=255)]
Required = Annotated[str, Str(min_length=1)]

IndicatieInternOfExtern = Literal["intern", "extern"]
AardRelatie = Literal["vervolg", "bijdrage", "onderwerp"]
Richting = Literal["inkomend", "intern", "uitgaand"]
RolOmschrijvingGeneriek = Literal[
    "adviseur",
    "behandelaar",
    "belanghebbende",
    "beslisser",
    "initiator",
    "klantcontacter",
    "zaakcoordinator",
    "mede_initiator",
]
Formaat = Literal["tekst", "getal", "datum", "datum_tijd"]
Archiefnominatie = Literal["blijvend_bewaren", "vernietigen"]
Afleidingswijze = Literal[
    "afgehandeld",
    "ander_datumkenmerk",
    "eigenschap",
    "gerelateerde_zaak",
    "hoofdzaak",
    "ingangsdatum_besluit",
    "termijn",
    "vervaldatum_besluit",
    "zaakobject",
]
Objecttype = Literal[
    "adres",
    "besluit",
    "buurt",
    "enkelvoudig_document",
    "gemeente",
    "gemeentelijke_openbare_ruimte",
    "huishouden",
    "inrichtingselement",
    "kadastrale_onroerende_zaak",
    "kunstwerkdeel",
    "maatschappelijke_activiteit",
    "medewerker",
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "openbare_ruimte",
    "organisatorische_eenheid",
    "pand",
    "spoorbaandeel",
    "status",
    "terreindeel",
    "terrein_gebouwd_object",
    "vestiging",
    "waterdeel",
    "wegdeel",
    "wijk",
    "woonplaats",
    "woz_deelobject",
    "woz_object",
    "woz_waarde",
    "zakelijk_recht",
    "overige",
]


class GeldigheidIn(WireModel):
    """Validity dates a client may set on a sub-type (optional there)."""

    begin_geldigheid: date | None = None
    einde_geldigheid: date | None = None
    begin_object: date | None = None
    einde_object: date | None = None


class GeldigheidOut(WireModel):
    begin_geldigheid: date | None
    einde_geldigheid: date | None
    begin_object: date | None
    einde_object: date | None
