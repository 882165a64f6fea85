"""Klantcontacten and what hangs off them: betrokkenen, onderwerpobjecten and bijlagen."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, or_, select

from fundament.components.klantinteracties import rules
from fundament.components.klantinteracties.models import (
    Actor,
    ActorKlantcontact,
    Betrokkene,
    Bijlage,
    DigitaalAdres,
    InterneTaak,
    Klantcontact,
    Onderwerpobject,
    Partij,
    PartijIdentificator,
)
from fundament.components.klantinteracties.schemas.klantcontacten import (
    BetrokkeneCreate,
    BijlageCreate,
    KlantcontactCreate,
    OnderwerpobjectCreate,
)
from fundament.components.klantinteracties.services import filters as f
from fundament.components.klantinteracties.services.base import (
    REGISTRY,
    Ctx,
    Expansion,
    Related,
    Resource,
    View,
    children,
    copy,
    copy_groups,
    copy_identificator,
    delete_row,
    identificator,
    key_of,
    load,
    next_nummer,
    register,
    sent,
    views_of,
)
from fundament.components.klantinteracties.services.partijen import PARTIJEN

# --- klantcontacten ----------------------------------------------------------------------------


def _klantcontact_view(ctx: Ctx, row: Klantcontact, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("klantcontacten", row.uuid),
        "gingOverOnderwerpobjecten": ctx.refs("onderwerpobjecten", related["onderwerpobjecten"]),
        "hadBetrokkenActoren": related["actoren"],
        "omvatteBijlagen": ctx.refs("bijlagen", related["bijlagen"]),
        "hadBetrokkenen": ctx.refs("betrokkenen", related["betrokkenen"]),
        "leiddeTotInterneTaken": ctx.refs("internetaken", related["internetaken"]),
        "nummer": row.nummer,
        "referentienummer": row.referentienummer,
        "kanaal": row.kanaal,
        "onderwerp": row.onderwerp,
        "inhoud": row.inhoud,
        "reactie": row.reactie,
        "indicatieContactGelukt": row.indicatie_contact_gelukt,
        "hoofdOnderwerpType": row.hoofd_onderwerp_type,
        "verdereActieOndernomen": row.verdere_actie_ondernomen,
        "taal": row.taal,
        "vertrouwelijk": row.vertrouwelijk,
        "plaatsgevondenOp": row.plaatsgevonden_op,
        "metadata": row.metadata_,
    }


async def _betrokken_actoren(ctx: Ctx, keys: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
    """hadBetrokkenActoren: the full actoren linked by actorklantcontacten."""
    found: dict[uuid.UUID, list[Any]] = {}
    if keys:
        query = (
            select(ActorKlantcontact.klantcontact, Actor)
            .join(Actor, Actor.uuid == ActorKlantcontact.actor)
            .where(ActorKlantcontact.klantcontact.in_(keys))
            .order_by(ActorKlantcontact.id)
        )
        pairs = (await ctx.session.execute(query)).all()
        views = await views_of(ctx, REGISTRY["actoren"], [actor for _, actor in pairs])
        for (key, _), view in zip(pairs, views, strict=True):
            found.setdefault(key, []).append(view)
    return found


async def _apply_klantcontact(ctx: Ctx, row: Klantcontact, body: BaseModel) -> None:
    data: Any = body
    if data.nummer and data.nummer != row.nummer:
        row.nummer = await next_nummer(ctx, Klantcontact, data.nummer)
    elif row.nummer is None:
        row.nummer = await next_nummer(ctx, Klantcontact, None)
    copy(
        row,
        body,
        [
            "referentienummer",
            "kanaal",
            "onderwerp",
            "inhoud",
            "reactie",
            "indicatie_contact_gelukt",
            "hoofd_onderwerp_type",
            "verdere_actie_ondernomen",
            "taal",
            "vertrouwelijk",
        ],
    )
    if "metadata" in sent(body):
        row.metadata_ = data.metadata or {}
    if data.plaatsgevonden_op is not None:
        row.plaatsgevonden_op = f.as_utc(data.plaatsgevonden_op)


_K = Klantcontact
_B = Betrokkene
_O = Onderwerpobject
_PI = PartijIdentificator


def _betrokkene_partij_identificator(column: str) -> f.Make:
    via_partij = f.through(_B.partij, _PI.partij, f.exact(getattr(_PI, column)))
    return f.through(_K.uuid, _B.klantcontact, via_partij)


def _onderwerpobject(column: Any, identificator_column: str) -> f.Make:
    return f.through(_K.uuid, column, f.exact(getattr(_O, identificator_column)))


_IDENTIFICATOR = {
    "CodeObjecttype": "code_objecttype",
    "CodeRegister": "code_register",
    "CodeSoortObjectId": "code_soort_object_id",
    "ObjectId": "object_id",
}


def _has_betrokkene_partij(name: str) -> f.Filter:
    def condition(value: str) -> Any:
        wel = f.parse_bool(name, value)
        partij = _B.partij.is_not(None) if wel else _B.partij.is_(None)
        return _K.uuid.in_(select(_B.klantcontact).where(partij))

    return condition


def _led_to_taken(name: str) -> f.Filter:
    def condition(value: str) -> Any:
        taken = _K.uuid.in_(select(InterneTaak.klantcontact))
        return taken if f.parse_bool(name, value) else ~taken

    return condition


KLANTCONTACTEN = register(
    Resource(
        collection="klantcontacten",
        resource="klantcontact",
        model=Klantcontact,
        body=KlantcontactCreate,
        view=_klantcontact_view,
        apply=_apply_klantcontact,
        related={
            "onderwerpobjecten": children(_O.klantcontact, _O.uuid),
            "actoren": _betrokken_actoren,
            "bijlagen": children(Bijlage.klantcontact, Bijlage.uuid),
            "betrokkenen": children(_B.klantcontact, _B.uuid),
            "internetaken": children(InterneTaak.klantcontact, InterneTaak.uuid),
        },
        filters=f.filters(
            hadBetrokkene__digitaaladres__adres__icontains=f.through(
                _K.uuid,
                _B.klantcontact,
                f.through(_B.uuid, DigitaalAdres.betrokkene, f.icontains(DigitaalAdres.adres)),
            ),
            hadBetrokkene__url=f.through(_K.uuid, _B.klantcontact, f.is_url(_B.uuid)),
            hadBetrokkene__uuid=f.through(_K.uuid, _B.klantcontact, f.is_uuid(_B.uuid)),
            hadBetrokkene__wasPartij=_has_betrokkene_partij,
            **{
                f"hadBetrokkene__wasPartij__partijIdentificator__{p[0].lower()}{p[1:]}": (
                    _betrokkene_partij_identificator(c)
                )
                for p, c in _IDENTIFICATOR.items()
            },
            hadBetrokkene__wasPartij__url=f.through(_K.uuid, _B.klantcontact, f.is_url(_B.partij)),
            hadBetrokkene__wasPartij__uuid=f.through(
                _K.uuid, _B.klantcontact, f.is_uuid(_B.partij)
            ),
            indicatieContactGelukt=f.boolean(_K.indicatie_contact_gelukt),
            inhoud=f.icontains(_K.inhoud),
            kanaal=f.exact(_K.kanaal),
            leiddeTotInterneTaken=_led_to_taken,
            nummer=f.exact(_K.nummer),
            onderwerp=f.icontains(_K.onderwerp),
            **{
                f"onderwerpobject__onderwerpobjectidentificator{p}": _onderwerpobject(
                    _O.klantcontact, c
                )
                for p, c in _IDENTIFICATOR.items()
            },
            onderwerpobject__url=f.through(_K.uuid, _O.klantcontact, f.is_url(_O.uuid)),
            onderwerpobject__uuid=f.through(_K.uuid, _O.klantcontact, f.is_uuid(_O.uuid)),
            plaatsgevondenOp=f.at_datetime(_K.plaatsgevonden_op),
            reactie=f.icontains(_K.reactie),
            referentienummer=f.exact(_K.referentienummer),
            vertrouwelijk=f.boolean(_K.vertrouwelijk),
            **{
                f"wasOnderwerpobject__onderwerpobjectidentificator{p}": _onderwerpobject(
                    _O.was_klantcontact, c
                )
                for p, c in _IDENTIFICATOR.items()
            },
            wasOnderwerpobject__url=f.through(_K.uuid, _O.was_klantcontact, f.is_url(_O.uuid)),
            wasOnderwerpobject__uuid=f.through(_K.uuid, _O.was_klantcontact, f.is_uuid(_O.uuid)),
        ),
        expansions={
            "gingOverOnderwerpobjecten": Expansion(
                "onderwerpobjecten", "gingOverOnderwerpobjecten", many=True
            ),
            "hadBetrokkenen": Expansion("betrokkenen", "hadBetrokkenen", many=True),
            "leiddeTotInterneTaken": Expansion("internetaken", "leiddeTotInterneTaken", many=True),
            "omvatteBijlagen": Expansion("bijlagen", "omvatteBijlagen", many=True),
        },
        expand_choices=(
            "gingOverOnderwerpobjecten",
            "hadBetrokkenen",
            "hadBetrokkenen.digitaleAdressen",
            "hadBetrokkenen.wasPartij",
            "leiddeTotInterneTaken",
            "omvatteBijlagen",
        ),
    )
)


# --- betrokkenen -------------------------------------------------------------------------------


def _betrokkene_view(ctx: Ctx, row: Betrokkene, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("betrokkenen", row.uuid),
        "wasPartij": ctx.ref("partijen", row.partij),
        "hadKlantcontact": ctx.ref("klantcontacten", row.klantcontact),
        "digitaleAdressen": ctx.refs("digitaleadressen", related["digitaleAdressen"]),
        "bezoekadres": row.bezoekadres,
        "correspondentieadres": row.correspondentieadres,
        "contactnaam": row.contactnaam,
        "volledigeNaam": rules.volledige_naam(row.contactnaam),
        "rol": row.rol,
        "organisatienaam": row.organisatienaam,
        "initiator": row.initiator,
    }


async def _apply_betrokkene(ctx: Ctx, row: Betrokkene, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    if "was_partij" in fields:
        row.partij = await key_of(ctx, Partij, data.was_partij, "wasPartij")
    if "had_klantcontact" in fields:
        row.klantcontact = await key_of(  # type: ignore[assignment]
            ctx, Klantcontact, data.had_klantcontact, "hadKlantcontact"
        )
    copy(row, body, ["rol", "organisatienaam", "initiator"])
    copy_groups(row, body, ["bezoekadres", "correspondentieadres", "contactnaam"])


def _contactnaam(key: str) -> f.Make:
    return f.json_text(_B.contactnaam, key)


def _partij_identificator(column: str) -> f.Make:
    return f.through(_B.partij, _PI.partij, f.exact(getattr(_PI, column)))


BETROKKENEN = register(
    Resource(
        collection="betrokkenen",
        resource="betrokkene",
        model=Betrokkene,
        body=BetrokkeneCreate,
        view=_betrokkene_view,
        apply=_apply_betrokkene,
        related={"digitaleAdressen": children(DigitaalAdres.betrokkene, DigitaalAdres.uuid)},
        filters=f.filters(
            contactnaamAchternaam=_contactnaam("achternaam"),
            contactnaamVoorletters=_contactnaam("voorletters"),
            contactnaamVoornaam=_contactnaam("voornaam"),
            contactnaamVoorvoegselAchternaam=_contactnaam("voorvoegselAchternaam"),
            hadKlantcontact__nummer=f.through(_B.klantcontact, _K.uuid, f.exact(_K.nummer)),
            hadKlantcontact__referentienummer=f.through(
                _B.klantcontact, _K.uuid, f.exact(_K.referentienummer)
            ),
            hadKlantcontact__url=f.is_url(_B.klantcontact),
            hadKlantcontact__uuid=f.is_uuid(_B.klantcontact),
            organisatienaam=f.exact(_B.organisatienaam),
            verstrektedigitaalAdres__adres=f.through(
                _B.uuid, DigitaalAdres.betrokkene, f.exact(DigitaalAdres.adres)
            ),
            verstrektedigitaalAdres__url=f.through(
                _B.uuid, DigitaalAdres.betrokkene, f.is_url(DigitaalAdres.uuid)
            ),
            verstrektedigitaalAdres__uuid=f.through(
                _B.uuid, DigitaalAdres.betrokkene, f.is_uuid(DigitaalAdres.uuid)
            ),
            wasPartij__nummer=f.through(_B.partij, Partij.uuid, f.exact(Partij.nummer)),
            **{
                f"wasPartij__partijIdentificator__{p[0].lower()}{p[1:]}": _partij_identificator(c)
                for p, c in _IDENTIFICATOR.items()
            },
            wasPartij__url=f.is_url(_B.partij),
            wasPartij__uuid=f.is_uuid(_B.partij),
        ),
        expansions={
            "digitaleAdressen": Expansion("digitaleadressen", "digitaleAdressen", many=True),
            "hadKlantcontact": Expansion("klantcontacten", "hadKlantcontact", many=False),
            "wasPartij": Expansion(PARTIJEN.collection, "wasPartij", many=False),
        },
        expand_choices=("digitaleAdressen",),
    )
)


# --- onderwerpobjecten and bijlagen ------------------------------------------------------------


def _onderwerpobject_view(ctx: Ctx, row: Onderwerpobject, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("onderwerpobjecten", row.uuid),
        "klantcontact": ctx.ref("klantcontacten", row.klantcontact),
        "wasKlantcontact": ctx.ref("klantcontacten", row.was_klantcontact),
        "onderwerpobjectidentificator": identificator(row),
    }


async def _apply_onderwerpobject(ctx: Ctx, row: Onderwerpobject, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    if "klantcontact" in fields:
        row.klantcontact = await key_of(ctx, Klantcontact, data.klantcontact, "klantcontact")
    if "was_klantcontact" in fields:
        row.was_klantcontact = await key_of(
            ctx, Klantcontact, data.was_klantcontact, "wasKlantcontact"
        )
    copy_identificator(row, body, "onderwerpobjectidentificator")


def _identificator_filters(prefix: str, model: Any) -> dict[str, f.Make]:
    return {prefix + p: f.exact(getattr(model, c)) for p, c in _IDENTIFICATOR.items()}


ONDERWERPOBJECTEN = register(
    Resource(
        collection="onderwerpobjecten",
        resource="onderwerpobject",
        model=Onderwerpobject,
        body=OnderwerpobjectCreate,
        view=_onderwerpobject_view,
        apply=_apply_onderwerpobject,
        filters=f.filters(
            klantcontact__url=f.is_url(_O.klantcontact),
            klantcontact__uuid=f.is_uuid(_O.klantcontact),
            **_identificator_filters("onderwerpobjectidentificator", _O),
            wasKlantcontact__url=f.is_url(_O.was_klantcontact),
            wasKlantcontact__uuid=f.is_uuid(_O.was_klantcontact),
        ),
    )
)


async def delete_onderwerpobject(ctx: Ctx, key: uuid.UUID, cascade: bool) -> list[str] | None:
    """Delete an onderwerpobject; with `cascade`, also its klantcontacten (with their
    betrokkenen and the digitale adressen they gave) that no other onderwerpobject uses.
    Returns the URLs of the klantcontacten kept (None without cascade)."""
    row = await load(ctx, ONDERWERPOBJECTEN, key)
    contacts = [k for k in dict.fromkeys((row.klantcontact, row.was_klantcontact)) if k]
    await delete_row(ctx, ONDERWERPOBJECTEN, row)
    if not cascade:
        await ctx.session.commit()
        return None
    behouden = []
    for contact in contacts:
        used = select(_O.id).where(or_(_O.klantcontact == contact, _O.was_klantcontact == contact))
        if (await ctx.session.execute(used)).first() is not None:
            behouden.append(ctx.url("klantcontacten", contact))
            continue
        betrokkenen = select(_B.uuid).where(_B.klantcontact == contact)
        await ctx.session.execute(
            delete(DigitaalAdres).where(DigitaalAdres.betrokkene.in_(betrokkenen))
        )
        await delete_row(ctx, KLANTCONTACTEN, await load(ctx, KLANTCONTACTEN, contact))
    await ctx.session.commit()
    return behouden


def _bijlage_view(ctx: Ctx, row: Bijlage, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("bijlagen", row.uuid),
        "wasBijlageVanKlantcontact": ctx.ref("klantcontacten", row.klantcontact),
        "bijlageidentificator": identificator(row),
    }


async def _apply_bijlage(ctx: Ctx, row: Bijlage, body: BaseModel) -> None:
    data: Any = body
    if "was_bijlage_van_klantcontact" in sent(body):
        row.klantcontact = await key_of(
            ctx, Klantcontact, data.was_bijlage_van_klantcontact, "wasBijlageVanKlantcontact"
        )
    copy_identificator(row, body, "bijlageidentificator")


BIJLAGEN = register(
    Resource(
        collection="bijlagen",
        resource="bijlage",
        model=Bijlage,
        body=BijlageCreate,
        view=_bijlage_view,
        apply=_apply_bijlage,
        filters=f.filters(
            **_identificator_filters("bijlageidentificator", Bijlage),
            klantcontact__uuid=f.is_uuid(Bijlage.klantcontact),
        ),
    )
)
