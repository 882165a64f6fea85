"""Bodies of partijen, partij-identificatoren, digitale adressen, rekeningnummers,
vertegenwoordigingen, categorieën and categorie-relaties."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import StringConstraints

from fundament.common.schemas import WireModel
from fundament.components.klantinteracties.schemas.common import (
    Adres,
    Contactnaam,
    Ref,
    Required80,
    Required200,
    Text3,
    Text10,
    Text40,
    Text200,
    Text1000,
    matches,
)

SoortPartij = Literal["persoon", "organisatie", "contactpersoon"]
SoortDigitaalAdres = Literal["email", "telefoonnummer", "overig"]


class PartijIdentificatorGroep(WireModel):
    code_objecttype: Literal["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging"]
    code_soort_object_id: Literal["bsn", "vestigingsnummer", "kvk_nummer", "rsin"]
    object_id: Required200
    code_register: Literal["brp", "hr"]


class NestedPartijIdentificator(WireModel):
    """An identificator written as part of its partij."""

    andere_partij_identificator: Text200 = ""
    partij_identificator: PartijIdentificatorGroep
    sub_identificator_van: Ref | None = None


class PartijIdentificatorCreate(NestedPartijIdentificator):
    identificeerde_partij: Ref | None = None


class PartijIdentificatie(WireModel):
    """The union of the three soorten; `rules.partij_identificatie` keeps each to its own."""

    contactnaam: Contactnaam | None = None
    naam: Text200 | None = None
    werkte_voor_partij: Ref | None = None


class PartijCreate(WireModel):
    nummer: Text10 | None = None
    interne_notitie: Text1000 = ""
    digitale_adressen: list[Ref] | None = None
    voorkeurs_digitaal_adres: Ref | None = None
    rekeningnummers: list[Ref] | None = None
    voorkeurs_rekeningnummer: Ref | None = None
    partij_identificatoren: list[NestedPartijIdentificator] | None = None
    soort_partij: SoortPartij
    indicatie_geheimhouding: bool | None = None
    voorkeurstaal: Text3 = ""
    indicatie_actief: bool
    bezoekadres: Adres | None = None
    correspondentieadres: Adres | None = None
    partij_identificatie: PartijIdentificatie | None = None


class DigitaalAdresCreate(WireModel):
    verstrekt_door_betrokkene: Ref | None = None
    verstrekt_door_partij: Ref | None = None
    adres: Required80
    soort_digitaal_adres: SoortDigitaalAdres
    is_standaard_adres: bool = False
    omschrijving: Text40 = ""
    referentie: Annotated[str, StringConstraints(max_length=50), matches(r"[-a-zA-Z0-9_]+")] = ""
    verificatie_datum: date | None = None


class RekeningnummerCreate(WireModel):
    partij: Ref | None = None
    iban: Annotated[
        str, StringConstraints(max_length=34), matches(r"[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}")
    ]
    bic: Annotated[str, StringConstraints(max_length=11), matches(r"\S{8,11}")] = ""


class VertegenwoordigdenCreate(WireModel):
    vertegenwoordigende_partij: Ref
    vertegenwoordigde_partij: Ref


class CategorieCreate(WireModel):
    naam: Required80


class CategorieRelatieCreate(WireModel):
    partij: Ref | None = None
    categorie: Ref | None = None
    begin_datum: date | None = None
    eind_datum: date | None = None
