"""catalogi

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 19:57:15.467997
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ztc_catalogus",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("domein", sa.String(length=5), nullable=False),
        sa.Column("rsin", sa.String(length=9), nullable=False),
        sa.Column("contactpersoon_beheer_naam", sa.String(length=40), nullable=False),
        sa.Column("contactpersoon_beheer_telefoonnummer", sa.String(length=20), nullable=False),
        sa.Column("contactpersoon_beheer_emailadres", sa.String(length=254), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=True),
        sa.Column("versie", sa.String(length=20), nullable=True),
        sa.Column("begindatum_versie", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_catalogus")),
        sa.UniqueConstraint("domein", "rsin", name=op.f("uq_ztc_catalogus_domein_rsin")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_catalogus_uuid")),
    )
    with op.batch_alter_table("ztc_catalogus", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ztc_catalogus_domein"), ["domein"], unique=False)
        batch_op.create_index(batch_op.f("ix_ztc_catalogus_rsin"), ["rsin"], unique=False)

    op.create_table(
        "ztc_besluittype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("catalogus_id", sa.Integer(), nullable=False),
        sa.Column("omschrijving", sa.String(length=80), nullable=False),
        sa.Column("omschrijving_generiek", sa.String(length=80), nullable=False),
        sa.Column("besluitcategorie", sa.String(length=40), nullable=False),
        sa.Column("reactietermijn", sa.String(length=40), nullable=True),
        sa.Column("publicatie_indicatie", sa.Boolean(), nullable=False),
        sa.Column("publicatietekst", sa.Text(), nullable=False),
        sa.Column("publicatietermijn", sa.String(length=40), nullable=True),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("concept", sa.Boolean(), nullable=False),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["catalogus_id"],
            ["ztc_catalogus.id"],
            name=op.f("fk_ztc_besluittype_catalogus_id_ztc_catalogus"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_besluittype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_besluittype_uuid")),
    )
    with op.batch_alter_table("ztc_besluittype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_besluittype_catalogus_id"), ["catalogus_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ztc_besluittype_concept"), ["concept"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ztc_besluittype_omschrijving"), ["omschrijving"], unique=False
        )

    op.create_table(
        "ztc_informatieobjecttype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("catalogus_id", sa.Integer(), nullable=False),
        sa.Column("omschrijving", sa.String(length=80), nullable=False),
        sa.Column("vertrouwelijkheidaanduiding", sa.String(length=20), nullable=False),
        sa.Column("informatieobjectcategorie", sa.String(length=80), nullable=False),
        sa.Column(
            "trefwoord",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "omschrijving_generiek",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("concept", sa.Boolean(), nullable=False),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["catalogus_id"],
            ["ztc_catalogus.id"],
            name=op.f("fk_ztc_informatieobjecttype_catalogus_id_ztc_catalogus"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_informatieobjecttype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_informatieobjecttype_uuid")),
    )
    with op.batch_alter_table("ztc_informatieobjecttype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_informatieobjecttype_catalogus_id"), ["catalogus_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ztc_informatieobjecttype_concept"), ["concept"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ztc_informatieobjecttype_omschrijving"), ["omschrijving"], unique=False
        )

    op.create_table(
        "ztc_zaaktype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("catalogus_id", sa.Integer(), nullable=False),
        sa.Column("identificatie", sa.String(length=50), nullable=False),
        sa.Column("omschrijving", sa.String(length=80), nullable=False),
        sa.Column("omschrijving_generiek", sa.String(length=80), nullable=False),
        sa.Column("vertrouwelijkheidaanduiding", sa.String(length=20), nullable=False),
        sa.Column("doel", sa.Text(), nullable=False),
        sa.Column("aanleiding", sa.Text(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("indicatie_intern_of_extern", sa.String(length=6), nullable=False),
        sa.Column("handeling_initiator", sa.String(length=20), nullable=False),
        sa.Column("onderwerp", sa.String(length=80), nullable=False),
        sa.Column("handeling_behandelaar", sa.String(length=20), nullable=False),
        sa.Column("doorlooptijd", sa.String(length=40), nullable=False),
        sa.Column("servicenorm", sa.String(length=40), nullable=True),
        sa.Column("opschorting_en_aanhouding_mogelijk", sa.Boolean(), nullable=False),
        sa.Column("verlenging_mogelijk", sa.Boolean(), nullable=False),
        sa.Column("verlengingstermijn", sa.String(length=40), nullable=True),
        sa.Column(
            "trefwoorden",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("publicatie_indicatie", sa.Boolean(), nullable=False),
        sa.Column("publicatietekst", sa.Text(), nullable=False),
        sa.Column(
            "verantwoordingsrelatie",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "producten_of_diensten",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("selectielijst_procestype", sa.String(length=200), nullable=False),
        sa.Column(
            "referentieproces",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("verantwoordelijke", sa.String(length=50), nullable=False),
        sa.Column(
            "broncatalogus",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "bronzaaktype",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "gerelateerde_zaaktypen",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("versiedatum", sa.Date(), nullable=False),
        sa.Column("concept", sa.Boolean(), nullable=False),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["catalogus_id"],
            ["ztc_catalogus.id"],
            name=op.f("fk_ztc_zaaktype_catalogus_id_ztc_catalogus"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_zaaktype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_zaaktype_uuid")),
    )
    with op.batch_alter_table("ztc_zaaktype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_zaaktype_catalogus_id"), ["catalogus_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ztc_zaaktype_concept"), ["concept"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ztc_zaaktype_identificatie"), ["identificatie"], unique=False
        )

    op.create_table(
        "ztc_besluittype_iotype",
        sa.Column("besluittype_id", sa.Integer(), nullable=False),
        sa.Column("informatieobjecttype_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["besluittype_id"],
            ["ztc_besluittype.id"],
            name=op.f("fk_ztc_besluittype_iotype_besluittype_id_ztc_besluittype"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["informatieobjecttype_id"],
            ["ztc_informatieobjecttype.id"],
            name=op.f("fk_ztc_besluittype_iotype_informatieobjecttype_id_ztc_informatieobjecttype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "besluittype_id", "informatieobjecttype_id", name=op.f("pk_ztc_besluittype_iotype")
        ),
    )
    op.create_table(
        "ztc_resultaattype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("omschrijving", sa.String(length=30), nullable=False),
        sa.Column("resultaattypeomschrijving", sa.String(length=1000), nullable=False),
        sa.Column("omschrijving_generiek", sa.String(length=80), nullable=False),
        sa.Column("selectielijstklasse", sa.String(length=1000), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("archiefnominatie", sa.String(length=20), nullable=False),
        sa.Column("archiefactietermijn", sa.String(length=40), nullable=True),
        sa.Column(
            "brondatum_archiefprocedure",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("procesobjectaard", sa.String(length=200), nullable=True),
        sa.Column("indicatie_specifiek", sa.Boolean(), nullable=True),
        sa.Column("procestermijn", sa.String(length=40), nullable=True),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_resultaattype_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_resultaattype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_resultaattype_uuid")),
    )
    with op.batch_alter_table("ztc_resultaattype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_resultaattype_zaaktype_id"), ["zaaktype_id"], unique=False
        )

    op.create_table(
        "ztc_roltype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("omschrijving", sa.String(length=100), nullable=False),
        sa.Column("omschrijving_generiek", sa.String(length=40), nullable=False),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_roltype_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_roltype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_roltype_uuid")),
    )
    with op.batch_alter_table("ztc_roltype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_roltype_omschrijving_generiek"),
            ["omschrijving_generiek"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_ztc_roltype_zaaktype_id"), ["zaaktype_id"], unique=False
        )

    op.create_table(
        "ztc_statustype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("omschrijving", sa.String(length=80), nullable=False),
        sa.Column("omschrijving_generiek", sa.String(length=80), nullable=False),
        sa.Column("statustekst", sa.String(length=1000), nullable=False),
        sa.Column("volgnummer", sa.Integer(), nullable=False),
        sa.Column("informeren", sa.Boolean(), nullable=False),
        sa.Column("doorlooptijd", sa.String(length=40), nullable=True),
        sa.Column("toelichting", sa.String(length=1000), nullable=True),
        sa.Column(
            "checklistitem_statustype",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_statustype_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_statustype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_statustype_uuid")),
    )
    with op.batch_alter_table("ztc_statustype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_statustype_zaaktype_id"), ["zaaktype_id"], unique=False
        )

    op.create_table(
        "ztc_zaakobjecttype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("ander_objecttype", sa.Boolean(), nullable=False),
        sa.Column("objecttype", sa.String(length=200), nullable=False),
        sa.Column("relatie_omschrijving", sa.String(length=80), nullable=False),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_zaakobjecttype_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_zaakobjecttype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_zaakobjecttype_uuid")),
    )
    with op.batch_alter_table("ztc_zaakobjecttype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_zaakobjecttype_zaaktype_id"), ["zaaktype_id"], unique=False
        )

    op.create_table(
        "ztc_zaaktype_besluittype",
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("besluittype_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["besluittype_id"],
            ["ztc_besluittype.id"],
            name=op.f("fk_ztc_zaaktype_besluittype_besluittype_id_ztc_besluittype"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_zaaktype_besluittype_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "zaaktype_id", "besluittype_id", name=op.f("pk_ztc_zaaktype_besluittype")
        ),
    )
    op.create_table(
        "ztc_zaaktype_deelzaaktype",
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("deelzaaktype_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deelzaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_zaaktype_deelzaaktype_deelzaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_zaaktype_deelzaaktype_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "zaaktype_id", "deelzaaktype_id", name=op.f("pk_ztc_zaaktype_deelzaaktype")
        ),
    )
    op.create_table(
        "ztc_eigenschap",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("statustype_id", sa.Integer(), nullable=True),
        sa.Column("naam", sa.String(length=20), nullable=False),
        sa.Column("definitie", sa.String(length=255), nullable=False),
        sa.Column(
            "specificatie",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("toelichting", sa.String(length=1000), nullable=False),
        sa.Column("begin_geldigheid", sa.Date(), nullable=True),
        sa.Column("einde_geldigheid", sa.Date(), nullable=True),
        sa.Column("begin_object", sa.Date(), nullable=True),
        sa.Column("einde_object", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["statustype_id"],
            ["ztc_statustype.id"],
            name=op.f("fk_ztc_eigenschap_statustype_id_ztc_statustype"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_eigenschap_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_eigenschap")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_eigenschap_uuid")),
    )
    with op.batch_alter_table("ztc_eigenschap", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_eigenschap_statustype_id"), ["statustype_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ztc_eigenschap_zaaktype_id"), ["zaaktype_id"], unique=False
        )

    op.create_table(
        "ztc_resultaattype_besluittype",
        sa.Column("resultaattype_id", sa.Integer(), nullable=False),
        sa.Column("besluittype_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["besluittype_id"],
            ["ztc_besluittype.id"],
            name=op.f("fk_ztc_resultaattype_besluittype_besluittype_id_ztc_besluittype"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resultaattype_id"],
            ["ztc_resultaattype.id"],
            name=op.f("fk_ztc_resultaattype_besluittype_resultaattype_id_ztc_resultaattype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "resultaattype_id", "besluittype_id", name=op.f("pk_ztc_resultaattype_besluittype")
        ),
    )
    op.create_table(
        "ztc_resultaattype_iotype",
        sa.Column("resultaattype_id", sa.Integer(), nullable=False),
        sa.Column("informatieobjecttype_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["informatieobjecttype_id"],
            ["ztc_informatieobjecttype.id"],
            name=op.f(
                "fk_ztc_resultaattype_iotype_informatieobjecttype_id_ztc_informatieobjecttype"
            ),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resultaattype_id"],
            ["ztc_resultaattype.id"],
            name=op.f("fk_ztc_resultaattype_iotype_resultaattype_id_ztc_resultaattype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "resultaattype_id", "informatieobjecttype_id", name=op.f("pk_ztc_resultaattype_iotype")
        ),
    )
    op.create_table(
        "ztc_zaaktype_informatieobjecttype",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("zaaktype_id", sa.Integer(), nullable=False),
        sa.Column("informatieobjecttype_id", sa.Integer(), nullable=False),
        sa.Column("statustype_id", sa.Integer(), nullable=True),
        sa.Column("volgnummer", sa.Integer(), nullable=False),
        sa.Column("richting", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["informatieobjecttype_id"],
            ["ztc_informatieobjecttype.id"],
            name=op.f(
                "fk_ztc_zaaktype_informatieobjecttype_informatieobjecttype_id_ztc_informatieobjecttype"
            ),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statustype_id"],
            ["ztc_statustype.id"],
            name=op.f("fk_ztc_zaaktype_informatieobjecttype_statustype_id_ztc_statustype"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["zaaktype_id"],
            ["ztc_zaaktype.id"],
            name=op.f("fk_ztc_zaaktype_informatieobjecttype_zaaktype_id_ztc_zaaktype"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ztc_zaaktype_informatieobjecttype")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ztc_zaaktype_informatieobjecttype_uuid")),
    )
    with op.batch_alter_table("ztc_zaaktype_informatieobjecttype", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ztc_zaaktype_informatieobjecttype_informatieobjecttype_id"),
            ["informatieobjecttype_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_ztc_zaaktype_informatieobjecttype_zaaktype_id"),
            ["zaaktype_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("ztc_zaaktype_informatieobjecttype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_zaaktype_informatieobjecttype_zaaktype_id"))
        batch_op.drop_index(
            batch_op.f("ix_ztc_zaaktype_informatieobjecttype_informatieobjecttype_id")
        )

    op.drop_table("ztc_zaaktype_informatieobjecttype")
    op.drop_table("ztc_resultaattype_iotype")
    op.drop_table("ztc_resultaattype_besluittype")
    with op.batch_alter_table("ztc_eigenschap", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_eigenschap_zaaktype_id"))
        batch_op.drop_index(batch_op.f("ix_ztc_eigenschap_statustype_id"))

    op.drop_table("ztc_eigenschap")
    op.drop_table("ztc_zaaktype_deelzaaktype")
    op.drop_table("ztc_zaaktype_besluittype")
    with op.batch_alter_table("ztc_zaakobjecttype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_zaakobjecttype_zaaktype_id"))

    op.drop_table("ztc_zaakobjecttype")
    with op.batch_alter_table("ztc_statustype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_statustype_zaaktype_id"))

    op.drop_table("ztc_statustype")
    with op.batch_alter_table("ztc_roltype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_roltype_zaaktype_id"))
        batch_op.drop_index(batch_op.f("ix_ztc_roltype_omschrijving_generiek"))

    op.drop_table("ztc_roltype")
    with op.batch_alter_table("ztc_resultaattype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_resultaattype_zaaktype_id"))

    op.drop_table("ztc_resultaattype")
    op.drop_table("ztc_besluittype_iotype")
    with op.batch_alter_table("ztc_zaaktype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_zaaktype_identificatie"))
        batch_op.drop_index(batch_op.f("ix_ztc_zaaktype_concept"))
        batch_op.drop_index(batch_op.f("ix_ztc_zaaktype_catalogus_id"))

    op.drop_table("ztc_zaaktype")
    with op.batch_alter_table("ztc_informatieobjecttype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_informatieobjecttype_omschrijving"))
        batch_op.drop_index(batch_op.f("ix_ztc_informatieobjecttype_concept"))
        batch_op.drop_index(batch_op.f("ix_ztc_informatieobjecttype_catalogus_id"))

    op.drop_table("ztc_informatieobjecttype")
    with op.batch_alter_table("ztc_besluittype", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_besluittype_omschrijving"))
        batch_op.drop_index(batch_op.f("ix_ztc_besluittype_concept"))
        batch_op.drop_index(batch_op.f("ix_ztc_besluittype_catalogus_id"))

    op.drop_table("ztc_besluittype")
    with op.batch_alter_table("ztc_catalogus", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ztc_catalogus_rsin"))
        batch_op.drop_index(batch_op.f("ix_ztc_catalogus_domein"))

    op.drop_table("ztc_catalogus")
