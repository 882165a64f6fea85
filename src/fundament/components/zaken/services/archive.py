"""zrc-021: on closing, derive `archiefnominatie` and `archiefactiedatum` from the resultaat's
resultaattype: brondatum (by `brondatumArchiefprocedure.afleidingswijze`) + archiefactietermijn."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import isodate
from sqlalchemy import select

from fundament.common.urls import BadReference
from fundament.components.zaken import models as m
from fundament.components.zaken.services.base import Ctx, resolve


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        # ISO dates and moments, and unpadded ones such as "2008-1-1".
        parts = value[:10].split("T")[0].split("-")
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        except (ValueError, IndexError):
            return None
    return None


def _plus(moment: date, duration: str | None) -> date | None:
    if not duration:
        return None
    try:
        result = moment + isodate.parse_duration(duration)
    except (isodate.ISO8601Error, ValueError, OverflowError):
        return None
    return result if isinstance(result, date) else None


async def _fetch(ctx: Ctx, url: str) -> dict[str, Any] | None:
    try:
        return await ctx.resolver.resolve(ctx.session, url, request_base=ctx.base)
    except BadReference:
        return None


def _latest(values: list[date | None]) -> date | None:
    found = [value for value in values if value is not None]
    return max(found) if found else None


async def _attribute_of_objects(ctx: Ctx, urls: list[str], attribute: str) -> date | None:
    values = []
    for url in urls:
        data = await _fetch(ctx, url)
        values.append(_as_date((data or {}).get(attribute)))
    return _latest(values)


async def brondatum(
    ctx: Ctx, zaak: m.Zaak, procedure: dict[str, Any], einddatum: date
) -> date | None:
    """The date the archive term starts from, or None when it cannot be known (yet)."""
    wijze = procedure.get("afleidingswijze")
    kenmerk = procedure.get("datumkenmerk") or ""
    if wijze == "afgehandeld":
        return einddatum
    if wijze == "termijn":
        return _plus(einddatum, procedure.get("procestermijn"))
    if wijze == "hoofdzaak":
        if zaak.hoofdzaak_id is None:
            return None
        hoofdzaak = await ctx.session.get(m.Zaak, zaak.hoofdzaak_id)
        return hoofdzaak.einddatum if hoofdzaak else None
    if wijze == "eigenschap":
        waarden = (
            await ctx.session.execute(
                select(m.ZaakEigenschap.waarde).where(
                    m.ZaakEigenschap.zaak_id == zaak.id, m.ZaakEigenschap.naam == kenmerk
                )
            )
        ).scalars()
        return _latest([_as_date(waarde) for waarde in waarden])
    if wijze == "gerelateerde_zaak":
        urls = [item.get("url", "") for item in zaak.relevante_andere_zaken or []]
        return await _attribute_of_objects(ctx, urls, "einddatum")
    if wijze in ("ingangsdatum_besluit", "vervaldatum_besluit"):
        urls = list(
            (
                await ctx.session.execute(
                    select(m.ZaakBesluit.besluit).where(m.ZaakBesluit.zaak_id == zaak.id)
                )
            ).scalars()
        )
        attribute = "ingangsdatum" if wijze == "ingangsdatum_besluit" else "vervaldatum"
        return await _attribute_of_objects(ctx, urls, attribute)
    if wijze == "zaakobject":
        objects = (
            await ctx.session.execute(
                select(m.ZaakObject.object, m.ZaakObject.object_identificatie).where(
                    m.ZaakObject.zaak_id == zaak.id,
                    m.ZaakObject.object_type == procedure.get("objecttype"),
                )
            )
        ).all()
        # The date is in the object's registration (by URL) or in its identificatie here.
        remote = await _attribute_of_objects(ctx, [url for url, _ in objects if url], kenmerk)
        local = [_as_date((blob or {}).get(kenmerk)) for url, blob in objects if not url]
        return _latest([remote, *local])
    return None  # ander_datumkenmerk: a date kept in another registration; set by hand


async def derive(ctx: Ctx, zaak: m.Zaak, einddatum: date) -> None:
    """Fill what is not filled yet; a value the client set stays."""
    resultaat = (
        await ctx.session.execute(select(m.Resultaat).where(m.Resultaat.zaak_id == zaak.id))
    ).scalar_one_or_none()
    if resultaat is None:
        return
    resultaattype = await resolve(ctx, resultaat.resultaattype, "resultaattype", frozenset({"url"}))
    if not zaak.archiefnominatie:
        zaak.archiefnominatie = resultaattype.get("archiefnominatie") or None
    if zaak.archiefactiedatum is None:
        procedure = resultaattype.get("brondatumArchiefprocedure") or {}
        start = await brondatum(ctx, zaak, procedure, einddatum)
        if start is not None:
            zaak.archiefactiedatum = _plus(start, resultaattype.get("archiefactietermijn"))
