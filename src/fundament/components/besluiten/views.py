"""Rows → response models of the Besluiten API (no per-object URL reversing)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from fundament.components.besluiten import models as m
from fundament.components.besluiten.schemas.besluit import VERVALREDEN_WEERGAVE, Besluit
from fundament.components.besluiten.schemas.besluitinformatieobject import (
    BesluitInformatieObject,
)

BESLUITEN = "besluiten"
BIO = "besluitinformatieobjecten"

Url = Callable[[str, uuid.UUID], str]


def besluit(url: Url, row: m.Besluit) -> Besluit:
    return Besluit(
        url=url(BESLUITEN, row.uuid),
        identificatie=row.identificatie,
        verantwoordelijke_organisatie=row.verantwoordelijke_organisatie,
        besluittype=row.besluittype,
        zaak=row.zaak,
        datum=row.datum,
        toelichting=row.toelichting,
        bestuursorgaan=row.bestuursorgaan,
        ingangsdatum=row.ingangsdatum,
        vervaldatum=row.vervaldatum,
        vervalreden=row.vervalreden,
        vervalreden_weergave=VERVALREDEN_WEERGAVE.get(row.vervalreden, ""),
        publicatiedatum=row.publicatiedatum,
        verzenddatum=row.verzenddatum,
        uiterlijke_reactiedatum=row.uiterlijke_reactiedatum,
    )


def besluitinformatieobject(
    url: Url, row: m.BesluitInformatieObject, besluit_uuid: uuid.UUID
) -> BesluitInformatieObject:
    return BesluitInformatieObject(
        url=url(BIO, row.uuid),
        informatieobject=row.informatieobject,
        besluit=url(BESLUITEN, besluit_uuid),
    )
