"""Tables of the Klantinteracties API: partijen, klantcontacten, actoren and internetaken.

References between resources are foreign keys on the referenced resource's `uuid`, so a
representation needs no join to show `{uuid, url}` of what it points at. Gegevensgroepen that are
only shown (addresses, names, actorIdentificatie) are JSON; identificatoren, which lists filter
on, are columns.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, JsonType, UtcDateTime, new_uuid, utcnow


def _ref(table: str, ondelete: str = "CASCADE", *, nullable: bool = True) -> Any:
    """A reference to another resource by its uuid (indexed: every one is a documented filter)."""
    return mapped_column(
        Uuid, ForeignKey(f"{table}.uuid", ondelete=ondelete), index=True, nullable=nullable
    )


def _uuid() -> Any:
    return mapped_column(Uuid, default=new_uuid, unique=True)


class _Identificator:
    """The four fields every `…identificator` gegevensgroep has (objectId and its register)."""

    object_id: Mapped[str] = mapped_column(String(200), default="", index=True)
    code_objecttype: Mapped[str] = mapped_column(String(200), default="")
    code_register: Mapped[str] = mapped_column(String(200), default="")
    code_soort_object_id: Mapped[str] = mapped_column(String(200), default="")


# --- partijen ----------------------------------------------------------------------------------


class Partij(Base):
    __tablename__ = "kl_partij"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    nummer: Mapped[str] = mapped_column(String(10), unique=True)
    interne_notitie: Mapped[str] = mapped_column(String(1000), default="")
    soort_partij: Mapped[str] = mapped_column(String(20), index=True)
    indicatie_geheimhouding: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    voorkeurstaal: Mapped[str] = mapped_column(String(3), default="")
    indicatie_actief: Mapped[bool] = mapped_column(Boolean, default=True)
    bezoekadres: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    correspondentieadres: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    # Plain uuids (no constraint: the addresses point back at the partij); cleared on delete.
    voorkeurs_digitaal_adres: Mapped[UUID | None] = mapped_column(Uuid, nullable=True)
    voorkeurs_rekeningnummer: Mapped[UUID | None] = mapped_column(Uuid, nullable=True)
    # persoon: {contactnaam}; organisatie: {naam}; contactpersoon: {contactnaam}.
    partij_identificatie: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    werkte_voor_partij: Mapped[UUID | None] = _ref("kl_partij", "SET NULL")


class PartijIdentificator(_Identificator, Base):
    __tablename__ = "kl_partij_identificator"
    # A party identified by, e.g., a BSN exists once: the identifier is unique per register,
    # objecttype and soort (within the kvk_nummer it is a vestiging of).
    __table_args__ = (
        UniqueConstraint(
            "code_register",
            "code_objecttype",
            "code_soort_object_id",
            "object_id",
            "binnen",
            name="uq_kl_partij_identificator_identificator",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    partij: Mapped[UUID | None] = _ref("kl_partij")
    andere_partij_identificator: Mapped[str] = mapped_column(String(200), default="")
    sub_identificator_van: Mapped[UUID | None] = _ref("kl_partij_identificator")
    # The uniqueness scope: the uuid of `sub_identificator_van`, or "" (NULLs are never equal).
    binnen: Mapped[str] = mapped_column(String(36), default="")


class DigitaalAdres(Base):
    __tablename__ = "kl_digitaal_adres"
    # open-klant#649: an address is unique per party and soort.
    __table_args__ = (
        UniqueConstraint(
            "partij", "soort_digitaal_adres", "sleutel", name="uq_kl_digitaal_adres_partij"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    partij: Mapped[UUID | None] = _ref("kl_partij")
    betrokkene: Mapped[UUID | None] = _ref("kl_betrokkene")
    adres: Mapped[str] = mapped_column(String(80), index=True)
    # The address as compared for uniqueness (e-mail addresses case-insensitively).
    sleutel: Mapped[str] = mapped_column(String(80))
    soort_digitaal_adres: Mapped[str] = mapped_column(String(20), index=True)
    is_standaard_adres: Mapped[bool] = mapped_column(Boolean, default=False)
    omschrijving: Mapped[str] = mapped_column(String(40), default="")
    referentie: Mapped[str] = mapped_column(String(50), default="", index=True)
    verificatie_datum: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)


class Rekeningnummer(Base):
    __tablename__ = "kl_rekeningnummer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    partij: Mapped[UUID | None] = _ref("kl_partij")
    iban: Mapped[str] = mapped_column(String(34), index=True)
    bic: Mapped[str] = mapped_column(String(11), default="", index=True)


class Vertegenwoordigden(Base):
    __tablename__ = "kl_vertegenwoordigden"
    __table_args__ = (
        UniqueConstraint(
            "vertegenwoordigende_partij",
            "vertegenwoordigde_partij",
            name="uq_kl_vertegenwoordigden_partijen",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    vertegenwoordigende_partij: Mapped[UUID] = _ref("kl_partij", nullable=False)
    vertegenwoordigde_partij: Mapped[UUID] = _ref("kl_partij", nullable=False)


class Categorie(Base):
    __tablename__ = "kl_categorie"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    naam: Mapped[str] = mapped_column(String(80), unique=True)


class CategorieRelatie(Base):
    __tablename__ = "kl_categorie_relatie"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    partij: Mapped[UUID | None] = _ref("kl_partij")
    categorie: Mapped[UUID | None] = _ref("kl_categorie")
    begin_datum: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    eind_datum: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)


# --- klantcontacten ----------------------------------------------------------------------------


class Klantcontact(Base):
    __tablename__ = "kl_klantcontact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    nummer: Mapped[str] = mapped_column(String(10), unique=True)
    referentienummer: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    kanaal: Mapped[str] = mapped_column(String(50), index=True)
    onderwerp: Mapped[str] = mapped_column(String(200), index=True)
    inhoud: Mapped[str] = mapped_column(String(1000), default="")
    reactie: Mapped[str] = mapped_column(String(4000), default="")
    indicatie_contact_gelukt: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    hoofd_onderwerp_type: Mapped[str] = mapped_column(String(200), default="")
    verdere_actie_ondernomen: Mapped[bool] = mapped_column(Boolean, default=False)
    taal: Mapped[str] = mapped_column(String(3))
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, index=True)
    plaatsgevonden_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", JsonType, default=dict)


class Betrokkene(Base):
    __tablename__ = "kl_betrokkene"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    partij: Mapped[UUID | None] = _ref("kl_partij", "SET NULL")
    klantcontact: Mapped[UUID] = _ref("kl_klantcontact", nullable=False)
    bezoekadres: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    correspondentieadres: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    contactnaam: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    rol: Mapped[str] = mapped_column(String(20))
    organisatienaam: Mapped[str] = mapped_column(String(200), default="", index=True)
    initiator: Mapped[bool] = mapped_column(Boolean)


class Onderwerpobject(_Identificator, Base):
    __tablename__ = "kl_onderwerpobject"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    klantcontact: Mapped[UUID | None] = _ref("kl_klantcontact")
    was_klantcontact: Mapped[UUID | None] = _ref("kl_klantcontact", "SET NULL")


class Bijlage(_Identificator, Base):
    __tablename__ = "kl_bijlage"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    klantcontact: Mapped[UUID | None] = _ref("kl_klantcontact")


# --- actoren and internetaken ------------------------------------------------------------------


class Actor(_Identificator, Base):
    __tablename__ = "kl_actor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    naam: Mapped[str] = mapped_column(String(200), index=True)
    soort_actor: Mapped[str] = mapped_column(String(30), index=True)
    indicatie_actief: Mapped[bool] = mapped_column(Boolean, default=True)
    actor_identificatie: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)


class ActorKlantcontact(Base):
    __tablename__ = "kl_actor_klantcontact"
    __table_args__ = (
        UniqueConstraint("actor", "klantcontact", name="uq_kl_actor_klantcontact_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    actor: Mapped[UUID] = _ref("kl_actor", nullable=False)
    klantcontact: Mapped[UUID] = _ref("kl_klantcontact", nullable=False)


class InterneTaak(Base):
    __tablename__ = "kl_interne_taak"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[UUID] = _uuid()
    nummer: Mapped[str] = mapped_column(String(10), unique=True)
    referentienummer: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    gevraagde_handeling: Mapped[str] = mapped_column(String(200))
    klantcontact: Mapped[UUID] = _ref("kl_klantcontact", nullable=False)
    toelichting: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    toegewezen_op: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    afgehandeld_op: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class InterneTaakActor(Base):
    """`toegewezenAanActoren`: the actoren an internetaak is assigned to, in order."""

    __tablename__ = "kl_interne_taak_actor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    interne_taak: Mapped[UUID] = _ref("kl_interne_taak", nullable=False)
    actor: Mapped[UUID] = _ref("kl_actor", nullable=False)
