"""Personen and organisaties, on the shared resource life cycle of Open Klant's APIs."""

from __future__ import annotations

from pydantic import BaseModel

from fundament.components.contactgegevens import rules
from fundament.components.contactgegevens.models import Organisatie, Persoon
from fundament.components.contactgegevens.schemas import OrganisatieCreate, PersoonCreate
from fundament.components.klantinteracties.services.base import (
    Ctx,
    Related,
    Resource,
    View,
    copy,
    copy_groups,
    fail,
    register,
)


def _persoon_view(ctx: Ctx, row: Persoon, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("persoon", row.uuid),
        "geboortedatum": row.geboortedatum,
        "overlijdensdatum": row.overlijdensdatum,
        "geslachtsnaam": row.geslachtsnaam,
        "geslacht": row.geslacht,
        "voorvoegsel": row.voorvoegsel,
        "voornamen": row.voornamen,
        "adres": row.adres,
    }


async def _apply_persoon(ctx: Ctx, row: Persoon, body: BaseModel) -> None:
    names = ["geboortedatum", "overlijdensdatum", "geslachtsnaam", "geslacht", "voorvoegsel"]
    copy(row, body, [*names, "voornamen"])
    copy_groups(row, body, ["adres"])
    fail(rules.levensloop(row.geboortedatum, row.overlijdensdatum, "overlijdensdatum"))


PERSONEN = register(
    Resource(
        collection="persoon",
        resource="persoon",
        model=Persoon,
        body=PersoonCreate,
        view=_persoon_view,
        apply=_apply_persoon,
    )
)


def _organisatie_view(ctx: Ctx, row: Organisatie, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("organisatie", row.uuid),
        "handelsnaam": row.handelsnaam,
        "oprichtingsdatum": row.oprichtingsdatum,
        "opheffingsdatum": row.opheffingsdatum,
        "adres": row.adres,
    }


async def _apply_organisatie(ctx: Ctx, row: Organisatie, body: BaseModel) -> None:
    copy(row, body, ["handelsnaam", "oprichtingsdatum", "opheffingsdatum"])
    copy_groups(row, body, ["adres"])
    fail(rules.levensloop(row.oprichtingsdatum, row.opheffingsdatum, "opheffingsdatum"))


ORGANISATIES = register(
    Resource(
        collection="organisatie",
        resource="organisatie",
        model=Organisatie,
        body=OrganisatieCreate,
        view=_organisatie_view,
        apply=_apply_organisatie,
    )
)
