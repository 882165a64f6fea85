"""What every Zaken use case shares: context, authorisation, lookups, change records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common import audit
from fundament.common.audit import Actor, Change
from fundament.common.auth import AuthContext
from fundament.common.counting import count_rows
from fundament.common.errors import InvalidParam, NotFound, PermissionDenied, ValidationFailed
from fundament.common.urls import BadReference, UrlResolver, uuid_from_url
from fundament.components.zaken import kanalen, scopes
from fundament.components.zaken import models as m

BRON = "zrc"
ZAKEN = "zaken"


@dataclass(slots=True)
class Ctx:
    """One request as the Zaken services see it."""

    session: AsyncSession
    api_root: str  # public URL of the Zaken API root, e.g. http://host/zaken/api/v1
    base: str  # public scheme://host of this deployment
    auth: AuthContext
    actor: Actor | None
    resolver: UrlResolver

    def url(self, collection: str, key: uuid.UUID) -> str:
        return f"{self.api_root}/{collection}/{key}"

    def zaak_url(self, zaak: m.Zaak) -> str:
        return self.url(ZAKEN, zaak.uuid)

    def allowed(self, scope: str, zaak: m.Zaak) -> bool:
        return self.auth.allows(
            scopes.COMPONENT, scope, zaak.zaaktype, zaak.vertrouwelijkheidaanduiding
        )

    def require(self, zaak: m.Zaak, *alternatives: str) -> None:
        """403 unless one of the scopes is granted for this zaak's zaaktype and
        vertrouwelijkheidaanduiding (zrc-006)."""
        if not any(self.allowed(scope, zaak) for scope in alternatives):
            raise PermissionDenied("Geen autorisatie voor dit zaaktype of deze vertrouwelijkheid.")

    def require_open(self, zaak: m.Zaak) -> None:
        """zrc-007: once a zaak is closed, it and everything hanging off it change only with
        `zaken.geforceerd-bijwerken`."""
        if zaak.einddatum is not None and not self.allowed(scopes.SCOPE_GEFORCEERD_BIJWERKEN, zaak):
            raise PermissionDenied(
                "De zaak is afgesloten; wijzigen vereist de scope zaken.geforceerd-bijwerken."
            )

    def sql_filter(
        self, scope: str = scopes.SCOPE_LEZEN, *, of_zaaktype: str | None = None
    ) -> ColumnElement[bool]:
        """zrc-006: a list only holds zaken of granted zaaktypen and confidentiality, in SQL
        (`of_zaaktype`: the list is limited to that zaaktype already)."""
        return self.auth.sql_filter(
            scopes.COMPONENT,
            scope,
            m.Zaak.zaaktype,
            m.Zaak.vertrouwelijkheidaanduiding,
            of_type=of_zaaktype,
        )


def fail(problems: list[InvalidParam]) -> None:
    if problems:
        raise ValidationFailed(problems)


def own_uuid(ctx: Ctx, url: str, collection: str) -> uuid.UUID | None:
    """The UUID of one of this deployment's Zaken resources, given by URL."""
    key = uuid_from_url(url, collection)
    if key is None or not ctx.resolver.is_local(url, ctx.base):
        return None
    if urlsplit(url).path.rstrip("/") != f"{urlsplit(ctx.api_root).path}/{collection}/{key}":
        return None
    return key


# Built once: building and cache-keying a statement costs more than running this one.
_BY_UUID = select(m.Zaak).where(m.Zaak.uuid == bindparam("key"))
_BY_UUID_FOR_UPDATE = _BY_UUID.with_for_update()


async def get_zaak(ctx: Ctx, key: uuid.UUID, *, for_update: bool = False) -> m.Zaak:
    query = _BY_UUID_FOR_UPDATE if for_update else _BY_UUID
    zaak = (await ctx.session.execute(query, {"key": key})).scalar_one_or_none()
    if zaak is None:
        raise NotFound()
    return zaak


async def zaak_by_url(
    ctx: Ctx, url: str, field: str = "zaak", *, for_update: bool = False
) -> m.Zaak:
    """A zaak of this deployment referenced by URL (`bad-url` otherwise)."""
    key = own_uuid(ctx, url, ZAKEN)
    zaak = None
    if key is not None:
        query = _BY_UUID_FOR_UPDATE if for_update else _BY_UUID
        zaak = (await ctx.session.execute(query, {"key": key})).scalar_one_or_none()
    if zaak is None:
        raise ValidationFailed.single(
            field, "bad-url", "De URL verwijst niet naar een bestaande zaak."
        )
    return zaak


def zaak_filter(ctx: Ctx, url: str | None, name: str = "zaak") -> uuid.UUID | None:
    """`?zaak=<url>` reduced to the zaak's UUID (400 for something that is not a URL)."""
    if not url:
        return None
    key = uuid_from_url(url, ZAKEN)
    if key is None:
        if urlsplit(url).scheme in ("http", "https"):
            return uuid.UUID(int=0)  # a URL of no zaak: matches nothing
        raise ValidationFailed.single(name, "invalid", "Voer een geldige URL in.")
    return key


async def resolve(
    ctx: Ctx, url: str, field: str, keys: frozenset[str] | set[str]
) -> dict[str, Any]:
    """A referenced resource (Catalogi type, document, …) with at least `keys` (`bad-url` /
    `invalid-resource` otherwise); local ones come straight from the database."""
    try:
        return await ctx.resolver.resolve(
            ctx.session, url, request_base=ctx.base, shape=lambda d: set(keys) <= d.keys()
        )
    except BadReference as exc:
        raise ValidationFailed([exc.as_param(field)]) from exc


async def count_and_page(
    ctx: Ctx, query: Select[Any], order: Any, offset: int, limit: int
) -> tuple[int, list[Any], bool]:
    """(count, the rows of the page, whether a next page has rows); the count is exact up to
    500 matches and estimated above (common/counting.py)."""
    rows = list(
        (await ctx.session.execute(query.order_by(*order).offset(offset).limit(limit + 1))).all()
    )
    has_next = len(rows) > limit
    rows = rows[:limit]
    if offset == 0 and not has_next:
        return len(rows), rows, False  # the whole result is on this page
    return max(await count_rows(ctx.session, query), offset + len(rows)), rows, has_next


def kenmerken(zaak: m.Zaak) -> dict[str, str]:
    """The kenmerken of kanaal `zaken` (OAS info.description)."""
    return {
        "bronorganisatie": zaak.bronorganisatie,
        "zaaktype": zaak.zaaktype,
        "vertrouwelijkheidaanduiding": zaak.vertrouwelijkheidaanduiding,
    }


def record_change(
    ctx: Ctx,
    zaak: m.Zaak,
    *,
    resource: str,
    actie: str,
    status: int,
    url: str,
    oud: BaseModel | None,
    nieuw: BaseModel | None,
    notify: bool = True,
) -> None:
    """Audit record under the zaak's trail and notification, in the write's transaction."""
    change = Change(
        bron=BRON,
        kanaal=kanalen.ZAKEN.naam,
        hoofd_object=ctx.zaak_url(zaak),
        resource=resource,
        actie=actie,
        status=status,
        url=url,
        weergave=f"{zaak.bronorganisatie} - {zaak.identificatie}",
        kenmerken=kenmerken(zaak),
    )
    audit.record_change(ctx.session, ctx.actor, change, oud, nieuw, notify=notify)
