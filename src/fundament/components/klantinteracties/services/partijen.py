"""Partijen (persoon, organisatie, contactpersoon) and their partij-identificatoren.

A party identified by a BSN (or KvK-nummer, …) exists once: an identificator is unique per
register, objecttype and soort, and a partij has at most one identificator of each soort.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, select, update
from sqlalchemy.orm import aliased

from fundament.common.errors import InvalidParam
from fundament.components.klantinteracties import rules
from fundament.components.klantinteracties.models import (
    Betrokkene,
    Categorie,
    CategorieRelatie,
    DigitaalAdres,
    Partij,
    PartijIdentificator,
    Rekeningnummer,
    Vertegenwoordigden,
)
from fundament.components.klantinteracties.schemas.partijen import (
    NestedPartijIdentificator,
    PartijCreate,
    PartijIdentificatorCreate,
)
from fundament.components.klantinteracties.services import filters as f
from fundament.components.klantinteracties.services.base import (
    Ctx,
    Expansion,
    Related,
    Resource,
    View,
    children,
    copy,
    copy_groups,
    existing,
    fail,
    full_children,
    key_of,
    next_nummer,
    register,
    sent,
    wire,
)

# --- partij-identificatoren --------------------------------------------------------------------


def _identificator_view(ctx: Ctx, row: PartijIdentificator, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("partij-identificatoren", row.uuid),
        "identificeerdePartij": ctx.ref("partijen", row.partij),
        "anderePartijIdentificator": row.andere_partij_identificator,
        "partijIdentificator": {
            "codeObjecttype": row.code_objecttype,
            "codeSoortObjectId": row.code_soort_object_id,
            "objectId": row.object_id,
            "codeRegister": row.code_register,
        },
        "subIdentificatorVan": ctx.ref("partij-identificatoren", row.sub_identificator_van),
    }


def _prefixed(problems: list[InvalidParam], prefix: str) -> list[InvalidParam]:
    return [InvalidParam(prefix + p.name, p.code, p.reason) for p in problems]


async def _fill_identificator(
    ctx: Ctx, row: PartijIdentificator, body: NestedPartijIdentificator, prefix: str = ""
) -> None:
    """Check an identificator (hierarchy, BSN 11-proof, uniqueness) and copy it onto `row`."""
    fields = sent(body)
    copy(row, body, ["andere_partij_identificator"])
    if "partij_identificator" in fields:
        group = body.partij_identificator
        row.code_register = group.code_register
        row.code_objecttype = group.code_objecttype
        row.code_soort_object_id = group.code_soort_object_id
        row.object_id = group.object_id
    if "sub_identificator_van" in fields:
        ref = body.sub_identificator_van
        row.sub_identificator_van = ref.uuid if ref else None
    fail(
        _prefixed(
            rules.partij_identificator(
                row.code_register, row.code_objecttype, row.code_soort_object_id, row.object_id
            ),
            prefix,
        )
    )
    parent = await existing(
        ctx, PartijIdentificator, row.sub_identificator_van, prefix + "subIdentificatorVan"
    )
    soort_parent = parent.code_soort_object_id if parent is not None else None
    fail(_prefixed(rules.sub_identificator(row.code_soort_object_id, soort_parent), prefix))
    row.binnen = str(row.sub_identificator_van or "")
    same = select(PartijIdentificator.id).where(PartijIdentificator.uuid != row.uuid)
    duplicate = same.where(
        PartijIdentificator.code_register == row.code_register,
        PartijIdentificator.code_objecttype == row.code_objecttype,
        PartijIdentificator.code_soort_object_id == row.code_soort_object_id,
        PartijIdentificator.object_id == row.object_id,
        PartijIdentificator.binnen == row.binnen,
    )
    if (await ctx.session.execute(duplicate)).first() is not None:
        fail(
            [InvalidParam(prefix + "partijIdentificator", rules.UNIQUE, "Deze partij bestaat al.")]
        )
    if row.partij is not None:
        second = same.where(
            PartijIdentificator.partij == row.partij,
            PartijIdentificator.code_soort_object_id == row.code_soort_object_id,
        )
        if (await ctx.session.execute(second)).first() is not None:
            reason = f"De partij heeft al een {row.code_soort_object_id}."
            fail([InvalidParam(prefix + "partijIdentificator", rules.UNIQUE, reason)])


async def _apply_identificator(ctx: Ctx, row: PartijIdentificator, body: BaseModel) -> None:
    data: Any = body  # the POST/PUT body or its PATCH variant
    if "identificeerde_partij" in sent(body):
        row.partij = await key_of(ctx, Partij, data.identificeerde_partij, "identificeerdePartij")
    await _fill_identificator(ctx, row, data)


_PI = PartijIdentificator
IDENTIFICATOREN = register(
    Resource(
        collection="partij-identificatoren",
        resource="partijidentificator",
        model=PartijIdentificator,
        body=PartijIdentificatorCreate,
        view=_identificator_view,
        apply=_apply_identificator,
        filters=f.filters(
            anderePartijIdentificator=f.exact(_PI.andere_partij_identificator),
            partijIdentificatorCodeObjecttype=f.exact(_PI.code_objecttype),
            partijIdentificatorCodeRegister=f.exact(_PI.code_register),
            partijIdentificatorCodeSoortObjectId=f.exact(_PI.code_soort_object_id),
            partijIdentificatorObjectId=f.exact(_PI.object_id),
        ),
    )
)


# --- partijen ----------------------------------------------------------------------------------


def _partij_identificatie(ctx: Ctx, row: Partij) -> View:
    stored = row.partij_identificatie or {}
    naam = rules.volledige_naam(stored.get("contactnaam"))
    if row.soort_partij == "organisatie":
        return {"naam": stored.get("naam", "")}
    if row.soort_partij == "contactpersoon":
        return {
            "werkteVoorPartij": ctx.ref("partijen", row.werkte_voor_partij),
            "contactnaam": stored.get("contactnaam"),
            "volledigeNaam": naam,
        }
    return {"contactnaam": stored.get("contactnaam"), "volledigeNaam": naam}


def _partij_view(ctx: Ctx, row: Partij, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("partijen", row.uuid),
        "nummer": row.nummer,
        "interneNotitie": row.interne_notitie,
        "betrokkenen": ctx.refs("betrokkenen", related["betrokkenen"]),
        "categorieRelaties": related["categorieRelaties"],
        "digitaleAdressen": ctx.refs("digitaleadressen", related["digitaleAdressen"]),
        "voorkeursDigitaalAdres": ctx.ref("digitaleadressen", row.voorkeurs_digitaal_adres),
        "vertegenwoordigden": ctx.refs("partijen", related["vertegenwoordigden"]),
        "rekeningnummers": ctx.refs("rekeningnummers", related["rekeningnummers"]),
        "voorkeursRekeningnummer": ctx.ref("rekeningnummers", row.voorkeurs_rekeningnummer),
        "partijIdentificatoren": related["partijIdentificatoren"],
        "soortPartij": row.soort_partij,
        "indicatieGeheimhouding": row.indicatie_geheimhouding,
        "voorkeurstaal": row.voorkeurstaal,
        "indicatieActief": row.indicatie_actief,
        "bezoekadres": row.bezoekadres,
        "correspondentieadres": row.correspondentieadres,
        "partijIdentificatie": _partij_identificatie(ctx, row),
    }


async def _categorie_relaties(ctx: Ctx, keys: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
    """CategorieRelatieForeignKey: the relation with its categorie's name and period."""
    found: dict[uuid.UUID, list[Any]] = {}
    if not keys:
        return found
    query = (
        select(CategorieRelatie, Categorie.naam)
        .outerjoin(Categorie, Categorie.uuid == CategorieRelatie.categorie)
        .where(CategorieRelatie.partij.in_(keys))
        .order_by(CategorieRelatie.id)
    )
    for relatie, naam in (await ctx.session.execute(query)).all():
        assert relatie.partij is not None  # selected by partij
        found.setdefault(relatie.partij, []).append(
            {
                "uuid": str(relatie.uuid),
                "url": ctx.url("categorie-relaties", relatie.uuid),
                "categorieNaam": naam,
                "beginDatum": relatie.begin_datum,
                "eindDatum": relatie.eind_datum,
            }
        )
    return found


async def _apply_partij(ctx: Ctx, row: Partij, body: BaseModel) -> None:
    fields = sent(body)
    data: Any = body  # the POST/PUT body or its PATCH variant
    if data.nummer and data.nummer != row.nummer:
        row.nummer = await next_nummer(ctx, Partij, data.nummer)
    elif row.nummer is None:
        row.nummer = await next_nummer(ctx, Partij, None)
    copy(
        row,
        body,
        ["interne_notitie", "indicatie_geheimhouding", "voorkeurstaal", "indicatie_actief"],
    )
    if "soort_partij" in fields and data.soort_partij is not None:
        row.soort_partij = data.soort_partij
    copy_groups(row, body, ["bezoekadres", "correspondentieadres"])
    identificatie = data.partij_identificatie if "partij_identificatie" in fields else None
    if identificatie is not None:
        given = set(identificatie.model_fields_set)
        aliases = {n: type(identificatie).model_fields[n].alias or n for n in given}
        fail(rules.partij_identificatie(row.soort_partij, set(aliases.values())))
        row.partij_identificatie = {
            "contactnaam": wire(identificatie.contactnaam),
            **({"naam": identificatie.naam or ""} if row.soort_partij == "organisatie" else {}),
        }
        ref = identificatie.werkte_voor_partij
        werkgever = await existing(
            ctx, Partij, ref.uuid if ref else None, "partijIdentificatie.werkteVoorPartij"
        )
        if werkgever is not None:
            fail(rules.werkte_voor(werkgever.soort_partij))
        row.werkte_voor_partij = ref.uuid if ref else None
    elif "soort_partij" in fields:
        kept = {k for k, v in (row.partij_identificatie or {}).items() if v}
        kept |= {"werkteVoorPartij"} if row.werkte_voor_partij else set()
        fail(rules.partij_identificatie(row.soort_partij, kept))


async def _link_refs(
    ctx: Ctx, row: Partij, model: type[Any], refs: list[Any] | None, name: str
) -> set[uuid.UUID]:
    """digitaleAdressen / rekeningnummers sent on the partij: these, and only these, are its."""
    if refs is not None:
        keys = [ref.uuid for ref in refs]
        for index, key in enumerate(keys):
            await existing(ctx, model, key, f"{name}.{index}")
        await ctx.session.execute(
            update(model)
            .where(model.partij == row.uuid, model.uuid.not_in(keys))
            .values(partij=None)
        )
        if keys:
            await ctx.session.execute(
                update(model).where(model.uuid.in_(keys)).values(partij=row.uuid)
            )
    owned = await ctx.session.execute(select(model.uuid).where(model.partij == row.uuid))
    return set(owned.scalars())


async def _replace_identificatoren(
    ctx: Ctx, row: Partij, wanted: list[NestedPartijIdentificator]
) -> None:
    """Nested partijIdentificatoren: keep those sent again, add the new, remove the rest."""
    current = list(
        (
            await ctx.session.execute(
                select(PartijIdentificator).where(PartijIdentificator.partij == row.uuid)
            )
        ).scalars()
    )

    def identity(group: Any) -> tuple[str, ...]:
        return (group.code_register, group.code_objecttype, group.code_soort_object_id)

    by_identity = {identity(item): item for item in current}
    kept: set[uuid.UUID] = set()
    fresh: list[tuple[int, PartijIdentificator, NestedPartijIdentificator]] = []
    for index, body in enumerate(wanted):
        item = by_identity.pop(identity(body.partij_identificator), None)
        if item is None:
            item = PartijIdentificator(uuid=uuid.uuid4(), partij=row.uuid)
            fresh.append((index, item, body))
        else:
            kept.add(item.uuid)
            await _fill_identificator(ctx, item, body, f"partijIdentificatoren.{index}.")
    for item in by_identity.values():
        await ctx.session.execute(delete(PartijIdentificator).where(_PI.uuid == item.uuid))
    for index, item, body in fresh:
        await _fill_identificator(ctx, item, body, f"partijIdentificatoren.{index}.")
        ctx.session.add(item)
        await ctx.session.flush()


async def _link_partij(ctx: Ctx, row: Partij, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    adressen = await _link_refs(
        ctx,
        row,
        DigitaalAdres,
        data.digitale_adressen if "digitale_adressen" in fields else None,
        "digitaleAdressen",
    )
    rekeningen = await _link_refs(
        ctx,
        row,
        Rekeningnummer,
        data.rekeningnummers if "rekeningnummers" in fields else None,
        "rekeningnummers",
    )
    if "voorkeurs_digitaal_adres" in fields:
        ref = data.voorkeurs_digitaal_adres
        row.voorkeurs_digitaal_adres = ref.uuid if ref else None
    if "voorkeurs_rekeningnummer" in fields:
        ref = data.voorkeurs_rekeningnummer
        row.voorkeurs_rekeningnummer = ref.uuid if ref else None
    fail(rules.voorkeur("voorkeursDigitaalAdres", row.voorkeurs_digitaal_adres, set(adressen)))
    fail(rules.voorkeur("voorkeursRekeningnummer", row.voorkeurs_rekeningnummer, set(rekeningen)))
    if "partij_identificatoren" in fields and data.partij_identificatoren is not None:
        await _replace_identificatoren(ctx, row, data.partij_identificatoren)


_SUB = aliased(PartijIdentificator)


def _address_filters(prefix: str, column: Any) -> dict[str, f.Make]:
    keys = {
        "Adresregel1": "adresregel1",
        "Adresregel2": "adresregel2",
        "Adresregel3": "adresregel3",
        "Land": "land",
        "NummeraanduidingId": "nummeraanduidingId",
    }
    return {prefix + name: f.json_text(column, key) for name, key in keys.items()}


def _by_identificator(column: str) -> f.Make:
    return f.through(Partij.uuid, _PI.partij, f.exact(getattr(_PI, column)))


def _by_sub_identificator(column: str) -> f.Make:
    inner = f.through(_PI.sub_identificator_van, _SUB.uuid, f.exact(getattr(_SUB, column)))
    return f.through(Partij.uuid, _PI.partij, inner)


_V = Vertegenwoordigden
_IDENTIFICATOR_PARAMS = {
    "codeObjecttype": "code_objecttype",
    "codeRegister": "code_register",
    "codeSoortObjectId": "code_soort_object_id",
    "objectId": "object_id",
}

PARTIJEN = register(
    Resource(
        collection="partijen",
        resource="partij",
        model=Partij,
        body=PartijCreate,
        view=_partij_view,
        apply=_apply_partij,
        link=_link_partij,
        related={
            "betrokkenen": children(Betrokkene.partij, Betrokkene.uuid),
            "categorieRelaties": _categorie_relaties,
            "digitaleAdressen": children(DigitaalAdres.partij, DigitaalAdres.uuid),
            "vertegenwoordigden": children(
                _V.vertegenwoordigende_partij, _V.vertegenwoordigde_partij
            ),
            "rekeningnummers": children(Rekeningnummer.partij, Rekeningnummer.uuid),
            "partijIdentificatoren": full_children("partij-identificatoren", _PI.partij),
        },
        filters=f.filters(
            **_address_filters("bezoekadres", Partij.bezoekadres),
            **_address_filters("correspondentieadres", Partij.correspondentieadres),
            categorierelatie__categorie__naam=f.through(
                Partij.uuid,
                CategorieRelatie.partij,
                f.through(CategorieRelatie.categorie, Categorie.uuid, f.exact(Categorie.naam)),
            ),
            indicatieActief=f.boolean(Partij.indicatie_actief),
            indicatieGeheimhouding=f.boolean(Partij.indicatie_geheimhouding),
            nummer=f.exact(Partij.nummer),
            soortPartij=f.choice(Partij.soort_partij, ("contactpersoon", "organisatie", "persoon")),
            **{
                f"partijIdentificator__{p}": _by_identificator(c)
                for p, c in _IDENTIFICATOR_PARAMS.items()
            },
            **{
                f"subIdentificatorVan__{p}": _by_sub_identificator(c)
                for p, c in _IDENTIFICATOR_PARAMS.items()
            },
            vertegenwoordigdePartij__url=f.through(
                Partij.uuid, _V.vertegenwoordigende_partij, f.is_url(_V.vertegenwoordigde_partij)
            ),
            vertegenwoordigdePartij__uuid=f.through(
                Partij.uuid, _V.vertegenwoordigende_partij, f.is_uuid(_V.vertegenwoordigde_partij)
            ),
        ),
        expansions={
            "betrokkenen": Expansion("betrokkenen", "betrokkenen", many=True),
            "categorieRelaties": Expansion("categorie-relaties", "categorieRelaties", many=True),
            "digitaleAdressen": Expansion("digitaleadressen", "digitaleAdressen", many=True),
        },
        expand_choices=(
            "betrokkenen",
            "betrokkenen.hadKlantcontact",
            "categorieRelaties",
            "digitaleAdressen",
        ),
    )
)
