"""Objecttypes and their versions: reads, writes (with audit), and lookups for the Objects API."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.audit import Actor, record_audit
from fundament.common.component import LocalCollection
from fundament.common.errors import InvalidParam, NotFound, ValidationFailed
from fundament.common.pagination import PageParams
from fundament.common.responses import dump
from fundament.components.objecttypen import models as m
from fundament.components.objecttypen import rules
from fundament.components.objecttypen.schemas import (
    ObjectType,
    ObjectTypeCreate,
    ObjectVersion,
    ObjectVersionCreate,
)

BRON = "objecttypen"
COLLECTION = "objecttypes"


@dataclass(slots=True)
class Ctx:
    """One request as the Objecttypes services see it."""

    session: AsyncSession
    api_root: str  # public URL of the API root the request came in on
    actor: Actor | None

    def type_url(self, key: uuid.UUID) -> str:
        return f"{self.api_root}/{COLLECTION}/{key}"


def today() -> date:
    return datetime.now(UTC).date()


def fail(problems: list[InvalidParam]) -> None:
    if problems:
        raise ValidationFailed(problems)


# --- views ------------------------------------------------------------------------------------


def objecttype_view(api_root: str, row: m.ObjectType, versions: list[int]) -> ObjectType:
    url = f"{api_root}/{COLLECTION}/{row.uuid}"
    return ObjectType(
        url=url,
        uuid=row.uuid,
        name=row.name,
        name_plural=row.name_plural,
        description=row.description,
        data_classification=row.data_classification,  # type: ignore[arg-type]
        maintainer_organization=row.maintainer_organization,
        maintainer_department=row.maintainer_department,
        contact_person=row.contact_person,
        contact_email=row.contact_email,
        source=row.source,
        update_frequency=row.update_frequency,  # type: ignore[arg-type]
        provider_organization=row.provider_organization,
        documentation_url=row.documentation_url,
        labels=row.labels or {},
        allow_geometry=row.allow_geometry,
        created_at=row.created_at,
        modified_at=row.modified_at,
        versions=[f"{url}/versions/{number}" for number in sorted(versions, reverse=True)],
    )


def version_view(api_root: str, type_uuid: uuid.UUID, row: m.ObjectVersion) -> ObjectVersion:
    type_url = f"{api_root}/{COLLECTION}/{type_uuid}"
    return ObjectVersion(
        url=f"{type_url}/versions/{row.version}",
        version=row.version,
        object_type=type_url,
        status=row.status,  # type: ignore[arg-type]
        json_schema=row.json_schema or {},
        created_at=row.created_at,
        modified_at=row.modified_at,
        published_at=row.published_at,
    )


async def _version_numbers(session: AsyncSession, ids: list[int]) -> dict[int, list[int]]:
    """The version numbers of each objecttype, in one query (no N+1)."""
    numbers: dict[int, list[int]] = {key: [] for key in ids}
    if ids:
        query = select(m.ObjectVersion.objecttype_id, m.ObjectVersion.version).where(
            m.ObjectVersion.objecttype_id.in_(ids)
        )
        for owner, number in (await session.execute(query)).all():
            numbers[owner].append(number)
    return numbers


async def _type_row(ctx: Ctx, key: uuid.UUID, *, for_update: bool = False) -> m.ObjectType:
    query = select(m.ObjectType).where(m.ObjectType.uuid == key)
    if for_update:
        query = query.with_for_update()
    row = (await ctx.session.execute(query)).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return row


def _record(
    ctx: Ctx,
    *,
    actie: str,
    status: int,
    hoofd_object: str,
    resource: str,
    url: str,
    weergave: str,
    oud: BaseModel | None,
    nieuw: BaseModel | None,
) -> None:
    if ctx.actor is None:
        return
    record_audit(
        ctx.session,
        ctx.actor,
        bron=BRON,
        actie=actie,
        resultaat=status,
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=url,
        resource_weergave=weergave,
        oud=dump(oud) if oud else None,
        nieuw=dump(nieuw) if nieuw else None,
    )


# --- objecttypes ------------------------------------------------------------------------------


async def list_objecttypes(
    ctx: Ctx, data_classification: str | None, params: PageParams
) -> tuple[int, list[ObjectType]]:
    query = select(m.ObjectType)
    if data_classification:
        query = query.where(m.ObjectType.data_classification == data_classification)
    count = (
        await ctx.session.execute(select(func.count()).select_from(query.subquery()))
    ).scalar_one()
    rows = list(
        (
            await ctx.session.execute(
                query.order_by(m.ObjectType.id.desc()).offset(params.offset).limit(params.page_size)
            )
        ).scalars()
    )
    numbers = await _version_numbers(ctx.session, [row.id for row in rows])
    return count, [objecttype_view(ctx.api_root, row, numbers[row.id]) for row in rows]


async def get_objecttype(ctx: Ctx, key: uuid.UUID) -> ObjectType:
    row = await _type_row(ctx, key)
    numbers = await _version_numbers(ctx.session, [row.id])
    return objecttype_view(ctx.api_root, row, numbers[row.id])


def _fields(body: ObjectTypeCreate) -> dict[str, Any]:
    return body.model_dump(exclude={"uuid"})


async def create_objecttype(ctx: Ctx, body: ObjectTypeCreate) -> ObjectType:
    key = body.uuid or uuid.uuid4()
    exists = (
        await ctx.session.execute(select(m.ObjectType.id).where(m.ObjectType.uuid == key))
    ).first()
    if exists:
        raise ValidationFailed.single(
            "uuid", "unique", "Er bestaat al een objecttype met deze uuid."
        )
    row = m.ObjectType(uuid=key, created_at=today(), modified_at=today(), **_fields(body))
    ctx.session.add(row)
    await ctx.session.flush()
    view = objecttype_view(ctx.api_root, row, [])
    _record(
        ctx,
        actie="create",
        status=201,
        hoofd_object=view.url,
        resource="objecttype",
        url=view.url,
        weergave=row.name,
        oud=None,
        nieuw=view,
    )
    await ctx.session.commit()
    return view


async def update_objecttype(
    ctx: Ctx, key: uuid.UUID, body: ObjectTypeCreate, *, partial: bool
) -> ObjectType:
    row = await _type_row(ctx, key, for_update=True)
    numbers = await _version_numbers(ctx.session, [row.id])
    before = objecttype_view(ctx.api_root, row, numbers[row.id])
    fail(rules.immutable_problems("uuid", body.uuid is not None and body.uuid != row.uuid))
    for name, value in _fields(body).items():
        setattr(row, name, value)
    row.modified_at = today()
    view = objecttype_view(ctx.api_root, row, numbers[row.id])
    _record(
        ctx,
        actie="partial_update" if partial else "update",
        status=200,
        hoofd_object=view.url,
        resource="objecttype",
        url=view.url,
        weergave=row.name,
        oud=before,
        nieuw=view,
    )
    await ctx.session.commit()
    return view


async def delete_objecttype(ctx: Ctx, key: uuid.UUID) -> None:
    row = await _type_row(ctx, key, for_update=True)
    numbers = await _version_numbers(ctx.session, [row.id])
    fail(rules.objecttype_delete_problems(len(numbers[row.id])))
    before = objecttype_view(ctx.api_root, row, [])
    await ctx.session.delete(row)
    _record(
        ctx,
        actie="destroy",
        status=204,
        hoofd_object=before.url,
        resource="objecttype",
        url=before.url,
        weergave=row.name,
        oud=before,
        nieuw=None,
    )
    await ctx.session.commit()


# --- versions ---------------------------------------------------------------------------------


async def _version_row(
    ctx: Ctx, key: uuid.UUID, number: int, *, for_update: bool = False
) -> m.ObjectVersion:
    query = (
        select(m.ObjectVersion)
        .join(m.ObjectType, m.ObjectType.id == m.ObjectVersion.objecttype_id)
        .where(m.ObjectType.uuid == key, m.ObjectVersion.version == number)
    )
    if for_update:
        query = query.with_for_update()
    row = (await ctx.session.execute(query)).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return row


async def list_versions(
    ctx: Ctx, key: uuid.UUID, params: PageParams
) -> tuple[int, list[ObjectVersion]]:
    owner = await _type_row(ctx, key)
    query = select(m.ObjectVersion).where(m.ObjectVersion.objecttype_id == owner.id)
    count = (
        await ctx.session.execute(select(func.count()).select_from(query.subquery()))
    ).scalar_one()
    rows = (
        await ctx.session.execute(
            query.order_by(m.ObjectVersion.version.desc())
            .offset(params.offset)
            .limit(params.page_size)
        )
    ).scalars()
    return count, [version_view(ctx.api_root, key, row) for row in rows]


async def get_version(ctx: Ctx, key: uuid.UUID, number: int) -> ObjectVersion:
    return version_view(ctx.api_root, key, await _version_row(ctx, key, number))


async def create_version(ctx: Ctx, key: uuid.UUID, body: ObjectVersionCreate) -> ObjectVersion:
    owner = await _type_row(ctx, key, for_update=True)
    fail(rules.json_schema_problems(body.json_schema) + rules.new_version_problems(body.status))
    last = (
        await ctx.session.execute(
            select(func.max(m.ObjectVersion.version)).where(
                m.ObjectVersion.objecttype_id == owner.id
            )
        )
    ).scalar()
    row = m.ObjectVersion(
        objecttype_id=owner.id,
        version=(last or 0) + 1,
        status=body.status,
        json_schema=body.json_schema,
        created_at=today(),
        modified_at=today(),
        published_at=today() if body.status == rules.PUBLISHED else None,
    )
    ctx.session.add(row)
    owner.modified_at = today()
    view = version_view(ctx.api_root, key, row)
    _record(
        ctx,
        actie="create",
        status=201,
        hoofd_object=view.object_type,
        resource="objectversion",
        url=view.url,
        weergave=f"{owner.name} v{row.version}",
        oud=None,
        nieuw=view,
    )
    await ctx.session.commit()
    return view


async def update_version(
    ctx: Ctx, key: uuid.UUID, number: int, body: ObjectVersionCreate, *, partial: bool
) -> ObjectVersion:
    row = await _version_row(ctx, key, number, for_update=True)
    before = version_view(ctx.api_root, key, row)
    schema_changed = body.json_schema != (row.json_schema or {})
    fail(rules.version_change_problems(row.status, body.status, schema_changed=schema_changed))
    if schema_changed:
        fail(rules.json_schema_problems(body.json_schema))
    if body.status == rules.PUBLISHED and row.status != rules.PUBLISHED:
        row.published_at = today()
    row.status = body.status
    row.json_schema = body.json_schema
    row.modified_at = today()
    view = version_view(ctx.api_root, key, row)
    _record(
        ctx,
        actie="partial_update" if partial else "update",
        status=200,
        hoofd_object=view.object_type,
        resource="objectversion",
        url=view.url,
        weergave=f"v{row.version}",
        oud=before,
        nieuw=view,
    )
    await ctx.session.commit()
    return view


async def delete_version(ctx: Ctx, key: uuid.UUID, number: int) -> None:
    row = await _version_row(ctx, key, number, for_update=True)
    fail(rules.version_delete_problems(row.status))
    before = version_view(ctx.api_root, key, row)
    await ctx.session.delete(row)
    _record(
        ctx,
        actie="destroy",
        status=204,
        hoofd_object=before.object_type,
        resource="objectversion",
        url=before.url,
        weergave=f"v{row.version}",
        oud=before,
        nieuw=None,
    )
    await ctx.session.commit()


# --- for the Objects API and other components -------------------------------------------------


@dataclass(frozen=True, slots=True)
class VersionSchema:
    """What the Objects API needs of one objecttype version to validate a record."""

    status: str
    json_schema: dict[str, Any]


async def version_schema(
    session: AsyncSession, key: uuid.UUID, number: int
) -> VersionSchema | None:
    """An objecttype version served by this deployment, read in the caller's session."""
    query = (
        select(m.ObjectVersion.status, m.ObjectVersion.json_schema)
        .join(m.ObjectType, m.ObjectType.id == m.ObjectVersion.objecttype_id)
        .where(m.ObjectType.uuid == key, m.ObjectVersion.version == number)
    )
    row = (await session.execute(query)).first()
    return VersionSchema(row[0], row[1] or {}) if row else None


async def _objecttype_loader(
    session: AsyncSession, key: uuid.UUID, api_root: str
) -> dict[str, Any] | None:
    row = (
        await session.execute(select(m.ObjectType).where(m.ObjectType.uuid == key))
    ).scalar_one_or_none()
    if row is None:
        return None
    numbers = await _version_numbers(session, [row.id])
    return dump(objecttype_view(api_root, row, numbers[row.id]))


COLLECTIONS: tuple[LocalCollection, ...] = (LocalCollection(COLLECTION, _objecttype_loader),)


# --- the objecttypes shipped with Fundament ---------------------------------------------------

DEFAULTS = ("verzoek", "taak", "bericht")


def default_documents() -> list[dict[str, Any]]:
    """The shipped objecttypes (verzoek, taak, bericht), each with its published JSON Schema."""
    folder = resources.files("fundament.components.objecttypen") / "defaults"
    return [json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in DEFAULTS]


async def load_defaults(session: AsyncSession) -> list[tuple[str, uuid.UUID, bool]]:
    """Create the shipped objecttypes with version 1 published, under their fixed UUIDs;
    one already present is left as it is. Returns (name, uuid, created) per objecttype."""
    result = []
    for document in default_documents():
        body = ObjectTypeCreate.model_validate(document["objecttype"])
        schema = document["jsonSchema"]
        assert not rules.json_schema_problems(schema), document["objecttype"]["name"]
        key = body.uuid or uuid.uuid4()
        present = (
            await session.execute(select(m.ObjectType.id).where(m.ObjectType.uuid == key))
        ).first()
        if present:
            result.append((body.name, key, False))
            continue
        owner = m.ObjectType(uuid=key, created_at=today(), modified_at=today(), **_fields(body))
        session.add(owner)
        await session.flush()
        session.add(
            m.ObjectVersion(
                objecttype_id=owner.id,
                version=1,
                status=rules.PUBLISHED,
                json_schema=schema,
                created_at=today(),
                modified_at=today(),
                published_at=today(),
            )
        )
        result.append((body.name, key, True))
    await session.commit()
    return result
