"""Zaken: create (zrc-001/002/009..015), read, update, and the hard delete with its cascade
(zrc-023). Lists and search are in services/search.py."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, delete, exists, select, text
from sqlalchemy import update as sql_update
from sqlalchemy.exc import IntegrityError

from fundament.common import geo, refcache
from fundament.common.errors import ValidationFailed
from fundament.common.urls import BadReference
from fundament.components.zaken import models as m
from fundament.components.zaken import rules, scopes, views
from fundament.components.zaken import schemas as s
from fundament.components.zaken.services.base import (
    ZAKEN,
    Ctx,
    fail,
    get_zaak,
    own_uuid,
    record_change,
    resolve,
)
from fundament.components.zaken.services.mirrors import delete_document_mirror

RESOURCE = "zaak"
ZAAKTYPE_KEYS = frozenset({"url", "statustypen", "vertrouwelijkheidaanduiding"})
COMMUNICATIEKANAAL_KEYS = frozenset({"url", "naam"})


async def view_of(ctx: Ctx, zaak: m.Zaak) -> s.Zaak:
    return (await views_of(ctx, [zaak]))[0]


async def views_of(ctx: Ctx, zaken: Sequence[m.Zaak | Row[Any]]) -> list[s.Zaak]:
    found = [views.values(zaak) for zaak in zaken]
    related = await views.load_related(ctx.session, found)
    return [views.zaak(ctx.url, zaak, related) for zaak in found]


# --- reading -------------------------------------------------------------------------------


async def get(ctx: Ctx, key: uuid.UUID) -> tuple[m.Zaak, s.Zaak]:
    zaak = await get_zaak(ctx, key)
    ctx.require(zaak, scopes.SCOPE_LEZEN)
    return zaak, await view_of(ctx, zaak)


# --- validation ----------------------------------------------------------------------------


async def zaaktype_of(ctx: Ctx, url: str) -> dict[str, Any]:
    """The zaaktype (published ones from the short-lived catalogue cache, common/refcache)."""
    cached = refcache.get(url)
    if cached is not None:
        return cached
    zaaktype = await resolve(ctx, url, "zaaktype", ZAAKTYPE_KEYS)
    refcache.put(url, zaaktype)
    return zaaktype


async def type_part_of(
    ctx: Ctx, zaak: m.Zaak, url: str, field: str, keys: frozenset[str], listed_as: str
) -> dict[str, Any]:
    """A statustype, roltype, resultaattype or eigenschap named for a part of `zaak`; one that
    the zaak's published zaaktype lists is kept in the catalogue cache like the zaaktype."""
    cached = refcache.get(url)
    if cached is not None and keys <= cached.keys():
        return cached
    found = await resolve(ctx, url, field, keys)
    refcache.put_part(url, found, await zaaktype_of(ctx, zaak.zaaktype), listed_as)
    return found


async def _check_urls(ctx: Ctx, data: s.ZaakCreate) -> None:
    """zrc-010/011: the communicatiekanaal and the relevante andere zaken must resolve."""
    if data.communicatiekanaal:
        await resolve(ctx, data.communicatiekanaal, "communicatiekanaal", COMMUNICATIEKANAAL_KEYS)
    for index, relevant in enumerate(data.relevante_andere_zaken):
        try:
            await ctx.resolver.resolve(ctx.session, relevant.url, request_base=ctx.base)
        except BadReference as exc:
            raise ValidationFailed([exc.as_param(f"relevanteAndereZaken.{index}.url")]) from exc


async def _hoofdzaak(ctx: Ctx, data: s.ZaakCreate, zaak: m.Zaak | None) -> m.Zaak | None:
    """zrc-013: the hoofdzaak is a zaak here (`no_match`), not this one, not a deelzaak."""
    if not data.hoofdzaak:
        return None
    key = own_uuid(ctx, data.hoofdzaak, ZAKEN)
    hoofdzaak = None
    if key is not None:
        hoofdzaak = (
            await ctx.session.execute(select(m.Zaak).where(m.Zaak.uuid == key))
        ).scalar_one_or_none()
    if hoofdzaak is None:
        raise ValidationFailed.single("hoofdzaak", "no_match", "De hoofdzaak bestaat niet.")
    fail(
        rules.hoofdzaak(
            is_self=zaak is not None and hoofdzaak.id == zaak.id,
            is_deelzaak=hoofdzaak.hoofdzaak_id is not None,
        )
    )
    return hoofdzaak


async def _documents_archived(ctx: Ctx, zaak: m.Zaak | None) -> bool:
    """zrc-022: every informatieobject of the zaak has status `gearchiveerd`."""
    if zaak is None:
        return True
    urls = (
        await ctx.session.execute(
            select(m.ZaakInformatieObject.informatieobject).where(
                m.ZaakInformatieObject.zaak_id == zaak.id
            )
        )
    ).scalars()
    for url in urls:
        document = await resolve(ctx, url, "informatieobject", frozenset({"url"}))
        if document.get("status") != "gearchiveerd":
            return False
    return True


def _geometry(data: s.ZaakCreate) -> geo.Geometry | None:
    if data.zaakgeometrie is None:
        return None
    geometry, problems = geo.parse(data.zaakgeometrie, "zaakgeometrie")
    fail(problems)
    return geometry


async def _validate(
    ctx: Ctx, data: s.ZaakCreate, zaaktype: dict[str, Any], zaak: m.Zaak | None
) -> tuple[m.Zaak | None, geo.Geometry | None]:
    fail(rules.betaling(data.betalingsindicatie, data.laatste_betaaldatum))
    fail(
        rules.producten_of_diensten(
            data.producten_of_diensten, zaaktype.get("productenOfDiensten") or []
        )
    )
    geometry = _geometry(data)
    await _check_urls(ctx, data)
    hoofdzaak = await _hoofdzaak(ctx, data, zaak)
    if data.archiefstatus != "nog_te_archiveren":  # only then do the documents matter (zrc-022)
        archived = await _documents_archived(ctx, zaak)
        fail(
            rules.archief(
                data.archiefstatus, data.archiefnominatie, data.archiefactiedatum, archived
            )
        )
    return hoofdzaak, geometry


def _fill(
    zaak: m.Zaak,
    data: s.ZaakCreate,
    zaaktype: dict[str, Any],
    hoofdzaak: m.Zaak | None,
    geometry: geo.Geometry | None,
) -> None:
    values = data.model_dump(
        exclude={
            "hoofdzaak", "zaakgeometrie", "verlenging", "opschorting", "relevante_andere_zaken",
            "kenmerken", "processobject", "registratiedatum", "vertrouwelijkheidaanduiding",
        }
    )  # fmt: skip
    for name, value in values.items():
        setattr(zaak, name, value)
    zaak.registratiedatum = data.registratiedatum or zaak.registratiedatum or date.today()
    # zrc-009: without an explicit value the zaaktype's vertrouwelijkheidaanduiding applies.
    zaak.vertrouwelijkheidaanduiding = (
        data.vertrouwelijkheidaanduiding
        or zaaktype.get("vertrouwelijkheidaanduiding")
        or "openbaar"
    )
    zaak.archiefnominatie = data.archiefnominatie or None
    zaak.hoofdzaak_id = hoofdzaak.id if hoofdzaak else None
    zaak.verlenging = data.verlenging.model_dump() if data.verlenging else None
    zaak.opschorting = data.opschorting.model_dump() if data.opschorting else None
    zaak.relevante_andere_zaken = [
        item.model_dump(by_alias=True) for item in data.relevante_andere_zaken
    ]
    zaak.kenmerken = [item.model_dump() for item in data.kenmerken]
    zaak.processobject = data.processobject.model_dump() if data.processobject else None
    zaak.zaakgeometrie = geometry.geojson if geometry else None
    zaak.bbox_min_x = geometry.min_x if geometry else None
    zaak.bbox_min_y = geometry.min_y if geometry else None
    zaak.bbox_max_x = geometry.max_x if geometry else None
    zaak.bbox_max_y = geometry.max_y if geometry else None


# --- identificatie (zrc-002) ----------------------------------------------------------------


async def _identificatie_taken(ctx: Ctx, bronorganisatie: str, identificatie: str) -> bool:
    return bool(
        (
            await ctx.session.execute(
                select(
                    exists().where(
                        m.Zaak.bronorganisatie == bronorganisatie,
                        m.Zaak.identificatie == identificatie,
                    )
                )
            )
        ).scalar()
    )


IDENTIFICATIE_SEQUENCE = "zrc_zaak_identificatie_seq"


async def _next_number(ctx: Ctx, bronorganisatie: str, jaar: int) -> int:
    """The next number for a generated identificatie. PostgreSQL: a sequence, so concurrent
    creates never wait for each other (numbers may have gaps, and one series serves every
    bronorganisatie and year: unique per bronorganisatie all the same). SQLite (one writer at a
    time anyway): a counter per (bronorganisatie, year) without gaps."""
    if ctx.session.get_bind().dialect.name == "postgresql":
        found = await ctx.session.execute(text(f"SELECT nextval('{IDENTIFICATIE_SEQUENCE}')"))
        return int(found.scalar_one())
    for _ in range(2):
        counter = (
            await ctx.session.execute(
                select(m.Identificatie)
                .where(
                    m.Identificatie.bronorganisatie == bronorganisatie, m.Identificatie.jaar == jaar
                )
                .with_for_update()
            )
        ).scalar_one_or_none()
        if counter is not None:
            counter.laatste += 1
            return counter.laatste
        try:
            async with ctx.session.begin_nested():
                ctx.session.add(
                    m.Identificatie(bronorganisatie=bronorganisatie, jaar=jaar, laatste=1)
                )
            return 1
        except IntegrityError:
            continue  # another transaction created the counter meanwhile
    raise RuntimeError("could not reserve a zaak identificatie")


async def generate_identificatie(ctx: Ctx, bronorganisatie: str, startdatum: date) -> str:
    """`ZAAK-{year}-{number:010}`, skipping numbers a client chose itself."""
    while True:
        number = await _next_number(ctx, bronorganisatie, startdatum.year)
        candidate = f"ZAAK-{startdatum.year}-{number:010d}"
        if not await _identificatie_taken(ctx, bronorganisatie, candidate):
            return candidate


# --- writing -------------------------------------------------------------------------------


async def create(ctx: Ctx, data: s.ZaakCreate) -> s.Zaak:
    zaaktype = await zaaktype_of(ctx, data.zaaktype)
    fail(rules.zaaktype_published(zaaktype))
    if data.identificatie:
        fail(
            rules.identificatie_unique(
                await _identificatie_taken(ctx, data.bronorganisatie, data.identificatie)
            )
        )
    hoofdzaak, geometry = await _validate(ctx, data, zaaktype, None)
    zaak = m.Zaak(uuid=uuid.uuid4())
    _fill(zaak, data, zaaktype, hoofdzaak, geometry)
    ctx.require(zaak, scopes.SCOPE_AANMAKEN)
    if not data.identificatie:
        zaak.identificatie = await generate_identificatie(
            ctx, data.bronorganisatie, data.startdatum
        )
    ctx.session.add(zaak)
    await ctx.session.flush()
    # A zaak just made has nothing hanging off it yet: its view needs no query of its parts.
    related = views.Related()
    if hoofdzaak is not None:
        related.uuid_of[hoofdzaak.id] = hoofdzaak.uuid
    view = views.zaak(ctx.url, views.values(zaak), related)
    record_change(
        ctx, zaak, resource=RESOURCE, actie="create", status=201, url=view.url, oud=None, nieuw=view
    )
    await ctx.session.commit()
    return view


async def update(ctx: Ctx, key: uuid.UUID, data: s.ZaakCreate, partial: bool) -> s.Zaak:
    zaak = await get_zaak(ctx, key, for_update=True)
    ctx.require(zaak, scopes.SCOPE_BIJWERKEN, scopes.SCOPE_GEFORCEERD_BIJWERKEN)
    before = await view_of(ctx, zaak)
    fail(rules.immutable("zaaktype", data.zaaktype != zaak.zaaktype))
    fail(
        rules.immutable(
            "identificatie", bool(data.identificatie) and data.identificatie != zaak.identificatie
        )
    )
    zaaktype = await zaaktype_of(ctx, zaak.zaaktype)
    hoofdzaak, geometry = await _validate(ctx, data, zaaktype, zaak)
    ctx.require_open(zaak)
    identificatie = zaak.identificatie
    _fill(zaak, data, zaaktype, hoofdzaak, geometry)
    zaak.identificatie = identificatie
    ctx.require(zaak, scopes.SCOPE_BIJWERKEN, scopes.SCOPE_GEFORCEERD_BIJWERKEN)
    await ctx.session.flush()
    view = await view_of(ctx, zaak)
    actie = "partial_update" if partial else "update"
    record_change(
        ctx, zaak, resource=RESOURCE, actie=actie, status=200, url=view.url, oud=before, nieuw=view
    )
    await ctx.session.commit()
    return view


async def delete_zaak(ctx: Ctx, key: uuid.UUID) -> None:
    """zrc-023: a hard delete; deelzaken and everything hanging off them go too (ON DELETE
    CASCADE), the mirrors of their documents in the Documenten API as well."""
    zaak = await get_zaak(ctx, key, for_update=True)
    ctx.require(zaak, scopes.SCOPE_VERWIJDEREN)
    before = await view_of(ctx, zaak)
    family = [
        zaak.id,
        *(
            await ctx.session.execute(select(m.Zaak.id).where(m.Zaak.hoofdzaak_id == zaak.id))
        ).scalars(),
    ]
    links = (
        await ctx.session.execute(
            select(m.ZaakInformatieObject, m.Zaak.uuid)
            .join(m.Zaak, m.Zaak.id == m.ZaakInformatieObject.zaak_id)
            .where(m.ZaakInformatieObject.zaak_id.in_(family))
        )
    ).all()
    for link, zaak_uuid in links:
        await delete_document_mirror(ctx, link.informatieobject, ctx.url(ZAKEN, zaak_uuid))
    await ctx.session.execute(
        sql_update(m.Zaak).where(m.Zaak.id.in_(family)).values(status_id=None)
    )
    await ctx.session.execute(delete(m.Zaak).where(m.Zaak.hoofdzaak_id == zaak.id))
    await ctx.session.execute(delete(m.Zaak).where(m.Zaak.id == zaak.id))
    record_change(
        ctx,
        zaak,
        resource=RESOURCE,
        actie="destroy",
        status=204,
        url=before.url,
        oud=before,
        nieuw=None,
    )
    await ctx.session.commit()
