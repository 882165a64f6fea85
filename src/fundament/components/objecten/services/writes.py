"""Writing objects: every change is a new record (the previous one ends where it starts);
a correction names the record it corrects. Change, audit record and notification commit
together."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from fundament.common.audit import record_audit
from fundament.common.errors import NotFound, ValidationFailed
from fundament.common.outbox import enqueue_notification
from fundament.components.objecten import kanalen, rules, views
from fundament.components.objecten import models as m
from fundament.components.objecten.schemas import ObjectCreate, ObjectPatch, RecordCreate
from fundament.components.objecten.services.base import Ctx
from fundament.components.objecten.services.queries import latest_record, today
from fundament.components.objecten.services.types import load_type_version

BRON = "objecten"


def _bbox(geometry: dict[str, Any] | None) -> dict[str, float | None]:
    if geometry is None:
        return {"min_x": None, "min_y": None, "max_x": None, "max_y": None}
    min_x, min_y, max_x, max_y = rules.parse_geometry(geometry).bounds
    return {"min_x": min_x, "min_y": min_y, "max_x": max_x, "max_y": max_y}


async def _validate(
    ctx: Ctx, type_url: str, record: RecordCreate, *, indexes: set[int], current_version: int | None
) -> None:
    """The record against its objecttype version: published, schema, geometry, correction."""
    found = await load_type_version(ctx, type_url, record.type_version)
    problems = rules.type_version_problems(
        found.status, current_version=record.type_version == current_version
    )
    if not problems:
        problems += rules.data_problems(record.data, found.json_schema)
    problems += rules.geometry_problems(record.geometry, found.allow_geometry)
    problems += rules.correction_problems(record.correction_for, indexes)
    if problems:
        raise ValidationFailed(problems)


def _new_record(obj: m.Object, index: int, record: RecordCreate) -> m.Record:
    return m.Record(
        object_id=obj.id,
        index=index,
        type_version=record.type_version,
        data=record.data,
        geometry=record.geometry,
        start_at=record.start_at,
        registration_at=today(),
        correction_for=record.correction_for,
        references=[reference.model_dump() for reference in record.references],
        **_bbox(record.geometry),
    )


def _record_change(
    ctx: Ctx,
    obj: m.Object,
    *,
    actie: str,
    status: int,
    oud: dict[str, Any] | None,
    nieuw: dict[str, Any] | None,
    notify: bool = True,
) -> None:
    url = ctx.url(obj.uuid)
    if ctx.actor is not None:
        record_audit(
            ctx.session,
            ctx.actor,
            bron=BRON,
            actie=actie,
            resultaat=status,
            hoofd_object=url,
            resource=kanalen.RESOURCE,
            resource_url=url,
            resource_weergave=str(obj.uuid),
            oud=oud,
            nieuw=nieuw,
        )
    if notify:
        enqueue_notification(
            ctx.session,
            kanaal=kanalen.OBJECTEN.naam,
            hoofd_object=url,
            resource=kanalen.RESOURCE,
            resource_url=url,
            actie=actie,
            kenmerken={"objectType": obj.type},
        )


async def create_object(ctx: Ctx, body: ObjectCreate) -> dict[str, Any]:
    await ctx.require(body.type, write=True)
    await _validate(ctx, body.type, body.record, indexes=set(), current_version=None)
    key = body.uuid or uuid.uuid4()
    taken = (await ctx.session.execute(select(m.Object.id).where(m.Object.uuid == key))).first()
    if taken:
        raise ValidationFailed.single("uuid", "unique", "Er bestaat al een object met deze uuid.")
    obj = m.Object(uuid=key, type=body.type)
    ctx.session.add(obj)
    await ctx.session.flush()
    record = _new_record(obj, 1, body.record)
    ctx.session.add(record)
    await ctx.session.flush()
    view = views.object_view(ctx.url(key), key, obj.type, record)
    _record_change(ctx, obj, actie="create", status=201, oud=None, nieuw=view)
    await ctx.session.commit()
    return view


async def _load_for_update(ctx: Ctx, key: uuid.UUID) -> tuple[m.Object, m.Record, set[int]]:
    obj = (
        await ctx.session.execute(select(m.Object).where(m.Object.uuid == key).with_for_update())
    ).scalar_one_or_none()
    if obj is None:
        raise NotFound()
    await ctx.require(obj.type, write=True)
    indexes = set(
        (await ctx.session.execute(select(m.Record.index).where(m.Record.object_id == obj.id)))
        .scalars()
        .all()
    )
    return obj, await latest_record(ctx, obj), indexes


def patched_record(last: m.Record, patch: ObjectPatch) -> RecordCreate:
    """A PATCH's new record: the newest record with the sent fields laid over it; `data` is
    merged recursively (JSON Merge Patch, as the Objects API describes)."""
    sent = patch.record.model_dump(exclude_unset=True) if patch.record is not None else {}
    values: dict[str, Any] = {
        "type_version": last.type_version,
        "data": last.data or {},
        "geometry": last.geometry,
        "start_at": last.start_at,
        "references": last.references or [],
    }
    for name, value in sent.items():
        if name == "data":
            values["data"] = rules.merge_patch(values["data"], value or {})
        elif value is not None or name in ("geometry", "correction_for"):
            values[name] = value
    return RecordCreate.model_validate(values)


async def update_object(
    ctx: Ctx, key: uuid.UUID, body: ObjectCreate | ObjectPatch
) -> dict[str, Any]:
    obj, last, indexes = await _load_for_update(ctx, key)
    partial = isinstance(body, ObjectPatch)
    problems = rules.immutable_problems("type", body.type is not None and body.type != obj.type)
    problems += rules.immutable_problems("uuid", body.uuid is not None and body.uuid != obj.uuid)
    if problems:
        raise ValidationFailed(problems)
    record = patched_record(last, body) if isinstance(body, ObjectPatch) else body.record
    await _validate(ctx, obj.type, record, indexes=indexes, current_version=last.type_version)
    before = views.object_view(ctx.url(key), key, obj.type, last)
    new = _new_record(obj, last.index + 1, record)
    last.end_at = record.start_at
    if record.correction_for is not None:
        corrected = (
            await ctx.session.execute(
                select(m.Record).where(
                    m.Record.object_id == obj.id, m.Record.index == record.correction_for
                )
            )
        ).scalar_one()
        corrected.corrected_by = new.index
    ctx.session.add(new)
    await ctx.session.flush()
    view = views.object_view(ctx.url(key), key, obj.type, new)
    actie = "partial_update" if partial else "update"
    _record_change(ctx, obj, actie=actie, status=200, oud=before, nieuw=view)
    await ctx.session.commit()
    return view


async def delete_object(ctx: Ctx, key: uuid.UUID, zaak: str | None) -> list[str] | None:
    """Delete the object and all its records; with `zaak` (experimental in the standard), an
    object whose current record refers to other zaken too is kept and only loses that zaak.
    Returns the kept object URLs, or None when deleted."""
    obj, last, _ = await _load_for_update(ctx, key)
    before = views.object_view(ctx.url(key), key, obj.type, last)
    if zaak is not None:
        references = last.references or []
        others = [r for r in references if r.get("type") == "zaak" and r.get("url") != zaak]
        if others:
            last.references = [r for r in references if r.get("url") != zaak]
            after = views.object_view(ctx.url(key), key, obj.type, last)
            _record_change(ctx, obj, actie="partial_update", status=200, oud=before, nieuw=after)
            await ctx.session.commit()
            return [ctx.url(key)]
    await ctx.session.delete(obj)
    _record_change(ctx, obj, actie="destroy", status=204, oud=before, nieuw=None)
    await ctx.session.commit()
    return None
