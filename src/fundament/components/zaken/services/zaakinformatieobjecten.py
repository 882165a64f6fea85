"""Zaakinformatieobjecten: a document related to a zaak (zrc-003/004/005/017), mirrored in the
Documenten API in the same transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import exists, select

from fundament.common.errors import ValidationFailed
from fundament.common.urls import uuid_from_url
from fundament.components.zaken import models as m
from fundament.components.zaken import rules, scopes, views
from fundament.components.zaken import schemas as s
from fundament.components.zaken.services.base import Ctx, fail, resolve
from fundament.components.zaken.services.mirrors import (
    create_document_mirror,
    delete_document_mirror,
)
from fundament.components.zaken.services.parts import WRITE, Part
from fundament.components.zaken.services.specs import DOCUMENT_KEYS, listed, same_zaak


async def _fill_zio(
    ctx: Ctx,
    row: m.ZaakInformatieObject,
    data: s.ZaakInformatieObjectCreate,
    zaak: m.Zaak,
    creating: bool,
) -> None:
    same_zaak(data, zaak, ctx, creating)
    if not creating:
        fail(rules.immutable("informatieobject", data.informatieobject != row.informatieobject))
    else:
        document = await resolve(ctx, data.informatieobject, "informatieobject", DOCUMENT_KEYS)
        taken = (
            await ctx.session.execute(
                select(
                    exists().where(
                        m.ZaakInformatieObject.zaak_id == zaak.id,
                        m.ZaakInformatieObject.informatieobject == data.informatieobject,
                    )
                )
            )
        ).scalar()
        if taken:
            fail(
                [
                    rules.InvalidParam(
                        rules.NON_FIELD, "unique", "Dit informatieobject hoort al bij de zaak."
                    )
                ]
            )
        fail(
            rules.informatieobjecttype_allowed(
                document["informatieobjecttype"], await listed(ctx, zaak, "informatieobjecttypen")
            )
        )
        fail(rules.archive_open(zaak.archiefstatus))
    status_id = None
    if data.status:
        status = (
            await ctx.session.execute(
                select(m.Status).where(
                    m.Status.uuid == uuid_from_url(data.status, "statussen"),
                    m.Status.zaak_id == zaak.id,
                )
            )
        ).scalar_one_or_none()
        if status is None:
            raise ValidationFailed.single(
                "status", "bad-url", "De status hoort niet bij deze zaak."
            )
        status_id = status.id
    row.informatieobject = data.informatieobject
    row.titel = data.titel
    row.beschrijving = data.beschrijving
    row.vernietigingsdatum = data.vernietigingsdatum
    row.status_id = status_id


async def _zio_views(
    ctx: Ctx, rows: Sequence[tuple[m.ZaakInformatieObject, uuid.UUID]]
) -> list[s.ZaakInformatieObject]:
    ids = {row.status_id for row, _ in rows if row.status_id}
    uuids: dict[int, uuid.UUID] = {}
    if ids:
        found = await ctx.session.execute(
            select(m.Status.id, m.Status.uuid).where(m.Status.id.in_(ids))
        )
        uuids = dict(found.all())
    return [
        views.zaakinformatieobject(ctx.url, row, zaak_uuid, uuids.get(row.status_id or 0))
        for row, zaak_uuid in rows
    ]


async def _zio_mirror(ctx: Ctx, row: m.ZaakInformatieObject, zaak: m.Zaak, actie: str) -> None:
    """zrc-005: the objectinformatieobject in the Documenten API follows the relation."""
    if actie == "create":
        await create_document_mirror(ctx, row.informatieobject, ctx.zaak_url(zaak))
    elif actie == "destroy":
        await delete_document_mirror(ctx, row.informatieobject, ctx.zaak_url(zaak))


ZAAKINFORMATIEOBJECT = Part(
    model=m.ZaakInformatieObject,
    collection="zaakinformatieobjecten",
    resource="zaakinformatieobject",
    fill=_fill_zio,
    views=_zio_views,
    after=_zio_mirror,
    create_scopes=(scopes.SCOPE_AANMAKEN, *WRITE),
    delete_scopes=(*WRITE, scopes.SCOPE_VERWIJDEREN),
)
