"""What every Documenten use case shares: context, authorisation, lookups, change records."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common import audit as audit_trail
from fundament.common.audit import Actor, Change
from fundament.common.auth import AuthContext
from fundament.common.errors import InvalidParam, NotFound, PermissionDenied, ValidationFailed
from fundament.common.urls import UrlResolver, uuid_from_url
from fundament.components.documenten import kanalen, scopes
from fundament.components.documenten import models as m
from fundament.components.documenten.storage import Storage

logger = logging.getLogger("fundament.documenten")

BRON = "drc"
EIO = "enkelvoudiginformatieobjecten"
RESOURCE_EIO = "enkelvoudiginformatieobject"


@dataclass(slots=True)
class Ctx:
    """One request as the Documenten services see it."""

    session: AsyncSession
    api_root: str  # public URL of the Documenten API root, e.g. http://host/documenten/api/v1
    base: str  # public scheme://host of this deployment
    auth: AuthContext
    actor: Actor | None
    resolver: UrlResolver
    storage: Storage
    part_size: int

    def url(self, collection: str, key: uuid.UUID) -> str:
        return f"{self.api_root}/{collection}/{key}"

    def allowed(self, scope: str, versie: m.Versie) -> bool:
        return self.auth.allows(
            scopes.COMPONENT, scope, versie.informatieobjecttype, versie.vertrouwelijkheidaanduiding
        )

    def require(self, versie: m.Versie, *alternatives: str) -> None:
        """403 unless one of the scopes is granted for this document's type and
        vertrouwelijkheidaanduiding (the autorisatie per informatieobjecttype)."""
        if not any(self.allowed(scope, versie) for scope in alternatives):
            raise PermissionDenied(
                "Geen autorisatie voor dit informatieobjecttype of deze vertrouwelijkheid."
            )

    def sql_filter(self, scope: str = scopes.SCOPE_LEZEN) -> ColumnElement[bool]:
        """List filter on the latest version's type and confidentiality, in SQL."""
        return self.auth.sql_filter(
            scopes.COMPONENT,
            scope,
            m.Versie.informatieobjecttype,
            m.Versie.vertrouwelijkheidaanduiding,
        )


def fail(problems: list[InvalidParam]) -> None:
    if problems:
        raise ValidationFailed(problems)


def own_uuid(ctx: Ctx, url: str, collection: str) -> uuid.UUID | None:
    """The UUID of one of this deployment's Documenten resources, given by URL."""
    key = uuid_from_url(url, collection)
    if key is None or not ctx.resolver.is_local(url, ctx.base):
        return None
    if urlsplit(url).path.rstrip("/") != f"{urlsplit(ctx.api_root).path}/{collection}/{key}":
        return None
    return key


def latest_of(*conditions: Any) -> Any:
    """The latest version of each document with the document row (one row per document)."""
    query = (
        select(m.Versie, m.InformatieObject)
        .join(m.InformatieObject, m.InformatieObject.id == m.Versie.informatieobject_id)
        .where(m.Versie.latest.is_(True))
    )
    return query.where(*conditions) if conditions else query


async def get_document(
    ctx: Ctx, key: uuid.UUID, *, for_update: bool = False
) -> tuple[m.Versie, m.InformatieObject]:
    """The latest version and the document; 404 when there is none."""
    query = latest_of(m.InformatieObject.uuid == key)
    if for_update:
        query = query.with_for_update(of=m.InformatieObject)
    row = (await ctx.session.execute(query)).first()
    if row is None:
        raise NotFound()
    return row[0], row[1]


async def document_by_url(
    ctx: Ctx, url: str, field: str, *, for_update: bool = False
) -> tuple[m.Versie, m.InformatieObject]:
    """A document referenced by URL; it must be one of this deployment's (`bad-url`)."""
    key = own_uuid(ctx, url, EIO)
    row = None
    if key is not None:
        query = latest_of(m.InformatieObject.uuid == key)
        if for_update:
            query = query.with_for_update(of=m.InformatieObject)
        row = (await ctx.session.execute(query)).first()
    if row is None:
        raise ValidationFailed.single(
            field, "bad-url", "De URL verwijst niet naar een bestaand informatieobject."
        )
    return row[0], row[1]


def document_filter(ctx: Ctx, url: str | None, name: str = "informatieobject") -> uuid.UUID | None:
    """`?informatieobject=<url>` reduced to the document's UUID (400 for no URL at all)."""
    if not url:
        return None
    key = uuid_from_url(url, EIO)
    if key is None:
        raise ValidationFailed.single(name, "invalid", "Voer een geldige URL in.")
    return key


async def count_and_page(
    ctx: Ctx, query: Select[Any], order: Any, offset: int, limit: int
) -> tuple[int, list[Any]]:
    count = (
        await ctx.session.execute(select(func.count()).select_from(query.order_by(None).subquery()))
    ).scalar_one()
    rows = (await ctx.session.execute(query.order_by(order).offset(offset).limit(limit))).all()
    return count, list(rows)


def now() -> datetime:
    return datetime.now(UTC)


def kenmerken(versie: m.Versie) -> dict[str, str]:
    """The kenmerken of kanaal `documenten` (OAS info.description)."""
    return {
        "bronorganisatie": versie.bronorganisatie,
        "informatieobjecttype": versie.informatieobjecttype,
        "vertrouwelijkheidaanduiding": versie.vertrouwelijkheidaanduiding,
    }


def record_change(
    ctx: Ctx,
    *,
    resource: str,
    actie: str,
    status: int,
    url: str,
    document_url: str,
    versie: m.Versie,
    oud: BaseModel | None,
    nieuw: BaseModel | None,
    notify: bool = True,
    audit: bool = True,
) -> None:
    """Audit record (under the document's trail) and notification, in the write's transaction."""
    change = Change(
        bron=BRON,
        kanaal=kanalen.DOCUMENTEN.naam,
        hoofd_object=document_url,
        resource=resource,
        actie=actie,
        status=status,
        url=url,
        weergave=f"{versie.bronorganisatie} - {versie.identificatie}",
        kenmerken=kenmerken(versie),
    )
    audit_trail.record_change(
        ctx.session, ctx.actor, change, oud, nieuw, audit=audit, notify=notify
    )


async def discard(storage: Storage, keys: Iterable[str | None]) -> None:
    """Remove contents no committed row refers to (any more); a failure only leaves a file."""
    wanted = [key for key in dict.fromkeys(keys) if key]
    if not wanted:
        return
    try:
        await storage.delete(wanted)
    except OSError:
        logger.exception("could not remove %d stored contents", len(wanted))
