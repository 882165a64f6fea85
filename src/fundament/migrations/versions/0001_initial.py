"""initial: autorisaties, jwt clients, audit trail, outbox

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 19:47:16.095984
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import fundament.common.db

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ac_applicatie",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("heeft_alle_autorisaties", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ac_applicatie")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ac_applicatie_uuid")),
    )
    op.create_table(
        "audittrail",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("bron", sa.String(length=50), nullable=False),
        sa.Column("applicatie_id", sa.String(length=100), nullable=False),
        sa.Column("applicatie_weergave", sa.String(length=200), nullable=False),
        sa.Column("gebruikers_id", sa.String(length=255), nullable=False),
        sa.Column("gebruikers_weergave", sa.String(length=255), nullable=False),
        sa.Column("actie", sa.String(length=50), nullable=False),
        sa.Column("actie_weergave", sa.String(length=200), nullable=False),
        sa.Column("resultaat", sa.Integer(), nullable=False),
        sa.Column("hoofd_object", sa.String(length=1000), nullable=False),
        sa.Column("resource", sa.String(length=50), nullable=False),
        sa.Column("resource_url", sa.String(length=1000), nullable=False),
        sa.Column("resource_weergave", sa.String(length=200), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("aanmaakdatum", fundament.common.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "oud",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "nieuw",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audittrail")),
        sa.UniqueConstraint("uuid", name=op.f("uq_audittrail_uuid")),
    )
    with op.batch_alter_table("audittrail", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audittrail_hoofd_object"), ["hoofd_object"], unique=False
        )

    op.create_table(
        "jwt_clients",
        sa.Column("client_id", sa.String(length=255), nullable=False),
        sa.Column("secret", sa.String(length=255), nullable=False),
        sa.Column("created_at", fundament.common.db.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_jwt_clients")),
    )
    op.create_table(
        "outbox",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("kanaal", sa.String(length=50), nullable=False),
        sa.Column("hoofd_object", sa.String(length=1000), nullable=False),
        sa.Column("resource", sa.String(length=100), nullable=False),
        sa.Column("resource_url", sa.String(length=1000), nullable=False),
        sa.Column("actie", sa.String(length=100), nullable=False),
        sa.Column("aanmaakdatum", fundament.common.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "kenmerken",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("available_at", fundament.common.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outbox_uuid")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_status"), ["status"], unique=False)

    op.create_table(
        "ac_autorisatie",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("applicatie_id", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(length=10), nullable=False),
        sa.Column(
            "scopes",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("zaaktype", sa.String(length=1000), nullable=False),
        sa.Column("informatieobjecttype", sa.String(length=1000), nullable=False),
        sa.Column("besluittype", sa.String(length=1000), nullable=False),
        sa.Column("max_vertrouwelijkheidaanduiding", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicatie_id"],
            ["ac_applicatie.id"],
            name=op.f("fk_ac_autorisatie_applicatie_id_ac_applicatie"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ac_autorisatie")),
    )
    with op.batch_alter_table("ac_autorisatie", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ac_autorisatie_applicatie_id"), ["applicatie_id"], unique=False
        )

    op.create_table(
        "ac_client_id",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("applicatie_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicatie_id"],
            ["ac_applicatie.id"],
            name=op.f("fk_ac_client_id_applicatie_id_ac_applicatie"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ac_client_id")),
        sa.UniqueConstraint("client_id", name=op.f("uq_ac_client_id_client_id")),
    )
    with op.batch_alter_table("ac_client_id", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ac_client_id_applicatie_id"), ["applicatie_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("ac_client_id", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ac_client_id_applicatie_id"))

    op.drop_table("ac_client_id")
    with op.batch_alter_table("ac_autorisatie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ac_autorisatie_applicatie_id"))

    op.drop_table("ac_autorisatie")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_status"))

    op.drop_table("outbox")
    op.drop_table("jwt_clients")
    with op.batch_alter_table("audittrail", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audittrail_hoofd_object"))

    op.drop_table("audittrail")
    op.drop_table("ac_applicatie")
