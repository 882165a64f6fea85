"""Besluiten: create, read, update and hard delete (brc-001, -002, -006, -007, -009)."""

from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.exc import IntegrityError

from fundament.common import numbering
from fundament.common.audit import AuditTrail
from fundament.common.db import is_unique_violation
from fundament.common.errors import Conflict, InvalidParam, NotFound, ValidationFailed
from fundament.common.outbox import PENDING, OutboxMessage
from fundament.common.pagination import PageParams
from fundament.common.urls import BadReference
from fundament.components.besluiten import kanalen, rules, scopes, views
from fundament.components.besluiten import models as m
from fundament.components.besluiten.schemas.besluit import Besluit, BesluitCreate
from fundament.components.besluiten.services import documents, zaken
from fundament.components.besluiten.services.base import Ctx, fail, record_change

logger = logging.getLogger("fundament.besluiten")

_BESLUITTYPE_KEYS = frozenset({"url", "catalogus", "informatieobjecttypen", "publicatieIndicatie"})
_ZAAK_KEYS = frozenset({"url", "zaaktype"})
_ZAAKTYPE_KEYS = frozenset({"url", "besluittypen"})
_GENERATE_ATTEMPTS = 5


async def list_besluiten(
    ctx: Ctx,
    page: PageParams,
    *,
    identificatie: str | None,
    verantwoordelijke_organisatie: str | None,
    besluittype: str | None,
    zaak: str | None,
) -> tuple[int, list[Besluit]]:
    query = select(m.Besluit).where(ctx.sql_filter())
    for column, value in (
        (m.Besluit.identificatie, identificatie),
        (m.Besluit.verantwoordelijke_organisatie, verantwoordelijke_organisatie),
        (m.Besluit.besluittype, besluittype),
        (m.Besluit.zaak, zaak),
    ):
        if value:
            query = query.where(column == value)
    count = (
        await ctx.session.execute(select(func.count()).select_from(query.subquery()))
    ).scalar_one()
    rows = await ctx.session.execute(
        query.order_by(m.Besluit.id.desc()).offset(page.offset).limit(page.page_size)
    )
    return count, [views.besluit(ctx.url, row) for row in rows.scalars()]


async def load(ctx: Ctx, key: uuid.UUID, *, for_update: bool = False) -> m.Besluit:
    query = select(m.Besluit).where(m.Besluit.uuid == key)
    if for_update:
        query = query.with_for_update()
    row = (await ctx.session.execute(query)).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return row


async def get_besluit(ctx: Ctx, key: uuid.UUID, scope: str = scopes.SCOPE_LEZEN) -> Besluit:
    row = await load(ctx, key)
    ctx.require(row.besluittype, scope)
    return views.besluit(ctx.url, row)


async def besluittype(ctx: Ctx, url: str) -> dict[str, Any]:
    """brc-001: the besluittype must resolve (`bad-url`), be a besluittype
    (`invalid-resource`) and be published (`not-published`)."""
    data = await ctx.resolve(url, "besluittype", _BESLUITTYPE_KEYS)
    fail(rules.besluittype_published(data.get("concept")))
    return data


async def _check_zaak(ctx: Ctx, zaak_url: str, besluittype_url: str) -> None:
    """The zaak must resolve to a zaak (`bad-url` / `invalid-resource`), and brc-007: the
    besluittype must be one of its zaaktype's besluittypen (`zaaktype-mismatch`)."""
    zaak = await ctx.resolve(zaak_url, "zaak", _ZAAK_KEYS)
    zaaktype = await ctx.resolve(str(zaak["zaaktype"]), "zaak", _ZAAKTYPE_KEYS)
    besluittypen = zaaktype["besluittypen"]
    fail(
        rules.besluittype_of_zaaktype(
            besluittype_url, besluittypen if isinstance(besluittypen, list) else []
        )
    )


IDENTIFICATIE_SEQUENCE = "brc_besluit_identificatie_seq"


async def _identificatie_taken(ctx: Ctx, organisatie: str, identificatie: str) -> bool:
    query = select(
        exists().where(
            m.Besluit.verantwoordelijke_organisatie == organisatie,
            m.Besluit.identificatie == identificatie,
        )
    )
    return bool((await ctx.session.execute(query)).scalar())


async def _generated_identificatie(ctx: Ctx, data: BesluitCreate) -> str:
    """brc-002: `BESLUIT-<year of datum>-<10 digits>`, a number no concurrent create gets too
    (`common/numbering.py`), skipping identificaties of that form a client chose itself."""
    organisatie, jaar = data.verantwoordelijke_organisatie, data.datum.year
    prefix = rules.identificatie_prefix(jaar)

    async def highest() -> int:
        return await numbering.highest_number(
            ctx.session,
            m.Besluit.identificatie,
            m.Besluit.verantwoordelijke_organisatie,
            organisatie,
            prefix,
        )

    async def taken(identificatie: str) -> bool:
        return await _identificatie_taken(ctx, organisatie, identificatie)

    return await numbering.generate(
        ctx.session,
        prefix=prefix,
        sequence=IDENTIFICATIE_SEQUENCE,
        counter=m.Identificatie,
        organisatie=organisatie,
        jaar=jaar,
        highest=highest,
        taken=taken,
    )


def _identificatie_clash(exc: IntegrityError) -> bool:
    """The unique constraint on (verantwoordelijkeOrganisatie, identificatie)."""
    return is_unique_violation(exc, table="brc_besluit", column="verantwoordelijke_organisatie")


async def create_besluit(ctx: Ctx, data: BesluitCreate, today: date) -> Besluit:
    ctx.require(data.besluittype, scopes.SCOPE_AANMAKEN)
    fail(rules.datum_not_in_future(data.datum, today))
    await besluittype(ctx, data.besluittype)
    if data.zaak:
        await _check_zaak(ctx, data.zaak, data.besluittype)
    if data.identificatie:  # brc-002
        taken = await _identificatie_taken(
            ctx, data.verantwoordelijke_organisatie, data.identificatie
        )
        fail(rules.identificatie_unique(taken))
    for _ in range(_GENERATE_ATTEMPTS):
        try:
            row, view, local_zaak = await _create(ctx, data)
            break
        except IntegrityError as exc:
            await ctx.session.rollback()
            if not _identificatie_clash(exc):
                raise
            if data.identificatie:  # a concurrent create took the client's identificatie
                fail(rules.identificatie_unique(True))
            # A client chose the generated identificatie meanwhile: the next number.
    else:
        raise Conflict("Er kon geen unieke identificatie gegenereerd worden; probeer het opnieuw.")
    if data.zaak and not local_zaak:
        await _link_remote(ctx, row, view.url)
    return view


async def _create(ctx: Ctx, data: BesluitCreate) -> tuple[m.Besluit, Besluit, bool]:
    """The besluit, its zaakbesluit when the zaak is ours, its audit trail and notification,
    committed; an IntegrityError when the identificatie was taken meanwhile."""
    identificatie = data.identificatie or await _generated_identificatie(ctx, data)
    row = m.Besluit(
        uuid=uuid.uuid4(),
        identificatie=identificatie,
        **data.model_dump(exclude={"identificatie"}),
    )
    ctx.session.add(row)
    await ctx.session.flush()  # the unique constraint answers here, not in a later autoflush
    view = views.besluit(ctx.url, row)
    local_zaak = bool(data.zaak) and zaken.is_local(ctx, data.zaak)
    if local_zaak:
        await zaken.link(ctx, data.zaak, view.url)  # brc-006, in this transaction
    record_change(
        ctx,
        resource=kanalen.RESOURCE_BESLUIT,
        actie="create",
        status=201,
        url=view.url,
        besluit_url=view.url,
        besluit=row,
        oud=None,
        nieuw=view,
    )
    await ctx.session.commit()
    return row, view, local_zaak


async def _link_remote(ctx: Ctx, row: m.Besluit, url: str) -> None:
    """brc-006 for a foreign zaak, after the commit; a refusal removes the besluit again."""
    try:
        row.zaakbesluit = await zaken.link_remote(ctx, row.zaak, url)
    except BadReference as exc:
        await _undo_create(ctx, row, url)
        raise ValidationFailed(
            [
                InvalidParam(
                    "zaak", "remote-relation-failed", f"De zaak weigerde het besluit: {exc.reason}"
                )
            ]
        ) from exc
    await ctx.session.commit()


async def _undo_create(ctx: Ctx, row: m.Besluit, url: str) -> None:
    """Remove a besluit whose zaak refused it: with its audit trail, and its create
    notification while still undelivered (else a destroy notification follows it)."""
    await ctx.session.execute(delete(m.Besluit).where(m.Besluit.id == row.id))
    await ctx.session.execute(delete(AuditTrail).where(AuditTrail.hoofd_object == url))
    removed = await ctx.session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.resource_url == url, OutboxMessage.status == PENDING
        )
    )
    if not removed.rowcount:  # type: ignore[attr-defined]
        record_change(
            ctx,
            resource=kanalen.RESOURCE_BESLUIT,
            actie="destroy",
            status=204,
            url=url,
            besluit_url=url,
            besluit=row,
            oud=None,
            nieuw=None,
            audit=False,
        )
    await ctx.session.commit()
    logger.warning("besluit %s removed again: its zaak %s refused the relation", url, row.zaak)


async def update_besluit(
    ctx: Ctx, key: uuid.UUID, data: BesluitCreate, partial: bool, today: date
) -> Besluit:
    row = await load(ctx, key, for_update=True)
    ctx.require(row.besluittype, scopes.SCOPE_BIJWERKEN)
    before = views.besluit(ctx.url, row)
    fail(
        rules.immutable("identificatie", data.identificatie != row.identificatie)
        + rules.immutable(
            "verantwoordelijkeOrganisatie",
            data.verantwoordelijke_organisatie != row.verantwoordelijke_organisatie,
        )
        + rules.immutable("besluittype", data.besluittype != row.besluittype)
        + rules.immutable("zaak", data.zaak != row.zaak)
        + rules.datum_not_in_future(data.datum, today)
    )
    for name, value in data.model_dump(
        exclude={"identificatie", "verantwoordelijke_organisatie", "besluittype", "zaak"}
    ).items():
        setattr(row, name, value)
    view = views.besluit(ctx.url, row)
    record_change(
        ctx,
        resource=kanalen.RESOURCE_BESLUIT,
        actie="partial_update" if partial else "update",
        status=200,
        url=view.url,
        besluit_url=view.url,
        besluit=row,
        oud=before,
        nieuw=view,
    )
    await ctx.session.commit()
    return view


async def delete_besluit(ctx: Ctx, key: uuid.UUID) -> None:
    """brc-009: a hard delete of the besluit, its besluitinformatieobjecten (and their
    mirrors) and its audit trail; the zaak forgets it (brc-006)."""
    row = await load(ctx, key, for_update=True)
    ctx.require(row.besluittype, scopes.SCOPE_VERWIJDEREN)
    before = views.besluit(ctx.url, row)
    documenten = (
        await ctx.session.execute(
            select(m.BesluitInformatieObject.informatieobject).where(
                m.BesluitInformatieObject.besluit_id == row.id
            )
        )
    ).scalars()
    for informatieobject in list(documenten):
        await documents.unmirror(ctx, informatieobject, before.url)
    local_zaak = bool(row.zaak) and zaken.is_local(ctx, row.zaak)
    if local_zaak:
        await zaken.unlink(ctx, row.zaak, before.url)
    await ctx.session.execute(
        delete(m.BesluitInformatieObject).where(m.BesluitInformatieObject.besluit_id == row.id)
    )
    await ctx.session.execute(delete(AuditTrail).where(AuditTrail.hoofd_object == before.url))
    await ctx.session.execute(delete(m.Besluit).where(m.Besluit.id == row.id))
    # The trail goes with the besluit (brc-009), so the destroy is only announced.
    record_change(
        ctx,
        resource=kanalen.RESOURCE_BESLUIT,
        actie="destroy",
        status=204,
        url=before.url,
        besluit_url=before.url,
        besluit=row,
        oud=before,
        nieuw=None,
        audit=False,
    )
    await ctx.session.commit()
    if row.zaak and not local_zaak:
        await zaken.unlink_remote(ctx, row.zaak, row.zaakbesluit, before.url)


async def current(ctx: Ctx, key: uuid.UUID) -> Besluit:
    """The besluit as it is, for a PUT or PATCH to merge into (needs the update scope)."""
    return await get_besluit(ctx, key, scopes.SCOPE_BIJWERKEN)
