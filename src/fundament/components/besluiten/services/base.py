"""What every Besluiten use case shares: context, authorisation, lookups, change records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common import audit as audit_trail
from fundament.common.audit import Actor, Change
from fundament.common.auth import AuthContext
from fundament.common.errors import InvalidParam, PermissionDenied, ValidationFailed
from fundament.common.urls import BadReference, UrlResolver
from fundament.components.besluiten import kanalen, scopes
from fundament.components.besluiten import models as m

BRON = "brc"


@dataclass(slots=True)
class Ctx:
    """One request as the Besluiten services see it."""

    session: AsyncSession
    api_root: str  # public URL of the Besluiten API root, e.g. http://host/besluiten/api/v1
    base: str  # public scheme://host of this deployment
    auth: AuthContext
    actor: Actor | None
    resolver: UrlResolver

    def url(self, collection: str, key: uuid.UUID) -> str:
        return f"{self.api_root}/{collection}/{key}"

    def require(self, besluittype: str, *alternatives: str) -> None:
        """403 unless one of the scopes is granted for this besluittype (autorisatie per
        besluittype; the Besluiten API has no vertrouwelijkheidaanduiding)."""
        if not any(self.auth.allows(scopes.COMPONENT, s, besluittype) for s in alternatives):
            raise PermissionDenied("Geen autorisatie voor dit besluittype.")

    def sql_filter(self, scope: str = scopes.SCOPE_LEZEN) -> ColumnElement[bool]:
        """List filter on the besluit's type, in SQL."""
        return self.auth.sql_filter(scopes.COMPONENT, scope, m.Besluit.besluittype)

    async def resolve(
        self, url: str, field: str, keys: frozenset[str] = frozenset({"url"})
    ) -> dict[str, Any]:
        """A referenced resource with at least `keys`; 400 `bad-url` / `invalid-resource` on
        `field` otherwise."""
        try:
            return await self.resolver.resolve(
                self.session, url, request_base=self.base, shape=lambda d: keys <= d.keys()
            )
        except BadReference as exc:
            raise ValidationFailed([exc.as_param(field)]) from exc


def fail(problems: list[InvalidParam]) -> None:
    if problems:
        raise ValidationFailed(problems)


def kenmerken(besluit: m.Besluit) -> dict[str, str]:
    """The kenmerken of kanaal `besluiten` (OAS info.description)."""
    return {
        "verantwoordelijke_organisatie": besluit.verantwoordelijke_organisatie,
        "besluittype": besluit.besluittype,
    }


def record_change(
    ctx: Ctx,
    *,
    resource: str,
    actie: str,
    status: int,
    url: str,
    besluit_url: str,
    besluit: m.Besluit,
    oud: BaseModel | None,
    nieuw: BaseModel | None,
    audit: bool = True,
) -> None:
    """Audit record (under the besluit's trail) and notification, in the write's transaction."""
    change = Change(
        bron=BRON,
        kanaal=kanalen.BESLUITEN.naam,
        hoofd_object=besluit_url,
        resource=resource,
        actie=actie,
        status=status,
        url=url,
        weergave=f"{besluit.verantwoordelijke_organisatie} - {besluit.identificatie}",
        kenmerken=kenmerken(besluit),
    )
    audit_trail.record_change(ctx.session, ctx.actor, change, oud, nieuw, audit=audit)
