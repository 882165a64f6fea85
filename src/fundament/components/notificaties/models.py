"""Tables of the Notificaties component: kanalen, abonnementen, and the deliveries to them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fundament.common.db import Base, JsonType, UtcDateTime, new_uuid, utcnow

# Delivery states: waiting for (another) attempt, accepted by the subscriber (any 2xx), or given
# up after the last attempt (a dead letter, replayable).
PENDING = "pending"
DELIVERED = "delivered"
DEAD = "dead"

_BIG_ID = BigInteger().with_variant(Integer, "sqlite")


class Kanaal(Base):
    """A KANAAL (exchange) sources publish on; `naam` is unique (Notificaties API)."""

    __tablename__ = "nrc_kanaal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    naam: Mapped[str] = mapped_column(String(50), unique=True)
    documentatie_link: Mapped[str] = mapped_column(String(200), default="")
    filters: Mapped[list[str]] = mapped_column(JsonType, default=list)


class Abonnement(Base):
    """A subscriber's callback, how to authorise to it, and its kanalen.

    Either a fixed `Authorization` value (`auth`, the standard's field) or client credentials
    (a Fundament extension): a ZGW JWT signed with `auth_secret` as `auth_client_id` is minted
    for every attempt, so a token never expires between retries (open-zaak#1694). The secret
    is kept as given: HS256 needs it to sign, as `jwt_clients` does."""

    __tablename__ = "nrc_abonnement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    callback_url: Mapped[str] = mapped_column(String(200))
    auth: Mapped[str] = mapped_column(String(1000), default="")
    auth_client_id: Mapped[str] = mapped_column(String(255), default="")
    auth_secret: Mapped[str] = mapped_column(String(255), default="")
    client_id: Mapped[str] = mapped_column(String(255), default="")  # who created it
    aangemaakt: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    kanalen: Mapped[list[AbonnementKanaal]] = relationship(
        back_populates="abonnement",
        cascade="all, delete-orphan",
        order_by="AbonnementKanaal.position",
        passive_deletes=True,
    )


class AbonnementKanaal(Base):
    """One entry of `Abonnement.kanalen`: a kanaal and the kenmerk filters on it."""

    __tablename__ = "nrc_abonnement_kanaal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    abonnement_id: Mapped[int] = mapped_column(
        ForeignKey("nrc_abonnement.id", ondelete="CASCADE"), index=True
    )
    kanaal_id: Mapped[int] = mapped_column(
        ForeignKey("nrc_kanaal.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    filters: Mapped[dict[str, str]] = mapped_column(JsonType, default=dict)

    abonnement: Mapped[Abonnement] = relationship(back_populates="kanalen")


class Delivery(Base):
    """One notification (an outbox row) for one abonnement, until delivered or dead."""

    __tablename__ = "nrc_delivery"
    __table_args__ = (
        # The head of each abonnement's queue (ordering) and the due work are found by index.
        Index("ix_nrc_delivery_abonnement_status", "abonnement_id", "status", "id"),
        Index("ix_nrc_delivery_status_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(_BIG_ID, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), index=True)
    abonnement_id: Mapped[int] = mapped_column(ForeignKey("nrc_abonnement.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # A dispatcher's lease: who claimed the delivery, and until when nobody else may.
    claim_token: Mapped[str] = mapped_column(String(36), default="")
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    dead_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")


class DeliveryAttempt(Base):
    """One POST to a callback: when, how long, the status it answered or the error."""

    __tablename__ = "nrc_delivery_attempt"

    id: Mapped[int] = mapped_column(_BIG_ID, primary_key=True, autoincrement=True)
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("nrc_delivery.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    duration: Mapped[float] = mapped_column(Float)  # seconds
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str] = mapped_column(Text, default="")
