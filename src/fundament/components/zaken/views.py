"""Rows → wire models. A zaak's lists of related URLs come from one UNION query per page."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Integer, Row, any_, bindparam, literal, select, union_all
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.schemas import trusted
from fundament.components.zaken import models as m
from fundament.components.zaken import schemas as s

Url = Callable[[str, uuid.UUID], str]
G = TypeVar("G", s.VerlengingOut, s.OpschortingOut)

# zrc_zaak's columns: lists read them as Core rows (no ORM objects to build for a page that is
# only answered), and views take a zaak's values by column name (`values`).
COLUMNS = tuple(m.Zaak.__table__.c)
_KEYS = tuple(column.key for column in COLUMNS)
ZaakValues = dict[str, Any]


def values(zaak: m.Zaak | Row[Any]) -> ZaakValues:
    """A zaak's column values by name. From a Core row of COLUMNS by position: reading 47
    attributes of a row by name cost about 3 ms of a page of 100 zaken (issue 9)."""
    if isinstance(zaak, m.Zaak):
        return {key: getattr(zaak, key) for key in _KEYS}
    return dict(zip(_KEYS, zaak, strict=True))


# Collection of each related resource, as it appears in URLs.
ROLLEN = "rollen"
STATUSSEN = "statussen"
RESULTATEN = "resultaten"
ZAAKOBJECTEN = "zaakobjecten"
ZIO = "zaakinformatieobjecten"
KLANTCONTACTEN = "klantcontacten"
ZAAKCONTACTMOMENTEN = "zaakcontactmomenten"
ZAAKVERZOEKEN = "zaakverzoeken"
ZAKEN = "zaken"


class Related:
    """The URLs hanging off a set of zaken, loaded together."""

    def __init__(self) -> None:
        self.by_zaak: dict[int, dict[str, list[uuid.UUID]]] = defaultdict(lambda: defaultdict(list))
        self.uuid_of: dict[int, uuid.UUID] = {}  # zaak id → uuid (hoofdzaken)
        self.status_uuid: dict[int, uuid.UUID] = {}

    def of(self, zaak_id: int, kind: str) -> list[uuid.UUID]:
        return self.by_zaak.get(zaak_id, {}).get(kind, [])


def _related_query(postgres: bool) -> Any:
    """One statement for everything a page of zaken links to, built once per dialect (building
    and cache-keying it cost more than running it): per related kind (zaak_id, kind, uuid, id),
    plus the page's current statussen and hoofdzaken by their own id."""

    def among(column: Any, name: str) -> Any:
        if postgres:  # one array parameter instead of one bind parameter per id
            return column == any_(bindparam(name, type_=ARRAY(Integer)))
        return column.in_(bindparam(name, expanding=True))

    def part(model: Any, kind: str, column: Any, name: str = "ids") -> Any:
        return select(
            column.label("zaak_id"), literal(kind).label("kind"), model.uuid, model.id
        ).where(among(column, name))

    return union_all(
        part(m.Zaak, "deelzaken", m.Zaak.hoofdzaak_id),
        part(m.ZaakEigenschap, "eigenschappen", m.ZaakEigenschap.zaak_id),
        part(m.Rol, "rollen", m.Rol.zaak_id),
        part(m.ZaakInformatieObject, "zaakinformatieobjecten", m.ZaakInformatieObject.zaak_id),
        part(m.ZaakObject, "zaakobjecten", m.ZaakObject.zaak_id),
        part(m.Resultaat, "resultaat", m.Resultaat.zaak_id),
        part(m.Status, _STATUS, m.Status.id, "status_ids"),
        part(m.Zaak, _HOOFDZAAK, m.Zaak.id, "hoofdzaak_ids"),
    ).order_by("zaak_id", "kind", "id")


_STATUS, _HOOFDZAAK = "~status", "~hoofdzaak"  # keyed by their own id, not a zaak's
_RELATED = {postgres: _related_query(postgres) for postgres in (False, True)}


async def load_related(session: AsyncSession, zaken: Sequence[ZaakValues]) -> Related:
    related = Related()
    if not zaken:
        return related
    postgres = session.get_bind().dialect.name == "postgresql"
    rows = await session.execute(
        _RELATED[postgres],
        {
            "ids": [zaak["id"] for zaak in zaken],
            "status_ids": list({zaak["status_id"] for zaak in zaken if zaak["status_id"]}),
            "hoofdzaak_ids": list({zaak["hoofdzaak_id"] for zaak in zaken if zaak["hoofdzaak_id"]}),
        },
    )
    for key_id, kind, key, _ in rows.all():  # one fetch, not one call per row
        if kind == _STATUS:
            related.status_uuid[key_id] = key
        elif kind == _HOOFDZAAK:
            related.uuid_of[key_id] = key
        else:
            related.by_zaak[key_id][kind].append(key)
    return related


def zaak(url: Url, row: ZaakValues, related: Related) -> s.Zaak:
    """Built without validation (`trusted`): every value comes from typed columns, and
    validating a page of 100 zaken cost a fifth of a list request (issue 9)."""
    resultaat = related.of(row["id"], "resultaat")
    return trusted(
        s.Zaak,
        dict(
            url=url(ZAKEN, row["uuid"]),
            uuid=row["uuid"],
            identificatie=row["identificatie"],
            bronorganisatie=row["bronorganisatie"],
            omschrijving=row["omschrijving"],
            toelichting=row["toelichting"],
            zaaktype=row["zaaktype"],
            registratiedatum=row["registratiedatum"],
            verantwoordelijke_organisatie=row["verantwoordelijke_organisatie"],
            startdatum=row["startdatum"],
            einddatum=row["einddatum"],
            einddatum_gepland=row["einddatum_gepland"],
            uiterlijke_einddatum_afdoening=row["uiterlijke_einddatum_afdoening"],
            publicatiedatum=row["publicatiedatum"],
            communicatiekanaal=row["communicatiekanaal"],
            producten_of_diensten=list(row["producten_of_diensten"] or []),
            vertrouwelijkheidaanduiding=row["vertrouwelijkheidaanduiding"],
            betalingsindicatie=row["betalingsindicatie"],
            betalingsindicatie_weergave=s.BETALINGSINDICATIE_WEERGAVE.get(
                row["betalingsindicatie"], ""
            ),
            laatste_betaaldatum=row["laatste_betaaldatum"],
            zaakgeometrie=row["zaakgeometrie"],
            verlenging=_group(s.VerlengingOut, _VERLENGING, row["verlenging"]),
            opschorting=_group(s.OpschortingOut, _OPSCHORTING, row["opschorting"]),
            selectielijstklasse=row["selectielijstklasse"],
            hoofdzaak=(
                url(ZAKEN, related.uuid_of[row["hoofdzaak_id"]])
                if row["hoofdzaak_id"] in related.uuid_of
                else None
            ),
            deelzaken=[url(ZAKEN, key) for key in related.of(row["id"], "deelzaken")],
            relevante_andere_zaken=[
                s.RelevanteZaak.model_validate(item) for item in row["relevante_andere_zaken"] or []
            ],
            eigenschappen=[
                f"{url(ZAKEN, row['uuid'])}/zaakeigenschappen/{key}"
                for key in related.of(row["id"], "eigenschappen")
            ],
            rollen=[url(ROLLEN, key) for key in related.of(row["id"], "rollen")],
            status=(
                url(STATUSSEN, related.status_uuid[row["status_id"]])
                if row["status_id"] in related.status_uuid
                else None
            ),
            zaakinformatieobjecten=[url(ZIO, key) for key in related.of(row["id"], ZIO)],
            zaakobjecten=[url(ZAAKOBJECTEN, key) for key in related.of(row["id"], ZAAKOBJECTEN)],
            kenmerken=[s.ZaakKenmerk.model_validate(item) for item in row["kenmerken"] or []],
            archiefnominatie=row["archiefnominatie"],
            archiefstatus=row["archiefstatus"],
            archiefactiedatum=row["archiefactiedatum"],
            resultaat=url(RESULTATEN, resultaat[0]) if resultaat else None,
            opdrachtgevende_organisatie=row["opdrachtgevende_organisatie"],
            processobjectaard=row["processobjectaard"],
            startdatum_bewaartermijn=row["startdatum_bewaartermijn"],
            processobject=(
                s.Processobject.model_validate(row["processobject"])
                if row["processobject"]
                else None
            ),
            expand=None,
        ),
    )


# zrc-012: the groups are always answered, with these values where nothing was stored.
_VERLENGING = {"reden": "", "duur": None}
_OPSCHORTING = {"indicatie": False, "reden": ""}


def _group(model: type[G], empty: dict[str, Any], stored: dict[str, Any] | None) -> G:
    if not stored:
        return trusted(model, dict(empty))
    return trusted(model, {name: stored.get(name, value) for name, value in empty.items()})


def status(
    url: Url, row: m.Status, zaak_uuid: uuid.UUID, current: bool, zios: list[uuid.UUID]
) -> s.Status:
    return s.Status(
        url=url(STATUSSEN, row.uuid),
        uuid=row.uuid,
        zaak=url(ZAKEN, zaak_uuid),
        statustype=row.statustype,
        datum_status_gezet=row.datum_status_gezet,
        statustoelichting=row.statustoelichting,
        indicatie_laatst_gezette_status=current,
        gezetdoor=row.gezetdoor,
        zaakinformatieobjecten=[url(ZIO, key) for key in zios],
    )


def resultaat(url: Url, row: m.Resultaat, zaak_uuid: uuid.UUID) -> s.Resultaat:
    return s.Resultaat(
        url=url(RESULTATEN, row.uuid),
        uuid=row.uuid,
        zaak=url(ZAKEN, zaak_uuid),
        resultaattype=row.resultaattype,
        toelichting=row.toelichting,
    )


def rol(url: Url, row: m.Rol, zaak_uuid: uuid.UUID, statussen: list[uuid.UUID]) -> s.Rol:
    return s.Rol(
        url=url(ROLLEN, row.uuid),
        uuid=row.uuid,
        zaak=url(ZAKEN, zaak_uuid),
        betrokkene=row.betrokkene,
        betrokkene_type=row.betrokkene_type,
        afwijkende_naam_betrokkene=row.afwijkende_naam_betrokkene,
        roltype=row.roltype,
        omschrijving=row.omschrijving,
        omschrijving_generiek=row.omschrijving_generiek,
        roltoelichting=row.roltoelichting,
        registratiedatum=row.registratiedatum,
        indicatie_machtiging=row.indicatie_machtiging,
        contactpersoon_rol=row.contactpersoon_rol,
        statussen=[url(STATUSSEN, key) for key in statussen],
        betrokkene_identificatie=(
            row.betrokkene_identificatie if row.betrokkene_identificatie is not None else None
        ),
    )


def zaakobject(url: Url, row: m.ZaakObject, zaak_uuid: uuid.UUID) -> s.ZaakObject:
    return s.ZaakObject(
        url=url(ZAAKOBJECTEN, row.uuid),
        uuid=row.uuid,
        zaak=url(ZAKEN, zaak_uuid),
        object=row.object,
        zaakobjecttype=row.zaakobjecttype,
        object_type=row.object_type,
        object_type_overige=row.object_type_overige,
        object_type_overige_definitie=row.object_type_overige_definitie,
        relatieomschrijving=row.relatieomschrijving,
        object_identificatie=row.object_identificatie,
    )


AARD_RELATIE_WEERGAVE = {
    "hoort_bij": "Hoort bij, omgekeerd: kent",
    "legt_vast": "Legt vast, omgekeerd: kan vastgelegd zijn als",
}


def zaakinformatieobject(
    url: Url, row: m.ZaakInformatieObject, zaak_uuid: uuid.UUID, status_uuid: uuid.UUID | None
) -> s.ZaakInformatieObject:
    return s.ZaakInformatieObject(
        url=url(ZIO, row.uuid),
        uuid=row.uuid,
        informatieobject=row.informatieobject,
        zaak=url(ZAKEN, zaak_uuid),
        aard_relatie_weergave=AARD_RELATIE_WEERGAVE.get(row.aard_relatie, row.aard_relatie),
        titel=row.titel,
        beschrijving=row.beschrijving,
        registratiedatum=row.registratiedatum,
        vernietigingsdatum=row.vernietigingsdatum,
        status=url(STATUSSEN, status_uuid) if status_uuid else None,
    )


def klantcontact(url: Url, row: m.KlantContact, zaak_uuid: uuid.UUID) -> s.KlantContact:
    return s.KlantContact(
        url=url(KLANTCONTACTEN, row.uuid),
        uuid=row.uuid,
        zaak=url(ZAKEN, zaak_uuid),
        identificatie=row.identificatie,
        datumtijd=row.datumtijd,
        kanaal=row.kanaal,
        onderwerp=row.onderwerp,
        toelichting=row.toelichting,
    )


def zaakcontactmoment(
    url: Url, row: m.ZaakContactMoment, zaak_uuid: uuid.UUID
) -> s.ZaakContactMoment:
    return s.ZaakContactMoment(
        url=url(ZAAKCONTACTMOMENTEN, row.uuid),
        uuid=row.uuid,
        zaak=url(ZAKEN, zaak_uuid),
        contactmoment=row.contactmoment,
    )


def zaakverzoek(url: Url, row: m.ZaakVerzoek, zaak_uuid: uuid.UUID) -> s.ZaakVerzoek:
    return s.ZaakVerzoek(
        url=url(ZAAKVERZOEKEN, row.uuid),
        uuid=row.uuid,
        zaak=url(ZAKEN, zaak_uuid),
        verzoek=row.verzoek,
    )


def zaakeigenschap(url: Url, row: m.ZaakEigenschap, zaak_uuid: uuid.UUID) -> s.ZaakEigenschap:
    zaak_url = url(ZAKEN, zaak_uuid)
    return s.ZaakEigenschap(
        url=f"{zaak_url}/zaakeigenschappen/{row.uuid}",
        uuid=row.uuid,
        zaak=zaak_url,
        eigenschap=row.eigenschap,
        naam=row.naam,
        waarde=row.waarde,
    )


def zaakbesluit(url: Url, row: m.ZaakBesluit, zaak_uuid: uuid.UUID) -> s.ZaakBesluit:
    return s.ZaakBesluit(
        url=f"{url(ZAKEN, zaak_uuid)}/besluiten/{row.uuid}", uuid=row.uuid, besluit=row.besluit
    )
