"""Statussen: setting a status moves the zaak; an eindstatus closes it (zrc-007, zrc-021),
a later non-final status reopens it (zrc-008)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, select

from fundament.common.errors import PermissionDenied
from fundament.components.zaken import models as m
from fundament.components.zaken import rules, scopes, views
from fundament.components.zaken import schemas as s
from fundament.components.zaken.services import archive, zaken
from fundament.components.zaken.services.base import Ctx, fail, record_change, resolve, zaak_by_url
from fundament.components.zaken.services.parts import Part, one

STATUSTYPE_KEYS = frozenset({"url", "zaaktype", "volgnummer"})
CREATE_SCOPES = (scopes.SCOPE_AANMAKEN, scopes.SCOPE_STATUSSEN_TOEVOEGEN, scopes.SCOPE_HEROPENEN)


async def _views(ctx: Ctx, rows: Sequence[tuple[m.Status, uuid.UUID]]) -> list[s.Status]:
    ids = [row.id for row, _ in rows]
    zios: dict[int, list[uuid.UUID]] = defaultdict(list)
    current: set[int] = set()
    if ids:
        found = await ctx.session.execute(
            select(m.ZaakInformatieObject.status_id, m.ZaakInformatieObject.uuid)
            .where(m.ZaakInformatieObject.status_id.in_(ids))
            .order_by(m.ZaakInformatieObject.id)
        )
        for status_id, key in found.all():
            if status_id is not None:
                zios[status_id].append(key)
        marked = await ctx.session.execute(
            select(m.Zaak.status_id).where(m.Zaak.status_id.in_(ids))
        )
        current = {status_id for status_id in marked.scalars() if status_id is not None}
    return [
        views.status(ctx.url, row, zaak_uuid, row.id in current, zios[row.id])
        for row, zaak_uuid in rows
    ]


async def _no_fill(*_: object) -> None:  # statussen are created by `create` below only
    return None


STATUS = Part(
    model=m.Status, collection="statussen", resource="status", fill=_no_fill, views=_views
)


async def _is_eindstatus(ctx: Ctx, statustype: dict[str, Any], listed: list[str]) -> bool:
    if "isEindstatus" in statustype:
        return bool(statustype["isEindstatus"])
    volgnummers = []
    for url in listed:
        other = await resolve(ctx, url, "statustype", STATUSTYPE_KEYS)
        volgnummers.append(other["volgnummer"])
    return statustype["volgnummer"] >= max(volgnummers, default=0)


async def _documents_gebruiksrecht_unset(ctx: Ctx, zaak: m.Zaak) -> bool:
    urls = (
        await ctx.session.execute(
            select(m.ZaakInformatieObject.informatieobject).where(
                m.ZaakInformatieObject.zaak_id == zaak.id
            )
        )
    ).scalars()
    for url in urls:
        document = await resolve(ctx, url, "informatieobject", frozenset({"url"}))
        if document.get("indicatieGebruiksrecht") is None:
            return True
    return False


async def create(ctx: Ctx, data: s.StatusCreate) -> s.Status:
    zaak = await zaak_by_url(ctx, data.zaak, for_update=True)
    ctx.require(zaak, *CREATE_SCOPES, scopes.SCOPE_BIJWERKEN, scopes.SCOPE_GEFORCEERD_BIJWERKEN)
    statustype = await zaken.type_part_of(
        ctx, zaak, data.statustype, "statustype", STATUSTYPE_KEYS, "statustypen"
    )
    zaaktype = await zaken.zaaktype_of(ctx, zaak.zaaktype)
    listed = list(zaaktype.get("statustypen") or [])
    fail(rules.belongs_to_zaaktype(statustype["url"], listed))
    eind = await _is_eindstatus(ctx, statustype, listed)
    if zaak.einddatum is not None:
        # zrc-008: reopening takes zaken.heropenen; anything else on a closed zaak zrc-007's scope.
        wanted = (scopes.SCOPE_HEROPENEN,) if not eind else ()
        if not any(
            ctx.allowed(scope, zaak) for scope in (*wanted, scopes.SCOPE_GEFORCEERD_BIJWERKEN)
        ):
            raise PermissionDenied(
                "Een afgesloten zaak heropenen vereist de scope zaken.heropenen."
            )
    if eind:
        has_resultaat = (
            await ctx.session.execute(select(exists().where(m.Resultaat.zaak_id == zaak.id)))
        ).scalar()
        fail(rules.resultaat_before_eindstatus(bool(has_resultaat)))
        fail(rules.gebruiksrecht_set(await _documents_gebruiksrecht_unset(ctx, zaak)))
    row = m.Status(
        uuid=uuid.uuid4(),
        zaak_id=zaak.id,
        statustype=data.statustype,
        datum_status_gezet=data.datum_status_gezet,
        statustoelichting=data.statustoelichting,
        gezetdoor=data.gezetdoor,
    )
    ctx.session.add(row)
    await ctx.session.flush()
    previous = await ctx.session.get(m.Status, zaak.status_id) if zaak.status_id else None
    if previous is None or previous.datum_status_gezet <= row.datum_status_gezet:
        zaak.status_id = row.id
        if eind:
            einddatum = row.datum_status_gezet.date()
            zaak.einddatum = einddatum
            await archive.derive(ctx, zaak, einddatum)
        elif zaak.einddatum is not None:
            zaak.einddatum = None
            zaak.archiefactiedatum = None
            zaak.archiefnominatie = None
    await ctx.session.flush()
    view = await one(ctx, STATUS, row, zaak)
    record_change(
        ctx, zaak, resource="status", actie="create", status=201, url=view.url, oud=None, nieuw=view
    )
    await ctx.session.commit()
    return view
