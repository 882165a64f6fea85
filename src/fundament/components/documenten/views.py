"""Response models built from rows (URLs from the request's API root, no per-row queries)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from fundament.components.documenten import models as m
from fundament.components.documenten.schemas.gebruiksrechten import Gebruiksrechten
from fundament.components.documenten.schemas.informatieobject import (
    EMPTY_INTEGRITEIT,
    EMPTY_ONDERTEKENING,
    BestandsDeel,
    InformatieObject,
    Integriteit,
    Ondertekening,
)
from fundament.components.documenten.schemas.objectinformatieobject import (
    ObjectInformatieObject,
)
from fundament.components.documenten.schemas.verzending import Verzending

Url = Callable[[str, uuid.UUID], str]

EIO = "enkelvoudiginformatieobjecten"


def bestandsdeel(url: Url, row: m.BestandsDeel, lock: str | None = None) -> BestandsDeel:
    return BestandsDeel(
        url=url("bestandsdelen", row.uuid),
        volgnummer=row.volgnummer,
        omvang=row.omvang,
        voltooid=row.inhoud is not None,
        lock=lock,
    )


def informatieobject(
    url: Url,
    versie: m.Versie,
    document: m.InformatieObject,
    delen: Sequence[m.BestandsDeel] = (),
    *,
    show_lock: bool = False,
) -> InformatieObject:
    """One version of a document; `show_lock` only for the client that just created it."""
    own = url(EIO, document.uuid)
    lock = document.lock if show_lock else None
    return InformatieObject(
        url=own,
        identificatie=versie.identificatie,
        bronorganisatie=versie.bronorganisatie,
        creatiedatum=versie.creatiedatum,
        titel=versie.titel,
        vertrouwelijkheidaanduiding=versie.vertrouwelijkheidaanduiding,
        auteur=versie.auteur,
        status=versie.status,
        formaat=versie.formaat,
        taal=versie.taal,
        versie=versie.versie,
        begin_registratie=versie.begin_registratie,
        bestandsnaam=versie.bestandsnaam,
        # In responses `inhoud` is where the content of this version downloads from.
        inhoud=f"{own}/download?versie={versie.versie}" if versie.inhoud else None,
        bestandsomvang=versie.bestandsomvang,
        link=versie.link,
        beschrijving=versie.beschrijving,
        ontvangstdatum=versie.ontvangstdatum,
        verzenddatum=versie.verzenddatum,
        indicatie_gebruiksrecht=versie.indicatie_gebruiksrecht,
        verschijningsvorm=versie.verschijningsvorm,
        ondertekening=Ondertekening.model_validate(versie.ondertekening)
        if versie.ondertekening
        else EMPTY_ONDERTEKENING,
        integriteit=Integriteit.model_validate(versie.integriteit)
        if versie.integriteit
        else EMPTY_INTEGRITEIT,
        informatieobjecttype=versie.informatieobjecttype,
        locked=bool(document.lock),
        bestandsdelen=[bestandsdeel(url, deel, lock) for deel in delen],
        trefwoorden=list(versie.trefwoorden or []),
        lock=lock if show_lock else None,
    )


def gebruiksrechten(url: Url, row: m.Gebruiksrechten, document: uuid.UUID) -> Gebruiksrechten:
    return Gebruiksrechten(
        url=url("gebruiksrechten", row.uuid),
        informatieobject=url(EIO, document),
        startdatum=row.startdatum,
        einddatum=row.einddatum,
        omschrijving_voorwaarden=row.omschrijving_voorwaarden,
    )


def objectinformatieobject(
    url: Url, row: m.ObjectInformatieObject, document: uuid.UUID
) -> ObjectInformatieObject:
    return ObjectInformatieObject(
        url=url("objectinformatieobjecten", row.uuid),
        informatieobject=url(EIO, document),
        object=row.object,
        object_type=row.object_type,
    )


def verzending(url: Url, row: m.Verzending, document: uuid.UUID) -> Verzending:
    return Verzending.model_validate(
        {
            **{name: getattr(row, name) for name in VERZENDING_FIELDS},
            "url": url("verzendingen", row.uuid),
            "informatieobject": url(EIO, document),
        }
    )


VERZENDING_FIELDS = (
    "betrokkene",
    "aard_relatie",
    "toelichting",
    "ontvangstdatum",
    "verzenddatum",
    "contact_persoon",
    "contactpersoonnaam",
    "binnenlands_correspondentieadres",
    "buitenlands_correspondentieadres",
    "correspondentie_postadres",
    "faxnummer",
    "emailadres",
    "mijn_overheid",
    "telefoonnummer",
)
