"""Tables of the Documenten component (DRC). Contents live in the storage backend, never here.

A document is one `drc_informatieobject` row (uuid, lock) with one `drc_informatieobject_versie`
row per version; the newest carries `latest`, so lists read one row per document.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, JsonType, UtcDateTime, new_uuid
from fundament.common.numbering import Counter


class InformatieObject(Base):
    """The document itself: what all its versions share (ZGW `EnkelvoudigInformatieObject`)."""

    __tablename__ = "drc_informatieobject"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    # drc-009: the unguessable lock id while checked out; "" when unlocked.
    lock: Mapped[str] = mapped_column(String(64), default="")


class Versie(Base):
    """One version of a document's metadata, with the storage key of its content."""

    __tablename__ = "drc_informatieobject_versie"
    __table_args__ = (
        UniqueConstraint("informatieobject_id", "versie"),
        # (bronorganisatie, identificatie) identifies one document: unique among latest versions.
        Index(
            "ix_drc_versie_identificatie_latest",
            "bronorganisatie",
            "identificatie",
            unique=True,
            sqlite_where=text("latest"),
            postgresql_where=text("latest"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    informatieobject_id: Mapped[int] = mapped_column(
        ForeignKey("drc_informatieobject.id", ondelete="CASCADE"), index=True
    )
    versie: Mapped[int] = mapped_column(Integer)
    latest: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    identificatie: Mapped[str] = mapped_column(String(40), index=True)
    bronorganisatie: Mapped[str] = mapped_column(String(9), index=True)
    creatiedatum: Mapped[date] = mapped_column(Date)
    titel: Mapped[str] = mapped_column(String(200))
    vertrouwelijkheidaanduiding: Mapped[str] = mapped_column(String(20))
    auteur: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="")
    formaat: Mapped[str] = mapped_column(String(255), default="")
    taal: Mapped[str] = mapped_column(String(3))
    begin_registratie: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    bestandsnaam: Mapped[str] = mapped_column(String(255), default="")
    # Storage key of the content (shared by versions that did not change it); None: no content.
    inhoud: Mapped[str | None] = mapped_column(String(255), nullable=True)
    bestandsomvang: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    link: Mapped[str] = mapped_column(String(200), default="")
    beschrijving: Mapped[str] = mapped_column(String(1000), default="")
    ontvangstdatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    verzenddatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    indicatie_gebruiksrecht: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    verschijningsvorm: Mapped[str] = mapped_column(Text, default="")
    ondertekening: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    integriteit: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    informatieobjecttype: Mapped[str] = mapped_column(String(200), index=True)
    trefwoorden: Mapped[list[str] | None] = mapped_column(JsonType, nullable=True)


class Identificatie(Counter, Base):
    """SQLite: the last number of a generated identificatie per (bronorganisatie, year).
    PostgreSQL hands the numbers out from a sequence instead (`common/numbering.py`)."""

    __tablename__ = "drc_identificatie"


class Trefwoord(Base):
    """One trefwoord of one version, so `?trefwoorden=` filters with an index on both databases."""

    __tablename__ = "drc_trefwoord"

    versie_id: Mapped[int] = mapped_column(
        ForeignKey("drc_informatieobject_versie.id", ondelete="CASCADE"), primary_key=True
    )
    trefwoord: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class BestandsDeel(Base):
    """One part of a chunked upload; merged into the content on unlock, then removed."""

    __tablename__ = "drc_bestandsdeel"
    __table_args__ = (UniqueConstraint("informatieobject_id", "volgnummer"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    informatieobject_id: Mapped[int] = mapped_column(
        ForeignKey("drc_informatieobject.id", ondelete="CASCADE"), index=True
    )
    volgnummer: Mapped[int] = mapped_column(Integer)
    omvang: Mapped[int] = mapped_column(BigInteger)
    inhoud: Mapped[str | None] = mapped_column(String(255), nullable=True)


class Gebruiksrechten(Base):
    __tablename__ = "drc_gebruiksrechten"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    informatieobject_id: Mapped[int] = mapped_column(
        ForeignKey("drc_informatieobject.id", ondelete="CASCADE"), index=True
    )
    startdatum: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    einddatum: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    omschrijving_voorwaarden: Mapped[str] = mapped_column(Text)


class ObjectInformatieObject(Base):
    """The mirror of a zaak- or besluitinformatieobject kept by the Zaken or Besluiten API."""

    __tablename__ = "drc_objectinformatieobject"
    __table_args__ = (UniqueConstraint("informatieobject_id", "object"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    informatieobject_id: Mapped[int] = mapped_column(
        ForeignKey("drc_informatieobject.id", ondelete="CASCADE"), index=True
    )
    object: Mapped[str] = mapped_column(String(1000), index=True)
    object_type: Mapped[str] = mapped_column(String(10))


class Verzending(Base):
    __tablename__ = "drc_verzending"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    informatieobject_id: Mapped[int] = mapped_column(
        ForeignKey("drc_informatieobject.id", ondelete="CASCADE"), index=True
    )
    betrokkene: Mapped[str] = mapped_column(String(200), index=True)
    aard_relatie: Mapped[str] = mapped_column(String(20), index=True)
    toelichting: Mapped[str] = mapped_column(String(200), default="")
    ontvangstdatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    verzenddatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    contact_persoon: Mapped[str] = mapped_column(String(1000))
    contactpersoonnaam: Mapped[str] = mapped_column(String(40), default="")
    binnenlands_correspondentieadres: Mapped[dict[str, Any] | None] = mapped_column(
        JsonType, nullable=True
    )
    buitenlands_correspondentieadres: Mapped[dict[str, Any] | None] = mapped_column(
        JsonType, nullable=True
    )
    correspondentie_postadres: Mapped[dict[str, Any] | None] = mapped_column(
        JsonType, nullable=True
    )
    faxnummer: Mapped[str | None] = mapped_column(String(15), nullable=True)
    emailadres: Mapped[str | None] = mapped_column(String(100), nullable=True)
    mijn_overheid: Mapped[bool] = mapped_column(Boolean, default=False)
    telefoonnummer: Mapped[str | None] = mapped_column(String(15), nullable=True)
