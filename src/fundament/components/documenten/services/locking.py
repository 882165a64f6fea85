"""Checkout (lock), checkin (unlock, merging a chunked upload) and uploading bestandsdelen."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from fundament.common.errors import InvalidParam, NotFound
from fundament.components.documenten import models as m
from fundament.components.documenten import rules, scopes
from fundament.components.documenten.multipart import PartUpload
from fundament.components.documenten.schemas.informatieobject import BestandsDeelUpload, Lock
from fundament.components.documenten.services.base import (
    Ctx,
    discard,
    fail,
    get_document,
    latest_of,
)
from fundament.components.documenten.services.informatieobjecten import parts_of
from fundament.components.documenten.storage import copy_into


async def lock(ctx: Ctx, key: uuid.UUID) -> Lock:
    """drc-009: check the document out; only the returned lock id writes or unlocks it."""
    versie, document = await get_document(ctx, key, for_update=True)
    ctx.require(versie, scopes.SCOPE_LOCK)
    fail(rules.not_locked(document.lock))
    document.lock = rules.new_lock()
    answer = Lock(lock=document.lock)
    await ctx.session.commit()
    return answer


async def unlock(ctx: Ctx, key: uuid.UUID, given: str) -> None:
    """drc-009/010: check the document in with its lock id, or forced with
    `documenten.geforceerd-unlock`. A complete chunked upload is merged into the content of
    the latest version; a forced unlock of an incomplete one drops the parts."""
    versie, document = await get_document(ctx, key, for_update=True)
    ctx.require(versie, scopes.SCOPE_LOCK, scopes.SCOPE_GEFORCEERD_UNLOCK)
    forced = ctx.allowed(scopes.SCOPE_GEFORCEERD_UNLOCK, versie)
    parts = (await parts_of(ctx, [document.id]))[document.id]
    sizes = [part.omvang if part.inhoud else None for part in parts]
    if not forced:
        fail(
            rules.lock_matches(document.lock, given)
            or rules.upload_complete(sizes, versie.inhoud is not None, versie.bestandsomvang)
        )
    merged: str | None = None
    try:
        if parts and all(part.inhoud for part in parts):
            writer = ctx.storage.writer()
            try:
                await copy_into(ctx.storage, writer, [part.inhoud for part in parts if part.inhoud])
                stored = await writer.commit()
            except BaseException:
                await writer.abort()
                raise
            merged = stored.key
            versie.inhoud = stored.key
            versie.bestandsomvang = stored.size
        elif parts:
            versie.bestandsomvang = None  # forced: the upload was never completed
        for part in parts:
            await ctx.session.delete(part)
        document.lock = ""
        await ctx.session.commit()
    except BaseException:
        await ctx.session.rollback()
        await discard(ctx.storage, [merged])
        raise
    await discard(ctx.storage, [part.inhoud for part in parts])


async def upload_part(ctx: Ctx, key: uuid.UUID, upload: PartUpload) -> BestandsDeelUpload:
    """One bestandsdeel of a chunked upload: exactly `omvang` bytes, with the lock id."""
    content = upload.content
    try:
        part = (
            await ctx.session.execute(select(m.BestandsDeel).where(m.BestandsDeel.uuid == key))
        ).scalar_one_or_none()
        if part is None:
            raise NotFound()
        row = (
            await ctx.session.execute(
                latest_of(m.InformatieObject.id == part.informatieobject_id).with_for_update(
                    of=m.InformatieObject
                )
            )
        ).first()
        if row is None:
            raise NotFound()
        versie, document = row[0], row[1]
        ctx.require(versie, scopes.SCOPE_BIJWERKEN)
        given = upload.fields.get("lock", "")
        problems: list[InvalidParam] = []
        if not given:
            problems.append(InvalidParam("lock", "required", "Dit veld is vereist."))
        if content is None:
            problems.append(InvalidParam("inhoud", "required", "Dit veld is vereist."))
        fail(problems)
        assert content is not None
        fail(rules.file_size(content.size, part.omvang) + rules.lock_matches(document.lock, given))
        previous, part.inhoud = part.inhoud, content.key
        answer = BestandsDeelUpload(
            url=ctx.url("bestandsdelen", part.uuid),
            lock=given,
            omvang=part.omvang,
            voltooid=True,
            volgnummer=part.volgnummer,
        )
        await ctx.session.commit()
    except BaseException:
        await ctx.session.rollback()
        await discard(ctx.storage, [content.key if content else None])
        raise
    await discard(ctx.storage, [previous])
    return answer
