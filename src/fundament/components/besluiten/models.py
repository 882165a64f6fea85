"""Tables of the Besluiten component (BRC)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, new_uuid
from fundament.common.numbering import Counter


class Besluit(Base):
    __tablename__ = "brc_besluit"
    # brc-002: identificatie is unique per verantwoordelijke organisatie.
    __table_args__ = (UniqueConstraint("verantwoordelijke_organisatie", "identificatie"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    identificatie: Mapped[str] = mapped_column(String(50), index=True)
    verantwoordelijke_organisatie: Mapped[str] = mapped_column(String(9), index=True)
    besluittype: Mapped[str] = mapped_column(String(200), index=True)
    zaak: Mapped[str] = mapped_column(String(200), default="", index=True)
    # The zaakbesluit a foreign Zaken API made for us (brc-006), to delete it with the besluit.
    zaakbesluit: Mapped[str] = mapped_column(String(1000), default="")
    datum: Mapped[date] = mapped_column(Date)
    toelichting: Mapped[str] = mapped_column(Text, default="")
    bestuursorgaan: Mapped[str] = mapped_column(String(50), default="")
    ingangsdatum: Mapped[date] = mapped_column(Date)
    vervaldatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    vervalreden: Mapped[str] = mapped_column(String(30), default="")
    publicatiedatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    verzenddatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    uiterlijke_reactiedatum: Mapped[date | None] = mapped_column(Date, nullable=True)


class Identificatie(Counter, Base):
    """SQLite: the last number of a generated identificatie per (verantwoordelijke organisatie,
    year). PostgreSQL hands the numbers out from a sequence instead (`common/numbering.py`)."""

    __tablename__ = "brc_identificatie"


class BesluitInformatieObject(Base):
    __tablename__ = "brc_besluitinformatieobject"
    __table_args__ = (UniqueConstraint("besluit_id", "informatieobject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    besluit_id: Mapped[int] = mapped_column(
        ForeignKey("brc_besluit.id", ondelete="CASCADE"), index=True
    )
    informatieobject: Mapped[str] = mapped_column(String(1000), index=True)
    # brc-004: a besluit records (RGBZ "legt vast") its documents; not on the 1.1.0 wire.
    aard_relatie: Mapped[str] = mapped_column(String(20), default="legt_vast")
