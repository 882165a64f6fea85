"""The audit trail: who changed what, recorded in the same transaction as the change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import Request
from pydantic import BaseModel
from sqlalchemy import Integer, String, Text, Uuid
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.apitokens import Caller
from fundament.common.auth import AuthContext
from fundament.common.db import Base, JsonType, UtcDateTime, new_uuid, utcnow

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
    "destroy": "Object verwijderd",
}


class AuditTrail(Base):
    """One change to one resource (ZGW `AuditTrail`)."""

    __tablename__ = "audittrail"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    bron: Mapped[str] = mapped_column(String(50))
    applicatie_id: Mapped[str] = mapped_column(String(100), default="")
    applicatie_weergave: Mapped[str] = mapped_column(String(200), default="")
    gebruikers_id: Mapped[str] = mapped_column(String(255), default="")
    gebruikers_weergave: Mapped[str] = mapped_column(String(255), default="")
    actie: Mapped[str] = mapped_column(String(50))
    actie_weergave: Mapped[str] = mapped_column(String(200), default="")
    resultaat: Mapped[int] = mapped_column(Integer)
    hoofd_object: Mapped[str] = mapped_column(String(1000), index=True)
    resource: Mapped[str] = mapped_column(String(50))
    resource_url: Mapped[str] = mapped_column(String(1000))
    resource_weergave: Mapped[str] = mapped_column(String(200), default="")
    toelichting: Mapped[str] = mapped_column(Text, default="")
    aanmaakdatum: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    oud: Mapped[Any] = mapped_column(JsonType, nullable=True)
    nieuw: Mapped[Any] = mapped_column(JsonType, nullable=True)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who makes a change: the client, its Applicatie, the end user and their explanation."""

    client_id: str
    applicatie_label: str = ""
    user_id: str = ""
    user_representation: str = ""
    toelichting: str = ""

    @classmethod
    def of(cls, request: Request, auth: AuthContext) -> Actor:
        return cls(
            client_id=auth.client_id,
            applicatie_label=auth.applicatie.label if auth.applicatie else "",
            user_id=auth.user_id,
            user_representation=auth.user_representation,
            toelichting=request.headers.get("x-audit-toelichting", ""),
        )

    @classmethod
    def of_caller(cls, request: Request, caller: Caller) -> Actor:
        """The actor of a token-authenticated API: a JWT client as above, else the token."""
        if caller.jwt is not None:
            return cls.of(request, caller.jwt)
        return cls(
            client_id=caller.identifier,
            toelichting=request.headers.get("x-audit-toelichting", ""),
        )


def record_audit(
    session: AsyncSession,
    actor: Actor,
    *,
    bron: str,
    actie: str,
    resultaat: int,
    hoofd_object: str,
    resource: str,
    resource_url: str,
    resource_weergave: str = "",
    oud: dict[str, Any] | None = None,
    nieuw: dict[str, Any] | None = None,
) -> AuditTrail:
    """Add an audit record to the session; it commits (or not) with the change itself."""
    entry = AuditTrail(
        bron=bron,
        applicatie_id=actor.client_id[:100],
        applicatie_weergave=actor.applicatie_label[:200],
        gebruikers_id=actor.user_id[:255],
        gebruikers_weergave=actor.user_representation[:255],
        actie=actie,
        actie_weergave=ACTIE_WEERGAVE.get(actie, actie),
        resultaat=resultaat,
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=resource_url,
        resource_weergave=resource_weergave[:200],
        toelichting=actor.toelichting,
        oud=oud,
        nieuw=nieuw,
    )
    session.add(entry)
    return entry


@dataclass(frozen=True, slots=True)
class Change:
    """One write as both the audit trail and the Notificaties kanaal see it."""

    bron: str  # the component's code, e.g. "zrc"
    kanaal: str
    hoofd_object: str  # URL of the main resource (zaak, document, besluit)
    resource: str
    actie: str
    status: int
    url: str  # URL of the resource written
    weergave: str  # how the main resource is shown in the trail
    kenmerken: dict[str, Any]


def record_change(
    session: AsyncSession,
    actor: Actor | None,
    change: Change,
    oud: BaseModel | None,
    nieuw: BaseModel | None,
    *,
    audit: bool = True,
    notify: bool = True,
) -> None:
    """Audit record and notification of one write, both in the write's own transaction."""
    from fundament.common.outbox import enqueue_notification
    from fundament.common.responses import dump

    if audit and actor is not None:
        record_audit(
            session,
            actor,
            bron=change.bron,
            actie=change.actie,
            resultaat=change.status,
            hoofd_object=change.hoofd_object,
            resource=change.resource,
            resource_url=change.url,
            resource_weergave=change.weergave,
            oud=dump(oud) if oud else None,
            nieuw=dump(nieuw) if nieuw else None,
        )
    if notify:
        enqueue_notification(
            session,
            kanaal=change.kanaal,
            hoofd_object=change.hoofd_object,
            resource=change.resource,
            resource_url=change.url,
            actie=change.actie,
            kenmerken=change.kenmerken,
        )
