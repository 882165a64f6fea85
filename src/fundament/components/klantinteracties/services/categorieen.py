"""Categorieën, the categorie-relaties of partijen, and vertegenwoordigingen between partijen."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import select

from fundament.common.errors import InvalidParam
from fundament.components.klantinteracties import rules
from fundament.components.klantinteracties.models import (
    Categorie,
    CategorieRelatie,
    Partij,
    Vertegenwoordigden,
)
from fundament.components.klantinteracties.schemas.partijen import (
    CategorieCreate,
    CategorieRelatieCreate,
    VertegenwoordigdenCreate,
)
from fundament.components.klantinteracties.services import filters as f
from fundament.components.klantinteracties.services.base import (
    Ctx,
    Related,
    Resource,
    View,
    copy,
    fail,
    key_of,
    register,
    sent,
)


def _categorie_view(ctx: Ctx, row: Categorie, related: Related) -> View:
    return {"uuid": str(row.uuid), "url": ctx.url("categorieen", row.uuid), "naam": row.naam}


async def _apply_categorie(ctx: Ctx, row: Categorie, body: BaseModel) -> None:
    copy(row, body, ["naam"])
    same = select(Categorie.id).where(Categorie.naam == row.naam, Categorie.uuid != row.uuid)
    if (await ctx.session.execute(same)).first() is not None:
        fail([InvalidParam("naam", rules.UNIQUE, "Er is al een categorie met deze naam.")])


CATEGORIEEN = register(
    Resource(
        collection="categorieen",
        resource="categorie",
        model=Categorie,
        body=CategorieCreate,
        view=_categorie_view,
        apply=_apply_categorie,
    )
)


async def _relatie_categorie_names(ctx: Ctx, keys: list[Any]) -> dict[Any, list[Any]]:
    """The name of each relation's categorie (shown inside `categorie`)."""
    found: dict[Any, list[Any]] = {}
    if keys:
        query = (
            select(CategorieRelatie.uuid, Categorie.naam)
            .join(Categorie, Categorie.uuid == CategorieRelatie.categorie)
            .where(CategorieRelatie.uuid.in_(keys))
        )
        for key, naam in (await ctx.session.execute(query)).all():
            found[key] = [naam]
    return found


def _relatie_view(ctx: Ctx, row: CategorieRelatie, related: Related) -> View:
    categorie = ctx.ref("categorieen", row.categorie)
    if categorie is not None:
        categorie["naam"] = (related["naam"] or [""])[0]
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("categorie-relaties", row.uuid),
        "partij": ctx.ref("partijen", row.partij),
        "categorie": categorie,
        "beginDatum": row.begin_datum,
        "eindDatum": row.eind_datum,
    }


async def _apply_relatie(ctx: Ctx, row: CategorieRelatie, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    if "partij" in fields:
        row.partij = await key_of(ctx, Partij, data.partij, "partij")
    if "categorie" in fields:
        row.categorie = await key_of(ctx, Categorie, data.categorie, "categorie")
    copy(row, body, ["begin_datum", "eind_datum"])
    fail(rules.periode(row.begin_datum, row.eind_datum))


_CR = CategorieRelatie
CATEGORIE_RELATIES = register(
    Resource(
        collection="categorie-relaties",
        resource="categorierelatie",
        model=CategorieRelatie,
        body=CategorieRelatieCreate,
        view=_relatie_view,
        apply=_apply_relatie,
        related={"naam": _relatie_categorie_names},
        filters=f.filters(
            beginDatum=f.on_date(_CR.begin_datum),
            categorie__naam=f.through(_CR.categorie, Categorie.uuid, f.exact(Categorie.naam)),
            categorie__url=f.is_url(_CR.categorie),
            categorie__uuid=f.is_uuid(_CR.categorie),
            eindDatum=f.on_date(_CR.eind_datum),
            partij__nummer=f.through(_CR.partij, Partij.uuid, f.exact(Partij.nummer)),
            partij__url=f.is_url(_CR.partij),
            partij__uuid=f.is_uuid(_CR.partij),
        ),
    )
)


def _vertegenwoordiging_view(ctx: Ctx, row: Vertegenwoordigden, related: Related) -> View:
    return {
        "uuid": str(row.uuid),
        "url": ctx.url("vertegenwoordigingen", row.uuid),
        "vertegenwoordigendePartij": ctx.ref("partijen", row.vertegenwoordigende_partij),
        "vertegenwoordigdePartij": ctx.ref("partijen", row.vertegenwoordigde_partij),
    }


async def _apply_vertegenwoordiging(ctx: Ctx, row: Vertegenwoordigden, body: BaseModel) -> None:
    data: Any = body
    fields = sent(body)
    if "vertegenwoordigende_partij" in fields:
        row.vertegenwoordigende_partij = await key_of(  # type: ignore[assignment]
            ctx, Partij, data.vertegenwoordigende_partij, "vertegenwoordigendePartij"
        )
    if "vertegenwoordigde_partij" in fields:
        row.vertegenwoordigde_partij = await key_of(  # type: ignore[assignment]
            ctx, Partij, data.vertegenwoordigde_partij, "vertegenwoordigdePartij"
        )
    fail(rules.vertegenwoordiging(row.vertegenwoordigende_partij, row.vertegenwoordigde_partij))
    same = select(Vertegenwoordigden.id).where(
        Vertegenwoordigden.vertegenwoordigende_partij == row.vertegenwoordigende_partij,
        Vertegenwoordigden.vertegenwoordigde_partij == row.vertegenwoordigde_partij,
        Vertegenwoordigden.uuid != row.uuid,
    )
    if (await ctx.session.execute(same)).first() is not None:
        fail([InvalidParam("nonFieldErrors", rules.UNIQUE, "Deze vertegenwoordiging bestaat al.")])


_V = Vertegenwoordigden
VERTEGENWOORDIGINGEN = register(
    Resource(
        collection="vertegenwoordigingen",
        resource="vertegenwoordigden",
        model=Vertegenwoordigden,
        body=VertegenwoordigdenCreate,
        view=_vertegenwoordiging_view,
        apply=_apply_vertegenwoordiging,
        filters=f.filters(
            vertegenwoordigdePartij__url=f.is_url(_V.vertegenwoordigde_partij),
            vertegenwoordigdePartij__uuid=f.is_uuid(_V.vertegenwoordigde_partij),
            vertegenwoordigendePartij__url=f.is_url(_V.vertegenwoordigende_partij),
            vertegenwoordigendePartij__uuid=f.is_uuid(_V.vertegenwoordigende_partij),
        ),
    )
)
