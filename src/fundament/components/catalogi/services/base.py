"""What every Catalogi use case shares: request context, references, filters, change records."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel
from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.interfaces import LoaderOption

from fundament.common import refcache
from fundament.common.audit import Actor, record_audit
from fundament.common.auth import AuthContext
from fundament.common.errors import InvalidParam, NotFound, ValidationFailed
from fundament.common.outbox import enqueue_notification
from fundament.common.pagination import PageParams
from fundament.common.responses import dump
from fundament.common.urls import UrlResolver, uuid_from_url
from fundament.components.autorisaties import services as autorisaties
from fundament.components.catalogi import scopes

BRON = "ztc"
R = TypeVar("R")


@dataclass(slots=True)
class Ctx:
    """One request as the Catalogi services see it."""

    session: AsyncSession
    api_root: str  # public URL of the Catalogi API root, e.g. http://host/catalogi/api/v1
    base: str  # public scheme://host of this deployment
    auth: AuthContext
    actor: Actor | None
    resolver: UrlResolver

    def url(self, collection: str, key: uuid.UUID) -> str:
        return f"{self.api_root}/{collection}/{key}"

    @property
    def autorisaties_root(self) -> str:
        return self.base + autorisaties.ROOT

    @property
    def forced_write(self) -> bool:
        return self.auth.has_scope(scopes.COMPONENT, scopes.SCOPE_GEFORCEERD_SCHRIJVEN)

    @property
    def forced_delete(self) -> bool:
        return self.auth.has_scope(scopes.COMPONENT, scopes.SCOPE_GEFORCEERD_VERWIJDEREN)


def fail(problems: list[InvalidParam]) -> None:
    if problems:
        raise ValidationFailed(problems)


async def by_url(
    ctx: Ctx, model: type[R], collection: str, url: str, field: str, *options: LoaderOption
) -> R:
    """A Catalogi resource referenced by URL; it must be one of this deployment's (`bad-url`)."""
    key = uuid_from_url(url, collection)
    row = None
    exact_path = f"{urlsplit(ctx.api_root).path}/{collection}/{key}"
    if (
        key is not None
        and ctx.resolver.is_local(url, ctx.base)
        and urlsplit(url).path.rstrip("/") == exact_path
    ):
        query = select(model).where(model.uuid == key)  # type: ignore[attr-defined]
        row = (await ctx.session.execute(query.options(*options))).scalar_one_or_none()
    if row is None:
        raise ValidationFailed.single(
            field, "bad-url", f"De URL verwijst niet naar een bestaand object ({collection})."
        )
    return row


async def all_by_url(
    ctx: Ctx, model: type[R], collection: str, urls: Sequence[str], field: str
) -> list[R]:
    return [await by_url(ctx, model, collection, url, field) for url in dict.fromkeys(urls)]


async def get(ctx: Ctx, model: type[R], key: uuid.UUID, *options: LoaderOption) -> R:
    query = select(model).where(model.uuid == key).options(*options)  # type: ignore[attr-defined]
    row = (await ctx.session.execute(query)).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return row


async def page_of_rows(
    ctx: Ctx, query: Select[Any], model: type[R], page: PageParams
) -> tuple[int, list[R]]:
    """Count and one page of a filtered query over `model` (ordered by id)."""
    count_query = select(func.count()).select_from(query.order_by(None).subquery())
    count = (await ctx.session.execute(count_query)).scalar_one()
    rows = (
        (
            await ctx.session.execute(
                query.order_by(model.id).offset(page.offset).limit(page.page_size)  # type: ignore[attr-defined]
            )
        )
        .scalars()
        .all()
    )
    return count, list(rows)


# --- list filters ------------------------------------------------------------------------------


def status_condition(column: Any, status: str | None) -> Any:
    """`status=alles|concept|definitief` (default: definitief) on a `concept` column."""
    if status in (None, "", "definitief"):
        return column.is_(False)
    if status == "concept":
        return column.is_(True)
    if status == "alles":
        return None
    raise ValidationFailed.single(
        "status", "invalid_choice", "Kies uit alles, concept, definitief."
    )


def geldig_op(model: Any, on: date) -> Any:
    """Valid on a date: beginGeldigheid ≤ date ≤ eindeGeldigheid (inclusive, open end)."""
    return and_(
        model.begin_geldigheid <= on,
        or_(model.einde_geldigheid.is_(None), model.einde_geldigheid >= on),
    )


def parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationFailed.single(name, "invalid", "Geef een datum als JJJJ-MM-DD.") from exc


def filter_uuid(value: str | None, collection: str, name: str) -> uuid.UUID | None:
    """A URL given as filter value, reduced to the UUID it points at."""
    if not value:
        return None
    key = uuid_from_url(value, collection)
    if key is None:
        raise ValidationFailed.single(name, "invalid", "Voer een geldige URL in.")
    return key


# --- recording changes -------------------------------------------------------------------------


def record_change(
    ctx: Ctx,
    *,
    resource: str,
    actie: str,
    status: int,
    url: str,
    hoofd_object: str,
    oud: BaseModel | None,
    nieuw: BaseModel | None,
    kanaal: str | None = None,
    kenmerken: dict[str, Any] | None = None,
    weergave: str = "",
) -> None:
    """Audit record (and notification for the main types) in the write's transaction."""
    refcache.changed()  # other components' cached view of the catalogue is stale now
    if ctx.actor is not None:
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
    if kanaal is not None:
        enqueue_notification(
            ctx.session,
            kanaal=kanaal,
            hoofd_object=hoofd_object,
            resource=resource,
            resource_url=url,
            actie=actie,
            kenmerken=kenmerken or {},
        )


def changed_fields(data: BaseModel, partial: bool) -> set[str]:
    """The fields a write touches: PATCH only what was sent; PUT replaces everything."""
    return set(data.model_fields_set) if partial else set(type(data).model_fields)
