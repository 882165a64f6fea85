"""Tables of the Zaken component (ZRC).

A zaak is one `zrc_zaak` row; everything that hangs off it has a `zaak_id` with ON DELETE CASCADE,
so the hard delete of zrc-023 is one statement. References to other APIs (zaaktype, statustype,
informatieobject, …) are stored as URLs; the zaaktype URL is indexed because lists filter and
authorise on it. Polymorphic blobs (a rol's `betrokkeneIdentificatie`, a zaakobject's
`objectIdentificatie`) are JSON, with the documented filter fields copied into indexed columns.
A geometry is GeoJSON plus its bounding box in four indexed columns (DESIGN.md, Geometry).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, JsonType, UtcDateTime, new_uuid, utcnow

URL = 1000
CASCADE = "CASCADE"


def _zaak_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("zrc_zaak.id", ondelete=CASCADE), index=True)


class Zaak(Base):
    __tablename__ = "zrc_zaak"
    __table_args__ = (
        UniqueConstraint("bronorganisatie", "identificatie"),
        Index("ix_zrc_zaak_bbox", "bbox_min_x", "bbox_max_x", "bbox_min_y", "bbox_max_y"),
        # Lists per zaaktype (and a regular client's lists) come newest first: one range scan.
        Index("ix_zrc_zaak_zaaktype_id", "zaaktype", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    identificatie: Mapped[str] = mapped_column(String(40), index=True)
    bronorganisatie: Mapped[str] = mapped_column(String(9), index=True)
    omschrijving: Mapped[str] = mapped_column(String(80), default="")
    toelichting: Mapped[str] = mapped_column(String(1000), default="")
    zaaktype: Mapped[str] = mapped_column(String(URL), index=True)
    registratiedatum: Mapped[date] = mapped_column(Date, index=True)
    verantwoordelijke_organisatie: Mapped[str] = mapped_column(String(9))
    startdatum: Mapped[date] = mapped_column(Date, index=True)
    einddatum: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    einddatum_gepland: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    uiterlijke_einddatum_afdoening: Mapped[date | None] = mapped_column(
        Date, nullable=True, index=True
    )
    publicatiedatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    communicatiekanaal: Mapped[str] = mapped_column(String(URL), default="")
    producten_of_diensten: Mapped[list[str]] = mapped_column(JsonType, default=list)
    vertrouwelijkheidaanduiding: Mapped[str] = mapped_column(String(20))
    betalingsindicatie: Mapped[str] = mapped_column(String(20), default="")
    laatste_betaaldatum: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    zaakgeometrie: Mapped[Any] = mapped_column(JsonType, nullable=True)
    bbox_min_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    bbox_min_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    bbox_max_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    bbox_max_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    verlenging: Mapped[Any] = mapped_column(JsonType, nullable=True)
    opschorting: Mapped[Any] = mapped_column(JsonType, nullable=True)
    selectielijstklasse: Mapped[str] = mapped_column(String(URL), default="")
    hoofdzaak_id: Mapped[int | None] = mapped_column(
        ForeignKey("zrc_zaak.id", ondelete=CASCADE), nullable=True, index=True
    )
    relevante_andere_zaken: Mapped[list[Any]] = mapped_column(JsonType, default=list)
    kenmerken: Mapped[list[Any]] = mapped_column(JsonType, default=list)
    archiefnominatie: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    archiefstatus: Mapped[str] = mapped_column(String(40), default="nog_te_archiveren", index=True)
    archiefactiedatum: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    opdrachtgevende_organisatie: Mapped[str] = mapped_column(String(9), default="")
    processobjectaard: Mapped[str | None] = mapped_column(String(200), nullable=True)
    startdatum_bewaartermijn: Mapped[date | None] = mapped_column(Date, nullable=True)
    processobject: Mapped[Any] = mapped_column(JsonType, nullable=True)
    # The id of the current status (the one set last), kept on the zaak so lists need no
    # subquery. No foreign key: zaak and status would reference each other, and a status only
    # disappears together with its zaak.
    status_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Status(Base):
    __tablename__ = "zrc_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    statustype: Mapped[str] = mapped_column(String(URL), index=True)
    datum_status_gezet: Mapped[datetime] = mapped_column(UtcDateTime)
    statustoelichting: Mapped[str] = mapped_column(String(1000), default="")
    gezetdoor: Mapped[str] = mapped_column(String(URL), default="", index=True)


class Resultaat(Base):
    __tablename__ = "zrc_resultaat"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = mapped_column(ForeignKey("zrc_zaak.id", ondelete=CASCADE), unique=True)
    resultaattype: Mapped[str] = mapped_column(String(URL), index=True)
    toelichting: Mapped[str] = mapped_column(String(1000), default="")


class Rol(Base):
    __tablename__ = "zrc_rol"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    betrokkene: Mapped[str] = mapped_column(String(URL), default="", index=True)
    betrokkene_type: Mapped[str] = mapped_column(String(30), index=True)
    afwijkende_naam_betrokkene: Mapped[str] = mapped_column(String(625), default="")
    roltype: Mapped[str] = mapped_column(String(URL), index=True)
    omschrijving: Mapped[str] = mapped_column(String(100), default="", index=True)
    omschrijving_generiek: Mapped[str] = mapped_column(String(80), default="", index=True)
    roltoelichting: Mapped[str] = mapped_column(String(1000), default="")
    registratiedatum: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    indicatie_machtiging: Mapped[str] = mapped_column(String(20), default="")
    contactpersoon_rol: Mapped[Any] = mapped_column(JsonType, nullable=True)
    betrokkene_identificatie: Mapped[Any] = mapped_column(JsonType, nullable=True)
    # The documented filters on betrokkeneIdentificatie, copied out of the JSON (indexed):
    # inpBsn, anpIdentificatie, inpA_nummer, innNnpId, annIdentificatie, vestigingsNummer,
    # and `identificatie` of a medewerker or organisatorische eenheid.
    inp_bsn: Mapped[str] = mapped_column(String(9), default="", index=True)
    anp_identificatie: Mapped[str] = mapped_column(String(17), default="", index=True)
    inp_a_nummer: Mapped[str] = mapped_column(String(10), default="", index=True)
    inn_nnp_id: Mapped[str] = mapped_column(String(9), default="", index=True)
    ann_identificatie: Mapped[str] = mapped_column(String(17), default="", index=True)
    vestigings_nummer: Mapped[str] = mapped_column(String(24), default="", index=True)
    identificatie: Mapped[str] = mapped_column(String(24), default="", index=True)


class ZaakObject(Base):
    __tablename__ = "zrc_zaakobject"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    object: Mapped[str] = mapped_column(String(URL), default="", index=True)
    zaakobjecttype: Mapped[str] = mapped_column(String(URL), default="")
    object_type: Mapped[str] = mapped_column(String(100), index=True)
    object_type_overige: Mapped[str] = mapped_column(String(100), default="")
    object_type_overige_definitie: Mapped[Any] = mapped_column(JsonType, nullable=True)
    relatieomschrijving: Mapped[str] = mapped_column(String(80), default="")
    object_identificatie: Mapped[Any] = mapped_column(JsonType, nullable=True)


class ZaakInformatieObject(Base):
    __tablename__ = "zrc_zaakinformatieobject"
    __table_args__ = (UniqueConstraint("zaak_id", "informatieobject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    informatieobject: Mapped[str] = mapped_column(String(URL), index=True)
    aard_relatie: Mapped[str] = mapped_column(String(20), default="hoort_bij")
    titel: Mapped[str] = mapped_column(String(200), default="")
    beschrijving: Mapped[str] = mapped_column(Text, default="")
    registratiedatum: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    vernietigingsdatum: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    status_id: Mapped[int | None] = mapped_column(
        ForeignKey("zrc_status.id", ondelete="SET NULL"), nullable=True, index=True
    )


class KlantContact(Base):
    __tablename__ = "zrc_klantcontact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    identificatie: Mapped[str] = mapped_column(String(14))
    datumtijd: Mapped[datetime] = mapped_column(UtcDateTime)
    kanaal: Mapped[str] = mapped_column(String(20), default="")
    onderwerp: Mapped[str] = mapped_column(String(200), default="")
    toelichting: Mapped[str] = mapped_column(String(1000), default="")


class ZaakContactMoment(Base):
    __tablename__ = "zrc_zaakcontactmoment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    contactmoment: Mapped[str] = mapped_column(String(URL), index=True)


class ZaakVerzoek(Base):
    __tablename__ = "zrc_zaakverzoek"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    verzoek: Mapped[str] = mapped_column(String(URL), index=True)


class ZaakEigenschap(Base):
    __tablename__ = "zrc_zaakeigenschap"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    eigenschap: Mapped[str] = mapped_column(String(URL))
    naam: Mapped[str] = mapped_column(String(20), default="")
    waarde: Mapped[str] = mapped_column(Text)


class ZaakBesluit(Base):
    __tablename__ = "zrc_zaakbesluit"
    __table_args__ = (UniqueConstraint("zaak_id", "besluit"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=new_uuid, unique=True)
    zaak_id: Mapped[int] = _zaak_fk()
    besluit: Mapped[str] = mapped_column(String(URL), index=True)


class Identificatie(Base):
    """The last number handed out per (bronorganisatie, year) for generated identificaties."""

    __tablename__ = "zrc_identificatie"

    bronorganisatie: Mapped[str] = mapped_column(String(9), primary_key=True)
    jaar: Mapped[int] = mapped_column(Integer, primary_key=True)
    laatste: Mapped[int] = mapped_column(Integer, default=0)
