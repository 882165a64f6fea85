"""Digitale adressen and rekeningnummers: how to reach a partij or betrokkene, and pay it.

open-klant#649: a digital address is unique per partij and soort; one address per partij and
soort is the standard one (setting another standard unsets the previous).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import select, update

from fundament.common.errors import InvalidParam
from fundament.components.klantinteracties import rules
from fundament.components.klantinteracties.models import (
    Betrokkene,
    DigitaalAdres,
    Partij,
    PartijIdentificator,
    Rekeningnummer,
)
from fundament.components.klantinteracties.schemas.partijen import (
    DigitaalAdresCreate,
    RekeningnummerCreate,
)
from fundament.components.klantinteracties.services import filters as f
from fundament.components.klantinteracties.services.base import (
    Ctx,
    Expansion,
    Related,
    Resource,
    View,
    copy,
    fail,
    key_of,
    register,
    sent,
)

_DA = DigitaalAdres
_PI = PartijIdentificator


def _adres_view(ctx: Ctx, row: DigitaalAdres, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("digitaleadressen", row.uuid),
        "verstrektDoorBetrokkene": ctx.ref("betrokkenen", row.betrokkene),
        "verstrektDoorPartij": ctx.ref("partijen", row.partij),
        "adres": row.adres,
        "soortDigitaalAdres": row.soort_digitaal_adres,
        "isStandaardAdres": row.is_standaard_adres,
        "omschrijving": row.omschrijving,
        "referentie": row.referentie,
        "verificatieDatum": row.verificatie_datum,
    }


async def _apply_adres(ctx: Ctx, row: DigitaalAdres, body: BaseModel) -> None:
    data: Any = body  # the POST/PUT body or its PATCH variant
    fields = sent(body)
    if "verstrekt_door_betrokkene" in fields:
        ref = data.verstrekt_door_betrokkene
        row.betrokkene = await key_of(ctx, Betrokkene, ref, "verstrektDoorBetrokkene")
    if "verstrekt_door_partij" in fields:
        row.partij = await key_of(ctx, Partij, data.verstrekt_door_partij, "verstrektDoorPartij")
    copy(
        row,
        body,
        [
            "adres",
            "soort_digitaal_adres",
            "is_standaard_adres",
            "omschrijving",
            "referentie",
            "verificatie_datum",
        ],
    )
    row.is_standaard_adres = bool(row.is_standaard_adres)
    fail(rules.digitaal_adres(row.soort_digitaal_adres, row.adres))
    row.sleutel = rules.address_key(row.soort_digitaal_adres, row.adres)
    if row.partij is None:
        return
    same = (_DA.partij == row.partij, _DA.soort_digitaal_adres == row.soort_digitaal_adres)
    others = select(_DA.id).where(*same, _DA.uuid != row.uuid, _DA.sleutel == row.sleutel)
    if (await ctx.session.execute(others)).first() is not None:
        fail([InvalidParam("adres", rules.UNIQUE, "De partij heeft dit adres al.")])
    if row.is_standaard_adres:
        await ctx.session.execute(
            update(_DA).where(*same, _DA.uuid != row.uuid).values(is_standaard_adres=False)
        )


async def _forget_voorkeur_adres(ctx: Ctx, row: DigitaalAdres) -> None:
    await ctx.session.execute(
        update(Partij)
        .where(Partij.voorkeurs_digitaal_adres == row.uuid)
        .values(voorkeurs_digitaal_adres=None)
    )


def _via_partij(column: str) -> f.Make:
    return f.through(_DA.partij, _PI.partij, f.exact(getattr(_PI, column)))


DIGITALE_ADRESSEN = register(
    Resource(
        collection="digitaleadressen",
        resource="digitaaladres",
        model=DigitaalAdres,
        body=DigitaalAdresCreate,
        view=_adres_view,
        apply=_apply_adres,
        before_delete=_forget_voorkeur_adres,
        filters=f.filters(
            adres=f.exact(_DA.adres),
            adres__icontains=f.icontains(_DA.adres),
            isGeverifieerd=lambda name: (
                lambda value: (
                    _DA.verificatie_datum.is_not(None)
                    if f.parse_bool(name, value)
                    else _DA.verificatie_datum.is_(None)
                )
            ),
            isStandaardAdres=f.boolean(_DA.is_standaard_adres),
            omschrijving=f.exact(_DA.omschrijving),
            referentie=f.exact(_DA.referentie),
            soortDigitaalAdres=f.choice(
                _DA.soort_digitaal_adres, ("email", "overig", "telefoonnummer")
            ),
            verificatieDatum=f.on_date(_DA.verificatie_datum),
            verificatieDatum__gt=f.on_date(_DA.verificatie_datum, "gt"),
            verificatieDatum__gte=f.on_date(_DA.verificatie_datum, "gte"),
            verificatieDatum__lt=f.on_date(_DA.verificatie_datum, "lt"),
            verificatieDatum__lte=f.on_date(_DA.verificatie_datum, "lte"),
            verstrektDoorBetrokkene__rol=f.through(
                _DA.betrokkene,
                Betrokkene.uuid,
                f.choice(Betrokkene.rol, ("klant", "vertegenwoordiger")),
            ),
            verstrektDoorBetrokkene__url=f.is_url(_DA.betrokkene),
            verstrektDoorBetrokkene__uuid=f.is_uuid(_DA.betrokkene),
            verstrektDoorPartij__partijIdentificator__codeObjecttype=_via_partij("code_objecttype"),
            verstrektDoorPartij__partijIdentificator__codeRegister=_via_partij("code_register"),
            verstrektDoorPartij__partijIdentificator__codeSoortObjectId=_via_partij(
                "code_soort_object_id"
            ),
            verstrektDoorPartij__partijIdentificator__objectId=_via_partij("object_id"),
            verstrektDoorPartij__soortPartij=f.through(
                _DA.partij,
                Partij.uuid,
                f.choice(Partij.soort_partij, ("contactpersoon", "organisatie", "persoon")),
            ),
            verstrektDoorPartij__url=f.is_url(_DA.partij),
            verstrektDoorPartij__uuid=f.is_uuid(_DA.partij),
        ),
        expansions={
            "verstrektDoorBetrokkene": Expansion(
                "betrokkenen", "verstrektDoorBetrokkene", many=False
            ),
        },
        expand_choices=(
            "verstrektDoorBetrokkene",
            "verstrektDoorBetrokkene.hadKlantcontact",
            "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken",
        ),
    )
)


def _rekeningnummer_view(ctx: Ctx, row: Rekeningnummer, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("rekeningnummers", row.uuid),
        "partij": ctx.ref("partijen", row.partij),
        "iban": row.iban,
        "bic": row.bic,
    }


async def _apply_rekeningnummer(ctx: Ctx, row: Rekeningnummer, body: BaseModel) -> None:
    data: Any = body
    if "partij" in sent(body):
        row.partij = await key_of(ctx, Partij, data.partij, "partij")
    copy(row, body, ["iban", "bic"])
    fail(rules.iban(row.iban))


async def _forget_voorkeur_rekening(ctx: Ctx, row: Rekeningnummer) -> None:
    await ctx.session.execute(
        update(Partij)
        .where(Partij.voorkeurs_rekeningnummer == row.uuid)
        .values(voorkeurs_rekeningnummer=None)
    )


REKENINGNUMMERS = register(
    Resource(
        collection="rekeningnummers",
        resource="rekeningnummer",
        model=Rekeningnummer,
        body=RekeningnummerCreate,
        view=_rekeningnummer_view,
        apply=_apply_rekeningnummer,
        before_delete=_forget_voorkeur_rekening,
        filters=f.filters(
            bic=f.exact(Rekeningnummer.bic),
            iban=f.exact(Rekeningnummer.iban),
            uuid=f.is_uuid(Rekeningnummer.uuid),
        ),
    )
)
