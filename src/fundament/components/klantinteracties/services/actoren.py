"""Actoren (medewerker, organisatorische eenheid, geautomatiseerde actor), their part in
klantcontacten, and internetaken: the follow-up a klantcontact asks of colleagues."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, select

from fundament.common.db import utcnow
from fundament.common.errors import InvalidParam
from fundament.components.klantinteracties import rules
from fundament.components.klantinteracties.models import (
    Actor,
    ActorKlantcontact,
    InterneTaak,
    InterneTaakActor,
    Klantcontact,
)
from fundament.components.klantinteracties.schemas.klantcontacten import (
    ActorCreate,
    ActorKlantcontactCreate,
    InterneTaakCreate,
)
from fundament.components.klantinteracties.services import filters as f
from fundament.components.klantinteracties.services.base import (
    Ctx,
    Related,
    Resource,
    View,
    children,
    copy,
    copy_identificator,
    existing,
    fail,
    identificator,
    key_of,
    next_nummer,
    register,
    sent,
)


def _actor_view(ctx: Ctx, row: Actor, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("actoren", row.uuid),
        "naam": row.naam,
        "soortActor": row.soort_actor,
        "indicatieActief": row.indicatie_actief,
        "actoridentificator": identificator(row),
        "actorIdentificatie": row.actor_identificatie,
    }


async def _apply_actor(ctx: Ctx, row: Actor, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    copy(row, body, ["naam", "soort_actor", "indicatie_actief"])
    copy_identificator(row, body, "actoridentificator")
    if "actor_identificatie" in fields and data.actor_identificatie is not None:
        given = data.actor_identificatie.model_dump(by_alias=True, exclude_none=True)
        fail(rules.actor_identificatie(row.soort_actor, set(given)))
        required, optional = rules.ACTOR_IDENTIFICATIE_VELDEN[row.soort_actor]
        row.actor_identificatie = {name: given.get(name, "") for name in required + optional}
    elif "actor_identificatie" in fields:
        row.actor_identificatie = None
    elif "soort_actor" in fields and row.actor_identificatie:
        kept = {name for name, value in row.actor_identificatie.items() if value}
        fail(rules.actor_identificatie(row.soort_actor, kept))


_A = Actor
ACTOREN = register(
    Resource(
        collection="actoren",
        resource="actor",
        model=Actor,
        body=ActorCreate,
        view=_actor_view,
        apply=_apply_actor,
        filters=f.filters(
            actoridentificatorCodeObjecttype=f.exact(_A.code_objecttype),
            actoridentificatorCodeRegister=f.exact(_A.code_register),
            actoridentificatorCodeSoortObjectId=f.exact(_A.code_soort_object_id),
            actoridentificatorObjectId=f.exact(_A.object_id),
            indicatieActief=f.boolean(_A.indicatie_actief),
            naam=f.exact(_A.naam),
            soortActor=f.choice(
                _A.soort_actor, ("geautomatiseerde_actor", "medewerker", "organisatorische_eenheid")
            ),
        ),
    )
)


def _actorklantcontact_view(ctx: Ctx, row: ActorKlantcontact, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("actorklantcontacten", row.uuid),
        "actor": ctx.ref("actoren", row.actor),
        "klantcontact": ctx.ref("klantcontacten", row.klantcontact),
    }


async def _apply_actorklantcontact(ctx: Ctx, row: ActorKlantcontact, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    if "actor" in fields:
        row.actor = await key_of(ctx, Actor, data.actor, "actor")  # type: ignore[assignment]
    if "klantcontact" in fields:
        row.klantcontact = await key_of(  # type: ignore[assignment]
            ctx, Klantcontact, data.klantcontact, "klantcontact"
        )
    same = select(ActorKlantcontact.id).where(
        ActorKlantcontact.actor == row.actor,
        ActorKlantcontact.klantcontact == row.klantcontact,
        ActorKlantcontact.uuid != row.uuid,
    )
    if (await ctx.session.execute(same)).first() is not None:
        fail([InvalidParam("nonFieldErrors", rules.UNIQUE, "Deze actor is al gekoppeld.")])


_AK = ActorKlantcontact
ACTORKLANTCONTACTEN = register(
    Resource(
        collection="actorklantcontacten",
        resource="actorklantcontact",
        model=ActorKlantcontact,
        body=ActorKlantcontactCreate,
        view=_actorklantcontact_view,
        apply=_apply_actorklantcontact,
        filters=f.filters(
            actor__url=f.is_url(_AK.actor),
            actor__uuid=f.is_uuid(_AK.actor),
            klantcontact__url=f.is_url(_AK.klantcontact),
            klantcontact__uuid=f.is_uuid(_AK.klantcontact),
        ),
    )
)


# --- internetaken ------------------------------------------------------------------------------


def _internetaak_view(ctx: Ctx, row: InterneTaak, related: Related) -> View:
    actoren = ctx.refs("actoren", related["actoren"])
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("internetaken", row.uuid),
        "nummer": row.nummer,
        "referentienummer": row.referentienummer,
        "gevraagdeHandeling": row.gevraagde_handeling,
        "aanleidinggevendKlantcontact": ctx.ref("klantcontacten", row.klantcontact),
        "toegewezenAanActor": actoren[0] if actoren else None,
        "toegewezenAanActoren": actoren,
        "toelichting": row.toelichting,
        "status": row.status,
        "toegewezenOp": row.toegewezen_op,
        "afgehandeldOp": row.afgehandeld_op,
    }


async def _apply_internetaak(ctx: Ctx, row: InterneTaak, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    if data.nummer and data.nummer != row.nummer:
        row.nummer = await next_nummer(ctx, InterneTaak, data.nummer)
    elif row.nummer is None:
        row.nummer = await next_nummer(ctx, InterneTaak, None)
        row.toegewezen_op = utcnow()
    copy(row, body, ["referentienummer", "gevraagde_handeling", "toelichting", "status"])
    if "aanleidinggevend_klantcontact" in fields:
        row.klantcontact = await key_of(  # type: ignore[assignment]
            ctx, Klantcontact, data.aanleidinggevend_klantcontact, "aanleidinggevendKlantcontact"
        )
    if "afgehandeld_op" in fields:
        row.afgehandeld_op = f.as_utc(data.afgehandeld_op) if data.afgehandeld_op else None
    # A handled task records when; an open one has not been handled.
    if row.status == "verwerkt" and row.afgehandeld_op is None:
        row.afgehandeld_op = utcnow()
    elif row.status == "te_verwerken" and row.afgehandeld_op is not None:
        if "afgehandeld_op" in fields and data.afgehandeld_op is not None:
            fail([InvalidParam("afgehandeldOp", "invalid", "Een open taak is niet afgehandeld.")])
        row.afgehandeld_op = None


async def _link_actoren(ctx: Ctx, row: InterneTaak, body: BaseModel) -> None:
    """toegewezenAanActoren (and the deprecated single toegewezenAanActor) replace the list."""
    data: Any = body
    fields = sent(body)
    if {"toegewezen_aan_actoren", "toegewezen_aan_actor"} & fields:
        keys: list[uuid.UUID] = []
        for index, ref in enumerate(data.toegewezen_aan_actoren or []):
            await existing(ctx, Actor, ref.uuid, f"toegewezenAanActoren.{index}")
            keys.append(ref.uuid)
        if data.toegewezen_aan_actor is not None:
            await existing(ctx, Actor, data.toegewezen_aan_actor.uuid, "toegewezenAanActor")
            if data.toegewezen_aan_actor.uuid not in keys:
                keys.insert(0, data.toegewezen_aan_actor.uuid)
        await ctx.session.execute(
            delete(InterneTaakActor).where(InterneTaakActor.interne_taak == row.uuid)
        )
        for key in dict.fromkeys(keys):
            ctx.session.add(InterneTaakActor(interne_taak=row.uuid, actor=key))
        await ctx.session.flush()
    assigned = select(InterneTaakActor.id).where(InterneTaakActor.interne_taak == row.uuid)
    fail(rules.toegewezen(list((await ctx.session.execute(assigned)).scalars())))


_T = InterneTaak
_TA = InterneTaakActor
INTERNETAKEN = register(
    Resource(
        collection="internetaken",
        resource="internetaak",
        model=InterneTaak,
        body=InterneTaakCreate,
        view=_internetaak_view,
        apply=_apply_internetaak,
        link=_link_actoren,
        related={"actoren": children(_TA.interne_taak, _TA.actor)},
        filters=f.filters(
            aanleidinggevendKlantcontact__url=f.is_url(_T.klantcontact),
            aanleidinggevendKlantcontact__uuid=f.is_uuid(_T.klantcontact),
            actoren__naam=f.through(
                _T.uuid, _TA.interne_taak, f.through(_TA.actor, Actor.uuid, f.exact(Actor.naam))
            ),
            klantcontact__nummer=f.through(
                _T.klantcontact, Klantcontact.uuid, f.exact(Klantcontact.nummer)
            ),
            klantcontact__referentienummer=f.through(
                _T.klantcontact, Klantcontact.uuid, f.exact(Klantcontact.referentienummer)
            ),
            klantcontact__uuid=f.is_uuid(_T.klantcontact),
            nummer=f.exact(_T.nummer),
            referentienummer=f.exact(_T.referentienummer),
            status=f.choice(_T.status, ("te_verwerken", "verwerkt")),
            toegewezenAanActor__url=f.through(_T.uuid, _TA.interne_taak, f.is_url(_TA.actor)),
            toegewezenAanActor__uuid=f.through(_T.uuid, _TA.interne_taak, f.is_uuid(_TA.actor)),
            toegewezenOp=f.at_datetime(_T.toegewezen_op),
        ),
    )
)
