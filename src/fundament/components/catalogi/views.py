"""Response models built from rows, and the loader options each needs (no N+1 on lists)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import load_only, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from fundament.components.catalogi import models as m
from fundament.components.catalogi.schemas.besluittype import BesluitType
from fundament.components.catalogi.schemas.catalogus import Catalogus
from fundament.components.catalogi.schemas.eigenschap import Eigenschap
from fundament.components.catalogi.schemas.informatieobjecttype import InformatieObjectType
from fundament.components.catalogi.schemas.resultaattype import ResultaatType
from fundament.components.catalogi.schemas.roltype import RolType
from fundament.components.catalogi.schemas.statustype import StatusType
from fundament.components.catalogi.schemas.zaakobjecttype import ZaakObjectType
from fundament.components.catalogi.schemas.zaaktype import ZaakType
from fundament.components.catalogi.schemas.zaaktype_informatieobjecttype import (
    ZaakTypeInformatieObjectType,
)

Url = Callable[[str, Any], str]

COLLECTION = {
    m.Catalogus: "catalogussen",
    m.ZaakType: "zaaktypen",
    m.InformatieObjectType: "informatieobjecttypen",
    m.BesluitType: "besluittypen",
    m.StatusType: "statustypen",
    m.RolType: "roltypen",
    m.ResultaatType: "resultaattypen",
    m.Eigenschap: "eigenschappen",
    m.ZaakTypeInformatieObjectType: "zaaktype-informatieobjecttypen",
    m.ZaakObjectType: "zaakobjecttypen",
}


def link(url: Url, row: Any) -> str:
    return url(COLLECTION[type(row)], row.uuid)


def links(url: Url, rows: Any) -> list[str]:
    return [link(url, row) for row in rows]


def _geldigheid(row: Any) -> dict[str, Any]:
    return {
        "begin_geldigheid": row.begin_geldigheid,
        "einde_geldigheid": row.einde_geldigheid,
        "begin_object": row.begin_object,
        "einde_object": row.einde_object,
    }


# --- catalogus -------------------------------------------------------------------------------


def catalogus(url: Url, row: m.Catalogus, types: dict[str, list[Any]]) -> Catalogus:
    return Catalogus(
        url=link(url, row),
        domein=row.domein,
        rsin=row.rsin,
        contactpersoon_beheer_naam=row.contactpersoon_beheer_naam,
        contactpersoon_beheer_telefoonnummer=row.contactpersoon_beheer_telefoonnummer,
        contactpersoon_beheer_emailadres=row.contactpersoon_beheer_emailadres,
        zaaktypen=[url("zaaktypen", key) for key in types.get("zaaktypen", [])],
        besluittypen=[url("besluittypen", key) for key in types.get("besluittypen", [])],
        informatieobjecttypen=[
            url("informatieobjecttypen", key) for key in types.get("informatieobjecttypen", [])
        ],
        naam=row.naam,
        versie=row.versie,
        begindatum_versie=row.begindatum_versie,
    )


# --- zaaktype --------------------------------------------------------------------------------

ZAAKTYPE_LOAD: tuple[LoaderOption, ...] = (
    selectinload(m.ZaakType.catalogus),
    selectinload(m.ZaakType.besluittypen),
    selectinload(m.ZaakType.deelzaaktypen),
    selectinload(m.ZaakType.statustypen),
    selectinload(m.ZaakType.roltypen),
    selectinload(m.ZaakType.resultaattypen),
    selectinload(m.ZaakType.eigenschappen),
    selectinload(m.ZaakType.zaakobjecttypen),
    selectinload(m.ZaakType.zaaktype_informatieobjecttypen).selectinload(
        m.ZaakTypeInformatieObjectType.informatieobjecttype
    ),
)


def zaaktype(url: Url, row: m.ZaakType) -> ZaakType:
    return ZaakType(
        url=link(url, row),
        identificatie=row.identificatie,
        omschrijving=row.omschrijving,
        omschrijving_generiek=row.omschrijving_generiek,
        vertrouwelijkheidaanduiding=row.vertrouwelijkheidaanduiding,
        doel=row.doel,
        aanleiding=row.aanleiding,
        toelichting=row.toelichting,
        indicatie_intern_of_extern=row.indicatie_intern_of_extern,
        handeling_initiator=row.handeling_initiator,
        onderwerp=row.onderwerp,
        handeling_behandelaar=row.handeling_behandelaar,
        doorlooptijd=row.doorlooptijd,
        servicenorm=row.servicenorm,
        opschorting_en_aanhouding_mogelijk=row.opschorting_en_aanhouding_mogelijk,
        verlenging_mogelijk=row.verlenging_mogelijk,
        verlengingstermijn=row.verlengingstermijn,
        trefwoorden=list(row.trefwoorden or []),
        publicatie_indicatie=row.publicatie_indicatie,
        publicatietekst=row.publicatietekst,
        verantwoordingsrelatie=list(row.verantwoordingsrelatie or []),
        producten_of_diensten=list(row.producten_of_diensten or []),
        selectielijst_procestype=row.selectielijst_procestype,
        referentieproces=row.referentieproces or {"naam": ""},  # type: ignore[arg-type]
        verantwoordelijke=row.verantwoordelijke,
        zaakobjecttypen=links(url, row.zaakobjecttypen),
        broncatalogus=row.broncatalogus,  # type: ignore[arg-type]
        bronzaaktype=row.bronzaaktype,  # type: ignore[arg-type]
        catalogus=link(url, row.catalogus),
        statustypen=links(url, row.statustypen),
        resultaattypen=links(url, row.resultaattypen),
        eigenschappen=links(url, row.eigenschappen),
        informatieobjecttypen=list(
            dict.fromkeys(
                link(url, ziot.informatieobjecttype) for ziot in row.zaaktype_informatieobjecttypen
            )
        ),
        roltypen=links(url, row.roltypen),
        besluittypen=links(url, row.besluittypen),
        deelzaaktypen=links(url, row.deelzaaktypen),
        gerelateerde_zaaktypen=list(row.gerelateerde_zaaktypen or []),  # type: ignore[arg-type]
        versiedatum=row.versiedatum,
        concept=row.concept,
        **_geldigheid(row),
    )


# --- informatieobjecttype / besluittype -------------------------------------------------------

INFORMATIEOBJECTTYPE_LOAD: tuple[LoaderOption, ...] = (
    selectinload(m.InformatieObjectType.catalogus),
    selectinload(m.InformatieObjectType.besluittypen),
    selectinload(m.InformatieObjectType.zaaktype_informatieobjecttypen).selectinload(
        m.ZaakTypeInformatieObjectType.zaaktype
    ),
)


def informatieobjecttype(url: Url, row: m.InformatieObjectType) -> InformatieObjectType:
    return InformatieObjectType(
        url=link(url, row),
        catalogus=link(url, row.catalogus),
        omschrijving=row.omschrijving,
        vertrouwelijkheidaanduiding=row.vertrouwelijkheidaanduiding,
        concept=row.concept,
        zaaktypen=list(
            dict.fromkeys(link(url, z.zaaktype) for z in row.zaaktype_informatieobjecttypen)
        ),
        besluittypen=links(url, row.besluittypen),
        informatieobjectcategorie=row.informatieobjectcategorie,
        trefwoord=list(row.trefwoord or []),
        omschrijving_generiek=row.omschrijving_generiek,  # type: ignore[arg-type]
        **_geldigheid(row),
    )


BESLUITTYPE_LOAD: tuple[LoaderOption, ...] = (
    selectinload(m.BesluitType.catalogus),
    selectinload(m.BesluitType.informatieobjecttypen),
    selectinload(m.BesluitType.zaaktypen),
    selectinload(m.BesluitType.resultaattypen),
)


def besluittype(url: Url, row: m.BesluitType) -> BesluitType:
    return BesluitType(
        url=link(url, row),
        catalogus=link(url, row.catalogus),
        zaaktypen=links(url, row.zaaktypen),
        omschrijving=row.omschrijving,
        omschrijving_generiek=row.omschrijving_generiek,
        besluitcategorie=row.besluitcategorie,
        reactietermijn=row.reactietermijn,
        publicatie_indicatie=row.publicatie_indicatie,
        publicatietekst=row.publicatietekst,
        publicatietermijn=row.publicatietermijn,
        toelichting=row.toelichting,
        informatieobjecttypen=links(url, row.informatieobjecttypen),
        concept=row.concept,
        resultaattypen=links(url, row.resultaattypen),
        resultaattypen_omschrijving=[r.omschrijving for r in row.resultaattypen],
        vastgelegd_in=[i.omschrijving for i in row.informatieobjecttypen],
        **_geldigheid(row),
    )


# --- types that belong to a zaaktype ------------------------------------------------------------


def _of_zaaktype(url: Url, zaaktype: m.ZaakType) -> dict[str, Any]:
    return {
        "zaaktype": link(url, zaaktype),
        "zaaktype_identificatie": zaaktype.identificatie,
        "catalogus": link(url, zaaktype.catalogus),
    }


def _zaaktype_load(model: Any, *more: LoaderOption) -> tuple[LoaderOption, ...]:
    return (selectinload(model.zaaktype).selectinload(m.ZaakType.catalogus), *more)


STATUSTYPE_LOAD = _zaaktype_load(
    m.StatusType,
    selectinload(m.StatusType.zaaktype).selectinload(m.ZaakType.statustypen),
    selectinload(m.StatusType.zaaktype).selectinload(m.ZaakType.eigenschappen),
)
# The same for other components' reads (a zaak's `expand=status.statustype`: services/
# references.py): of the zaaktype only what the view shows, its JSON columns being most of a
# zaaktype row (a page of 100 statustypen of different zaaktypen spent more on loading those
# than on the rest). Not for Catalogi's own requests: a write there goes on to read the rest
# of a zaaktype it has loaded, which would then be a lazy load.
STATUSTYPE_LINK_LOAD = (
    selectinload(m.StatusType.zaaktype).options(
        load_only(
            m.ZaakType.uuid, m.ZaakType.identificatie, m.ZaakType.catalogus_id, m.ZaakType.concept
        ),
        selectinload(m.ZaakType.catalogus),
        selectinload(m.ZaakType.statustypen),
        selectinload(m.ZaakType.eigenschappen),
    ),
)


def statustype(url: Url, row: m.StatusType) -> StatusType:
    highest = max((s.volgnummer for s in row.zaaktype.statustypen), default=row.volgnummer)
    return StatusType(
        url=link(url, row),
        omschrijving=row.omschrijving,
        omschrijving_generiek=row.omschrijving_generiek,
        statustekst=row.statustekst,
        volgnummer=row.volgnummer,
        is_eindstatus=row.volgnummer == highest,
        informeren=row.informeren,
        doorlooptijd=row.doorlooptijd,
        toelichting=row.toelichting,
        checklistitem_statustype=list(row.checklistitem_statustype or []),  # type: ignore[arg-type]
        eigenschappen=links(
            url, [e for e in row.zaaktype.eigenschappen if e.statustype_id == row.id]
        ),
        zaakobjecttype=None,
        **_of_zaaktype(url, row.zaaktype),
        **_geldigheid(row),
    )


ROLTYPE_LOAD = _zaaktype_load(m.RolType)


def roltype(url: Url, row: m.RolType) -> RolType:
    return RolType(
        url=link(url, row),
        omschrijving=row.omschrijving,
        omschrijving_generiek=row.omschrijving_generiek,
        **_of_zaaktype(url, row.zaaktype),
        **_geldigheid(row),
    )


RESULTAATTYPE_LOAD = _zaaktype_load(
    m.ResultaatType,
    selectinload(m.ResultaatType.besluittypen),
    selectinload(m.ResultaatType.informatieobjecttypen),
)


def resultaattype(url: Url, row: m.ResultaatType) -> ResultaatType:
    return ResultaatType(
        url=link(url, row),
        omschrijving=row.omschrijving,
        resultaattypeomschrijving=row.resultaattypeomschrijving,
        omschrijving_generiek=row.omschrijving_generiek,
        selectielijstklasse=row.selectielijstklasse,
        toelichting=row.toelichting,
        archiefnominatie=row.archiefnominatie,
        archiefactietermijn=row.archiefactietermijn,
        brondatum_archiefprocedure=row.brondatum_archiefprocedure,  # type: ignore[arg-type]
        procesobjectaard=row.procesobjectaard,
        indicatie_specifiek=row.indicatie_specifiek,
        procestermijn=row.procestermijn,
        besluittypen=links(url, row.besluittypen),
        besluittype_omschrijving=[b.omschrijving for b in row.besluittypen],
        informatieobjecttypen=links(url, row.informatieobjecttypen),
        informatieobjecttype_omschrijving=[i.omschrijving for i in row.informatieobjecttypen],
        zaakobjecttypen=[],
        **_of_zaaktype(url, row.zaaktype),
        **_geldigheid(row),
    )


EIGENSCHAP_LOAD = _zaaktype_load(m.Eigenschap, selectinload(m.Eigenschap.statustype))


def eigenschap(url: Url, row: m.Eigenschap) -> Eigenschap:
    return Eigenschap(
        url=link(url, row),
        naam=row.naam,
        definitie=row.definitie,
        specificatie=row.specificatie,  # type: ignore[arg-type]
        toelichting=row.toelichting,
        statustype=link(url, row.statustype) if row.statustype else None,
        **_of_zaaktype(url, row.zaaktype),
        **_geldigheid(row),
    )


ZIOT_LOAD = _zaaktype_load(
    m.ZaakTypeInformatieObjectType,
    selectinload(m.ZaakTypeInformatieObjectType.informatieobjecttype),
    selectinload(m.ZaakTypeInformatieObjectType.statustype),
)


def zaaktype_informatieobjecttype(
    url: Url, row: m.ZaakTypeInformatieObjectType
) -> ZaakTypeInformatieObjectType:
    return ZaakTypeInformatieObjectType(
        url=link(url, row),
        informatieobjecttype=link(url, row.informatieobjecttype),
        volgnummer=row.volgnummer,
        richting=row.richting,
        statustype=link(url, row.statustype) if row.statustype else None,
        **_of_zaaktype(url, row.zaaktype),
    )


ZAAKOBJECTTYPE_LOAD = _zaaktype_load(m.ZaakObjectType)


def zaakobjecttype(url: Url, row: m.ZaakObjectType) -> ZaakObjectType:
    return ZaakObjectType(
        url=link(url, row),
        ander_objecttype=row.ander_objecttype,
        objecttype=row.objecttype,
        relatie_omschrijving=row.relatie_omschrijving,
        resultaattypen=[],
        statustypen=[],
        **_of_zaaktype(url, row.zaaktype),
        **_geldigheid(row),
    )
