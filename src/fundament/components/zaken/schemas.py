"""Wire models of the Zaken API 1.5.1 (request bodies and responses)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import StringConstraints as Str

from fundament.common.schemas import (
    Duration,
    Expansion,
    Moment,
    OptionalUrl,
    Rsin,
    Url,
    Vertrouwelijkheidaanduiding,
    WireModel,
)

T9 = Annotated[str, Str(max_length=9)]
T14 = Annotated[str, Str(max_length=14)]
T20 = Annotated[str, Str(max_length=20)]
T40 = Annotated[str, Str(max_length=40)]
T80 = Annotated[str, Str(max_length=80)]
T100 = Annotated[str, Str(max_length=100)]
T200 = Annotated[str, Str(max_length=200)]
T625 = Annotated[str, Str(max_length=625)]
T1000 = Annotated[str, Str(max_length=1000)]
R40 = Annotated[str, Str(min_length=1, max_length=40)]
R200 = Annotated[str, Str(min_length=1, max_length=200)]

Betalingsindicatie = Literal["", "nvt", "nog_niet", "gedeeltelijk", "geheel"]
Archiefnominatie = Literal["blijvend_bewaren", "vernietigen"]
Archiefstatus = Literal[
    "nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen"
]
AardRelatie = Literal["vervolg", "onderwerp", "bijdrage"]
BetrokkeneType = Literal[
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "vestiging",
    "organisatorische_eenheid",
    "medewerker",
]
IndicatieMachtiging = Literal["", "gemachtigde", "machtiginggever"]
ObjectType = Literal[
    "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente",
    "gemeentelijke_openbare_ruimte",
    "huishouden", "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel",
    "maatschappelijke_activiteit", "medewerker", "natuurlijk_persoon", "niet_natuurlijk_persoon",
    "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel", "status", "terreindeel",
    "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk", "woonplaats",
    "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige",
]  # fmt: skip

BETALINGSINDICATIE_WEERGAVE = {
    "": "",
    "nvt": "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.",
    "nog_niet": "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
    "gedeeltelijk": "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
    "geheel": "De met de zaak gemoeide kosten zijn geheel betaald.",
}


class Verlenging(WireModel):
    reden: T200
    duur: Duration


class Opschorting(WireModel):
    indicatie: bool
    reden: T200


class VerlengingOut(WireModel):
    """zrc-012: a response always has the group, empty when it was never given."""

    reden: str = ""
    duur: str | None = None


class OpschortingOut(WireModel):
    indicatie: bool = False
    reden: str = ""


class RelevanteZaak(WireModel):
    url: Url
    aard_relatie: AardRelatie


class ZaakKenmerk(WireModel):
    kenmerk: R40
    bron: R40


class Processobject(WireModel):
    datumkenmerk: Annotated[str, Str(min_length=1, max_length=250)]
    identificatie: Annotated[str, Str(min_length=1, max_length=250)]
    objecttype: Annotated[str, Str(min_length=1, max_length=250)]
    registratie: Annotated[str, Str(min_length=1, max_length=250)]


class ZaakCreate(WireModel):
    identificatie: T40 = ""
    bronorganisatie: Rsin
    omschrijving: T80 = ""
    toelichting: T1000 = ""
    zaaktype: Url
    registratiedatum: date | None = None
    verantwoordelijke_organisatie: Rsin
    startdatum: date
    einddatum_gepland: date | None = None
    uiterlijke_einddatum_afdoening: date | None = None
    publicatiedatum: date | None = None
    communicatiekanaal: OptionalUrl = ""
    producten_of_diensten: list[Url] = []
    vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding | None = None
    betalingsindicatie: Betalingsindicatie = ""
    laatste_betaaldatum: Moment | None = None
    zaakgeometrie: dict[str, Any] | None = None
    verlenging: Verlenging | None = None
    opschorting: Opschorting | None = None
    selectielijstklasse: OptionalUrl = ""
    hoofdzaak: OptionalUrl = ""
    relevante_andere_zaken: list[RelevanteZaak] = []
    kenmerken: list[ZaakKenmerk] = []
    archiefnominatie: Archiefnominatie | Literal[""] | None = None
    archiefstatus: Archiefstatus = "nog_te_archiveren"
    archiefactiedatum: date | None = None
    opdrachtgevende_organisatie: T9 = ""
    processobjectaard: T200 | None = None
    startdatum_bewaartermijn: date | None = None
    processobject: Processobject | None = None


class Zaak(WireModel):
    url: str
    uuid: uuid.UUID
    identificatie: str
    bronorganisatie: str
    omschrijving: str
    toelichting: str
    zaaktype: str
    registratiedatum: date
    verantwoordelijke_organisatie: str
    startdatum: date
    einddatum: date | None
    einddatum_gepland: date | None
    uiterlijke_einddatum_afdoening: date | None
    publicatiedatum: date | None
    communicatiekanaal: str
    producten_of_diensten: list[str]
    vertrouwelijkheidaanduiding: str
    betalingsindicatie: str
    betalingsindicatie_weergave: str
    laatste_betaaldatum: datetime | None
    zaakgeometrie: dict[str, Any] | None
    verlenging: VerlengingOut
    opschorting: OpschortingOut
    selectielijstklasse: str
    hoofdzaak: str | None
    deelzaken: list[str]
    relevante_andere_zaken: list[RelevanteZaak]
    eigenschappen: list[str]
    rollen: list[str]
    status: str | None
    zaakinformatieobjecten: list[str]
    zaakobjecten: list[str]
    kenmerken: list[ZaakKenmerk]
    archiefnominatie: str | None
    archiefstatus: str
    archiefactiedatum: date | None
    resultaat: str | None
    opdrachtgevende_organisatie: str
    processobjectaard: str | None
    startdatum_bewaartermijn: date | None
    processobject: Processobject | None
    expand: Expansion = None


class ZaakZoek(WireModel):
    """The body of POST /zaken/_zoek: the list filters, plus `zaakgeometrie.within` and
    `uuid__in`/`zaaktype__in`. Values are kept raw and parsed like query parameters."""

    zaakgeometrie: dict[str, Any] | None = None
    uuid__in: list[str] | None = None
    zaaktype__in: list[str] | None = None


class StatusCreate(WireModel):
    zaak: Url
    statustype: Url
    datum_status_gezet: Moment
    statustoelichting: T1000 = ""
    gezetdoor: OptionalUrl = ""


class Status(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    statustype: str
    datum_status_gezet: datetime
    statustoelichting: str
    indicatie_laatst_gezette_status: bool
    gezetdoor: str
    zaakinformatieobjecten: list[str]


class ResultaatCreate(WireModel):
    zaak: Url
    resultaattype: Url
    toelichting: T1000 = ""


class Resultaat(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    resultaattype: str
    toelichting: str


class RolCreate(WireModel):
    zaak: Url
    betrokkene: OptionalUrl = ""
    betrokkene_type: BetrokkeneType
    afwijkende_naam_betrokkene: T625 = ""
    roltype: Url
    roltoelichting: Annotated[str, Str(min_length=1, max_length=1000)]
    indicatie_machtiging: IndicatieMachtiging = ""
    contactpersoon_rol: dict[str, Any] | None = None
    betrokkene_identificatie: dict[str, Any] | None = None


class Rol(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    betrokkene: str
    betrokkene_type: str
    afwijkende_naam_betrokkene: str
    roltype: str
    omschrijving: str
    omschrijving_generiek: str
    roltoelichting: str
    registratiedatum: datetime
    indicatie_machtiging: str
    contactpersoon_rol: dict[str, Any] | None
    statussen: list[str]
    betrokkene_identificatie: dict[str, Any] | None = None


class ZaakObjectCreate(WireModel):
    zaak: Url
    object: OptionalUrl = ""
    zaakobjecttype: OptionalUrl = ""
    object_type: ObjectType
    object_type_overige: T100 = ""
    object_type_overige_definitie: dict[str, Any] | None = None
    relatieomschrijving: T80 = ""
    object_identificatie: dict[str, Any] | None = None


class ZaakObject(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    object: str
    zaakobjecttype: str
    object_type: str
    object_type_overige: str
    object_type_overige_definitie: dict[str, Any] | None
    relatieomschrijving: str
    object_identificatie: dict[str, Any] | None = None


class ZaakInformatieObjectCreate(WireModel):
    informatieobject: Url
    zaak: Url
    titel: T200 = ""
    beschrijving: str = ""
    vernietigingsdatum: Moment | None = None
    status: OptionalUrl = ""


class ZaakInformatieObject(WireModel):
    url: str
    uuid: uuid.UUID
    informatieobject: str
    zaak: str
    aard_relatie_weergave: str
    titel: str
    beschrijving: str
    registratiedatum: datetime
    vernietigingsdatum: datetime | None
    status: str | None


class KlantContactCreate(WireModel):
    zaak: Url
    identificatie: T14 = ""
    datumtijd: Moment
    kanaal: T20 = ""
    onderwerp: T200 = ""
    toelichting: T1000 = ""


class KlantContact(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    identificatie: str
    datumtijd: datetime
    kanaal: str
    onderwerp: str
    toelichting: str


class ZaakContactMomentCreate(WireModel):
    zaak: Url
    contactmoment: Url


class ZaakContactMoment(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    contactmoment: str


class ZaakVerzoekCreate(WireModel):
    zaak: Url
    verzoek: Url


class ZaakVerzoek(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    verzoek: str


class ZaakEigenschapCreate(WireModel):
    zaak: Url
    eigenschap: Url
    waarde: Annotated[str, Str(min_length=1)]


class ZaakEigenschap(WireModel):
    url: str
    uuid: uuid.UUID
    zaak: str
    eigenschap: str
    naam: str
    waarde: str


class ZaakBesluitCreate(WireModel):
    besluit: Url


class ZaakBesluit(WireModel):
    url: str
    uuid: uuid.UUID
    besluit: str
