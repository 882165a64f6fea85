"""Tables of the Catalogi component (ZTC): catalogussen and every kind of type they hold."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fundament.common.db import Base, JsonType, new_uuid


def _link_table(name: str, left: str, right: str, left_col: str, right_col: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(left_col, ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(right_col, ForeignKey(f"{right}.id", ondelete="CASCADE"), primary_key=True),
    )


zaaktype_besluittypen = _link_table(
    "ztc_zaaktype_besluittype", "ztc_zaaktype", "ztc_besluittype", "zaaktype_id", "besluittype_id"
)
zaaktype_deelzaaktypen = _link_table(
    "ztc_zaaktype_deelzaaktype", "ztc_zaaktype", "ztc_zaaktype", "zaaktype_id", "deelzaaktype_id"
)
besluittype_informatieobjecttypen = _link_table(
    "ztc_besluittype_iotype",
    "ztc_besluittype",
    "ztc_informatieobjecttype",
    "besluittype_id",
    "informatieobjecttype_id",
)
resultaattype_besluittypen = _link_table(
    "ztc_resultaattype_besluittype",
    "ztc_resultaattype",
    "ztc_besluittype",
    "resultaattype_id",
    "besluittype_id",
)
resultaattype_informatieobjecttypen = _link_table(
    "ztc_resultaattype_iotype",
    "ztc_resultaattype",
    "ztc_informatieobjecttype",
    "resultaattype_id",
    "informatieobjecttype_id",
)


class Geldigheid:
    """Validity and object-lifetime dates every type carries."""

    begin_geldigheid: Mapped[date | None] = mapped_column(Date, nullable=True)
    einde_geldigheid: Mapped[date | None] = mapped_column(Date, nullable=True)
    begin_object: Mapped[date | None] = mapped_column(Date, nullable=True)
    einde_object: Mapped[date | None] = mapped_column(Date, nullable=True)


class Catalogus(Base):
    __tablename__ = "ztc_catalogus"
    __table_args__ = (UniqueConstraint("domein", "rsin"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    domein: Mapped[str] = mapped_column(String(5), index=True)
    rsin: Mapped[str] = mapped_column(String(9), index=True)
    contactpersoon_beheer_naam: Mapped[str] = mapped_column(String(40))
    contactpersoon_beheer_telefoonnummer: Mapped[str] = mapped_column(String(20), default="")
    contactpersoon_beheer_emailadres: Mapped[str] = mapped_column(String(254), default="")
    naam: Mapped[str | None] = mapped_column(String(200), nullable=True)
    versie: Mapped[str | None] = mapped_column(String(20), nullable=True)
    begindatum_versie: Mapped[date | None] = mapped_column(Date, nullable=True)


class ZaakType(Geldigheid, Base):
    __tablename__ = "ztc_zaaktype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    catalogus_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_catalogus.id", ondelete="CASCADE"), index=True
    )
    identificatie: Mapped[str] = mapped_column(String(50), index=True)
    omschrijving: Mapped[str] = mapped_column(String(80))
    omschrijving_generiek: Mapped[str] = mapped_column(String(80), default="")
    vertrouwelijkheidaanduiding: Mapped[str] = mapped_column(String(20))
    doel: Mapped[str] = mapped_column(Text)
    aanleiding: Mapped[str] = mapped_column(Text)
    toelichting: Mapped[str] = mapped_column(Text, default="")
    indicatie_intern_of_extern: Mapped[str] = mapped_column(String(6))
    handeling_initiator: Mapped[str] = mapped_column(String(20))
    onderwerp: Mapped[str] = mapped_column(String(80))
    handeling_behandelaar: Mapped[str] = mapped_column(String(20))
    doorlooptijd: Mapped[str] = mapped_column(String(40))
    servicenorm: Mapped[str | None] = mapped_column(String(40), nullable=True)
    opschorting_en_aanhouding_mogelijk: Mapped[bool] = mapped_column(Boolean)
    verlenging_mogelijk: Mapped[bool] = mapped_column(Boolean)
    verlengingstermijn: Mapped[str | None] = mapped_column(String(40), nullable=True)
    trefwoorden: Mapped[list[str]] = mapped_column(JsonType, default=list)
    publicatie_indicatie: Mapped[bool] = mapped_column(Boolean)
    publicatietekst: Mapped[str] = mapped_column(Text, default="")
    verantwoordingsrelatie: Mapped[list[str]] = mapped_column(JsonType, default=list)
    producten_of_diensten: Mapped[list[str]] = mapped_column(JsonType, default=list)
    selectielijst_procestype: Mapped[str] = mapped_column(String(200), default="")
    referentieproces: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    verantwoordelijke: Mapped[str] = mapped_column(String(50))
    broncatalogus: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    bronzaaktype: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    gerelateerde_zaaktypen: Mapped[list[dict[str, Any]]] = mapped_column(JsonType, default=list)
    versiedatum: Mapped[date] = mapped_column(Date)
    concept: Mapped[bool] = mapped_column(Boolean, default=True, index=True)

    catalogus: Mapped[Catalogus] = relationship()
    besluittypen: Mapped[list[BesluitType]] = relationship(
        secondary=zaaktype_besluittypen, order_by="BesluitType.id", back_populates="zaaktypen"
    )
    deelzaaktypen: Mapped[list[ZaakType]] = relationship(
        secondary=zaaktype_deelzaaktypen,
        primaryjoin="ZaakType.id == ztc_zaaktype_deelzaaktype.c.zaaktype_id",
        secondaryjoin="ZaakType.id == ztc_zaaktype_deelzaaktype.c.deelzaaktype_id",
        order_by="ZaakType.id",
    )
    statustypen: Mapped[list[StatusType]] = relationship(
        back_populates="zaaktype",
        order_by="StatusType.volgnummer",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    roltypen: Mapped[list[RolType]] = relationship(
        back_populates="zaaktype",
        order_by="RolType.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    resultaattypen: Mapped[list[ResultaatType]] = relationship(
        back_populates="zaaktype",
        order_by="ResultaatType.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    eigenschappen: Mapped[list[Eigenschap]] = relationship(
        back_populates="zaaktype",
        order_by="Eigenschap.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    zaakobjecttypen: Mapped[list[ZaakObjectType]] = relationship(
        back_populates="zaaktype",
        order_by="ZaakObjectType.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    zaaktype_informatieobjecttypen: Mapped[list[ZaakTypeInformatieObjectType]] = relationship(
        back_populates="zaaktype",
        order_by="ZaakTypeInformatieObjectType.volgnummer",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class InformatieObjectType(Geldigheid, Base):
    __tablename__ = "ztc_informatieobjecttype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    catalogus_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_catalogus.id", ondelete="CASCADE"), index=True
    )
    omschrijving: Mapped[str] = mapped_column(String(80), index=True)
    vertrouwelijkheidaanduiding: Mapped[str] = mapped_column(String(20))
    informatieobjectcategorie: Mapped[str] = mapped_column(String(80))
    trefwoord: Mapped[list[str]] = mapped_column(JsonType, default=list)
    omschrijving_generiek: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    concept: Mapped[bool] = mapped_column(Boolean, default=True, index=True)

    catalogus: Mapped[Catalogus] = relationship()
    besluittypen: Mapped[list[BesluitType]] = relationship(
        secondary=besluittype_informatieobjecttypen,
        order_by="BesluitType.id",
        back_populates="informatieobjecttypen",
    )
    zaaktype_informatieobjecttypen: Mapped[list[ZaakTypeInformatieObjectType]] = relationship(
        back_populates="informatieobjecttype", cascade="all, delete-orphan", passive_deletes=True
    )


class BesluitType(Geldigheid, Base):
    __tablename__ = "ztc_besluittype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    catalogus_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_catalogus.id", ondelete="CASCADE"), index=True
    )
    omschrijving: Mapped[str] = mapped_column(String(80), default="", index=True)
    omschrijving_generiek: Mapped[str] = mapped_column(String(80), default="")
    besluitcategorie: Mapped[str] = mapped_column(String(40), default="")
    reactietermijn: Mapped[str | None] = mapped_column(String(40), nullable=True)
    publicatie_indicatie: Mapped[bool] = mapped_column(Boolean)
    publicatietekst: Mapped[str] = mapped_column(Text, default="")
    publicatietermijn: Mapped[str | None] = mapped_column(String(40), nullable=True)
    toelichting: Mapped[str] = mapped_column(Text, default="")
    concept: Mapped[bool] = mapped_column(Boolean, default=True, index=True)

    catalogus: Mapped[Catalogus] = relationship()
    informatieobjecttypen: Mapped[list[InformatieObjectType]] = relationship(
        secondary=besluittype_informatieobjecttypen,
        order_by="InformatieObjectType.id",
        back_populates="besluittypen",
    )
    zaaktypen: Mapped[list[ZaakType]] = relationship(
        secondary=zaaktype_besluittypen, order_by="ZaakType.id", back_populates="besluittypen"
    )
    resultaattypen: Mapped[list[ResultaatType]] = relationship(
        secondary=resultaattype_besluittypen,
        order_by="ResultaatType.id",
        back_populates="besluittypen",
    )


class StatusType(Geldigheid, Base):
    __tablename__ = "ztc_statustype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaaktype_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_zaaktype.id", ondelete="CASCADE"), index=True
    )
    omschrijving: Mapped[str] = mapped_column(String(80))
    omschrijving_generiek: Mapped[str] = mapped_column(String(80), default="")
    statustekst: Mapped[str] = mapped_column(String(1000), default="")
    volgnummer: Mapped[int] = mapped_column(Integer)
    informeren: Mapped[bool] = mapped_column(Boolean, default=False)
    doorlooptijd: Mapped[str | None] = mapped_column(String(40), nullable=True)
    toelichting: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    checklistitem_statustype: Mapped[list[dict[str, Any]]] = mapped_column(JsonType, default=list)

    zaaktype: Mapped[ZaakType] = relationship(back_populates="statustypen")


class RolType(Geldigheid, Base):
    __tablename__ = "ztc_roltype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaaktype_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_zaaktype.id", ondelete="CASCADE"), index=True
    )
    omschrijving: Mapped[str] = mapped_column(String(100))
    omschrijving_generiek: Mapped[str] = mapped_column(String(40), index=True)

    zaaktype: Mapped[ZaakType] = relationship(back_populates="roltypen")


class ResultaatType(Geldigheid, Base):
    __tablename__ = "ztc_resultaattype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaaktype_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_zaaktype.id", ondelete="CASCADE"), index=True
    )
    omschrijving: Mapped[str] = mapped_column(String(30))
    resultaattypeomschrijving: Mapped[str] = mapped_column(String(1000))
    omschrijving_generiek: Mapped[str] = mapped_column(String(80), default="")
    selectielijstklasse: Mapped[str] = mapped_column(String(1000))
    toelichting: Mapped[str] = mapped_column(Text, default="")
    archiefnominatie: Mapped[str] = mapped_column(String(20), default="")
    archiefactietermijn: Mapped[str | None] = mapped_column(String(40), nullable=True)
    brondatum_archiefprocedure: Mapped[dict[str, Any] | None] = mapped_column(
        JsonType, nullable=True
    )
    procesobjectaard: Mapped[str | None] = mapped_column(String(200), nullable=True)
    indicatie_specifiek: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    procestermijn: Mapped[str | None] = mapped_column(String(40), nullable=True)

    zaaktype: Mapped[ZaakType] = relationship(back_populates="resultaattypen")
    besluittypen: Mapped[list[BesluitType]] = relationship(
        secondary=resultaattype_besluittypen,
        order_by="BesluitType.id",
        back_populates="resultaattypen",
    )
    informatieobjecttypen: Mapped[list[InformatieObjectType]] = relationship(
        secondary=resultaattype_informatieobjecttypen, order_by="InformatieObjectType.id"
    )


class Eigenschap(Geldigheid, Base):
    __tablename__ = "ztc_eigenschap"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaaktype_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_zaaktype.id", ondelete="CASCADE"), index=True
    )
    statustype_id: Mapped[int | None] = mapped_column(
        ForeignKey("ztc_statustype.id", ondelete="SET NULL"), nullable=True, index=True
    )
    naam: Mapped[str] = mapped_column(String(20))
    definitie: Mapped[str] = mapped_column(String(255))
    specificatie: Mapped[dict[str, Any]] = mapped_column(JsonType)
    toelichting: Mapped[str] = mapped_column(String(1000), default="")

    zaaktype: Mapped[ZaakType] = relationship(back_populates="eigenschappen")
    statustype: Mapped[StatusType | None] = relationship()


class ZaakTypeInformatieObjectType(Base):
    __tablename__ = "ztc_zaaktype_informatieobjecttype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaaktype_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_zaaktype.id", ondelete="CASCADE"), index=True
    )
    informatieobjecttype_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_informatieobjecttype.id", ondelete="CASCADE"), index=True
    )
    statustype_id: Mapped[int | None] = mapped_column(
        ForeignKey("ztc_statustype.id", ondelete="SET NULL"), nullable=True
    )
    volgnummer: Mapped[int] = mapped_column(Integer)
    richting: Mapped[str] = mapped_column(String(20))

    zaaktype: Mapped[ZaakType] = relationship(back_populates="zaaktype_informatieobjecttypen")
    informatieobjecttype: Mapped[InformatieObjectType] = relationship(
        back_populates="zaaktype_informatieobjecttypen"
    )
    statustype: Mapped[StatusType | None] = relationship()


class ZaakObjectType(Geldigheid, Base):
    __tablename__ = "ztc_zaakobjecttype"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaaktype_id: Mapped[int] = mapped_column(
        ForeignKey("ztc_zaaktype.id", ondelete="CASCADE"), index=True
    )
    ander_objecttype: Mapped[bool] = mapped_column(Boolean, default=False)
    objecttype: Mapped[str] = mapped_column(String(200))
    relatie_omschrijving: Mapped[str] = mapped_column(String(80))

    zaaktype: Mapped[ZaakType] = relationship(back_populates="zaakobjecttypen")
