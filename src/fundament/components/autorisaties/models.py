"""Tables of the Autorisaties component: applicaties, their client ids and autorisaties."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fundament.common.db import Base, JsonType, new_uuid


class Applicatie(Base):
    __tablename__ = "ac_applicatie"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    label: Mapped[str] = mapped_column(String(100))
    heeft_alle_autorisaties: Mapped[bool] = mapped_column(Boolean, default=False)

    client_ids: Mapped[list[ApplicatieClientId]] = relationship(
        back_populates="applicatie",
        cascade="all, delete-orphan",
        order_by="ApplicatieClientId.position",
        passive_deletes=True,
    )
    autorisaties: Mapped[list[Autorisatie]] = relationship(
        back_populates="applicatie",
        cascade="all, delete-orphan",
        order_by="Autorisatie.id",
        passive_deletes=True,
    )


class ApplicatieClientId(Base):
    """A client id of an Applicatie; unique over all applicaties (rule ac-001)."""

    __tablename__ = "ac_client_id"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    applicatie_id: Mapped[int] = mapped_column(
        ForeignKey("ac_applicatie.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    client_id: Mapped[str] = mapped_column(String(50), unique=True)

    applicatie: Mapped[Applicatie] = relationship(back_populates="client_ids")


class Autorisatie(Base):
    __tablename__ = "ac_autorisatie"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    applicatie_id: Mapped[int] = mapped_column(
        ForeignKey("ac_applicatie.id", ondelete="CASCADE"), index=True
    )
    component: Mapped[str] = mapped_column(String(10))
    scopes: Mapped[list[str]] = mapped_column(JsonType, default=list)
    zaaktype: Mapped[str] = mapped_column(String(1000), default="")
    informatieobjecttype: Mapped[str] = mapped_column(String(1000), default="")
    besluittype: Mapped[str] = mapped_column(String(1000), default="")
    max_vertrouwelijkheidaanduiding: Mapped[str] = mapped_column(String(20), default="")

    applicatie: Mapped[Applicatie] = relationship(back_populates="autorisaties")
