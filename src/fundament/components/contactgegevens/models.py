"""Tables of the Contactgegevens API: personen and organisaties with an address."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Date, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, JsonType, new_uuid


class Persoon(Base):
    __tablename__ = "cg_persoon"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    geboortedatum: Mapped[date] = mapped_column(Date)
    overlijdensdatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    geslachtsnaam: Mapped[str] = mapped_column(String(200))
    geslacht: Mapped[str] = mapped_column(String(1), default="")
    voorvoegsel: Mapped[str] = mapped_column(String(10), default="")
    voornamen: Mapped[str] = mapped_column(String(200), default="")
    adres: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)


class Organisatie(Base):
    __tablename__ = "cg_organisatie"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    handelsnaam: Mapped[str] = mapped_column(String(255))
    oprichtingsdatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    opheffingsdatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    adres: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
