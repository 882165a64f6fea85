"""The transactional outbox: notifications written in the same transaction as the change."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Text, Uuid
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, JsonType, UtcDateTime, new_uuid, utcnow

PENDING = "pending"
ROUTED = "routed"  # handed to this deployment's abonnementen (one delivery row each)
FORWARDED = "forwarded"  # accepted by the remote Notificaties API (FUNDAMENT_NOTIFICATIES_URL)


class OutboxMessage(Base):
    """A notification waiting to be delivered (the Notificaties `Notificatie` body + state)."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    kanaal: Mapped[str] = mapped_column(String(50))
    hoofd_object: Mapped[str] = mapped_column(String(1000))
    resource: Mapped[str] = mapped_column(String(100))
    resource_url: Mapped[str] = mapped_column(String(1000))
    actie: Mapped[str] = mapped_column(String(100))
    aanmaakdatum: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    kenmerken: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    status: Mapped[str] = mapped_column(String(20), default=PENDING, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    available_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")

    def as_notificatie(self) -> dict[str, Any]:
        """The body a Notificaties API receives (`POST /notificaties`)."""
        return {
            "kanaal": self.kanaal,
            "hoofdObject": self.hoofd_object,
            "resource": self.resource,
            "resourceUrl": self.resource_url,
            "actie": self.actie,
            "aanmaakdatum": self.aanmaakdatum.isoformat().replace("+00:00", "Z"),
            "kenmerken": self.kenmerken,
        }


def enqueue_notification(
    session: AsyncSession,
    *,
    kanaal: str,
    hoofd_object: str,
    resource: str,
    resource_url: str,
    actie: str,
    kenmerken: dict[str, Any] | None = None,
) -> OutboxMessage:
    """Add a notification to the session; it is delivered only if the change commits."""
    message = OutboxMessage(
        kanaal=kanaal,
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=resource_url,
        actie=actie,
        kenmerken=kenmerken or {},
        aanmaakdatum=utcnow(),
    )
    session.add(message)
    return message
