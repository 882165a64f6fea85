"""Bodies of klantcontacten, betrokkenen, onderwerpobjecten, bijlagen, actoren,
actorklantcontacten, internetaken and maak-klantcontact."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, StringConstraints

from fundament.common.schemas import OptionalUrl, WireModel
from fundament.components.klantinteracties.schemas.common import (
    Adres,
    Contactnaam,
    Identificator,
    Ref,
    Required3,
    Required50,
    Required200,
    Text10,
    Text20,
    Text40,
    Text200,
    Text1000,
    Text4000,
    matches,
)


def _short_url(value: str) -> str:
    if len(value) > 200:
        from pydantic_core import PydanticCustomError

        raise PydanticCustomError("max_length", "Hooguit 200 tekens.")
    return value


class KlantcontactCreate(WireModel):
    nummer: Text10 | None = None
    referentienummer: Text10 | None = None
    kanaal: Required50
    onderwerp: Required200
    inhoud: Text1000 = ""
    reactie: Text4000 = ""
    indicatie_contact_gelukt: bool | None = None
    hoofd_onderwerp_type: Annotated[OptionalUrl, AfterValidator(_short_url)] = ""
    verdere_actie_ondernomen: bool = False
    taal: Required3
    vertrouwelijk: bool
    plaatsgevonden_op: datetime | None = None
    metadata: dict[str, Any] = {}


class BetrokkeneFields(WireModel):
    """A betrokkene without its klantcontact (as maak-klantcontact receives it)."""

    was_partij: Ref | None = None
    bezoekadres: Adres | None = None
    correspondentieadres: Adres | None = None
    contactnaam: Contactnaam | None = None
    rol: Literal["vertegenwoordiger", "klant"]
    organisatienaam: Text200 = ""
    initiator: bool


class BetrokkeneCreate(BetrokkeneFields):
    had_klantcontact: Ref


class OnderwerpobjectFields(WireModel):
    was_klantcontact: Ref | None = None
    onderwerpobjectidentificator: Identificator | None = None


class OnderwerpobjectCreate(OnderwerpobjectFields):
    klantcontact: Ref | None = None


class BijlageCreate(WireModel):
    was_bijlage_van_klantcontact: Ref | None = None
    bijlageidentificator: Identificator | None = None


Telefoonnummer = Annotated[
    str, StringConstraints(max_length=20), matches(r"0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13}")
]
Emailadres = Annotated[
    str, StringConstraints(max_length=254), matches(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
]


class ActorIdentificatie(WireModel):
    """The union of medewerker, geautomatiseerde actor and organisatorische eenheid."""

    functie: Text40 | None = None
    omschrijving: Text200 | None = None
    emailadres: Emailadres | None = None
    faxnummer: Text20 | None = None
    telefoonnummer: Telefoonnummer | None = None


class ActorCreate(WireModel):
    naam: Required200
    soort_actor: Literal["medewerker", "geautomatiseerde_actor", "organisatorische_eenheid"]
    indicatie_actief: bool = True
    actoridentificator: Identificator | None = None
    actor_identificatie: ActorIdentificatie | None = None


class ActorKlantcontactCreate(WireModel):
    actor: Ref
    klantcontact: Ref


class InterneTaakCreate(WireModel):
    nummer: Text10 | None = None
    referentienummer: Text10 | None = None
    gevraagde_handeling: Required200
    aanleidinggevend_klantcontact: Ref
    toegewezen_aan_actor: Ref | None = None
    toegewezen_aan_actoren: list[Ref] | None = None
    toelichting: Text1000 = ""
    status: Literal["te_verwerken", "verwerkt"]
    afgehandeld_op: datetime | None = None


class MaakKlantcontact(WireModel):
    klantcontact: KlantcontactCreate
    betrokkene: BetrokkeneFields | None = None
    onderwerpobject: OnderwerpobjectFields | None = None
