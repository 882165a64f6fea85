"""notificaties

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 20:22:04.585506
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import fundament.common.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "nrc_abonnement",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("callback_url", sa.String(length=200), nullable=False),
        sa.Column("auth", sa.String(length=1000), nullable=False),
        sa.Column("client_id", sa.String(length=255), nullable=False),
        sa.Column("aangemaakt", fundament.common.db.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nrc_abonnement")),
        sa.UniqueConstraint("uuid", name=op.f("uq_nrc_abonnement_uuid")),
    )
    op.create_table(
        "nrc_kanaal",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("naam", sa.String(length=50), nullable=False),
        sa.Column("documentatie_link", sa.String(length=200), nullable=False),
        sa.Column(
            "filters",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nrc_kanaal")),
        sa.UniqueConstraint("naam", name=op.f("uq_nrc_kanaal_naam")),
        sa.UniqueConstraint("uuid", name=op.f("uq_nrc_kanaal_uuid")),
    )
    op.create_table(
        "nrc_abonnement_kanaal",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("abonnement_id", sa.Integer(), nullable=False),
        sa.Column("kanaal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "filters",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["abonnement_id"],
            ["nrc_abonnement.id"],
            name=op.f("fk_nrc_abonnement_kanaal_abonnement_id_nrc_abonnement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["kanaal_id"],
            ["nrc_kanaal.id"],
            name=op.f("fk_nrc_abonnement_kanaal_kanaal_id_nrc_kanaal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nrc_abonnement_kanaal")),
    )
    with op.batch_alter_table("nrc_abonnement_kanaal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nrc_abonnement_kanaal_abonnement_id"), ["abonnement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_nrc_abonnement_kanaal_kanaal_id"), ["kanaal_id"], unique=False
        )

    op.create_table(
        "nrc_delivery",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column(
            "outbox_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("abonnement_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column(
            "next_attempt_at", fundament.common.db.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("claim_token", sa.String(length=36), nullable=False),
        sa.Column("claimed_until", fundament.common.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", fundament.common.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", fundament.common.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("dead_at", fundament.common.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["abonnement_id"],
            ["nrc_abonnement.id"],
            name=op.f("fk_nrc_delivery_abonnement_id_nrc_abonnement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outbox_id"],
            ["outbox.id"],
            name=op.f("fk_nrc_delivery_outbox_id_outbox"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nrc_delivery")),
        sa.UniqueConstraint("uuid", name=op.f("uq_nrc_delivery_uuid")),
    )
    with op.batch_alter_table("nrc_delivery", schema=None) as batch_op:
        batch_op.create_index(
            "ix_nrc_delivery_abonnement_status", ["abonnement_id", "status", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_nrc_delivery_outbox_id"), ["outbox_id"], unique=False)
        batch_op.create_index(
            "ix_nrc_delivery_status_due", ["status", "next_attempt_at"], unique=False
        )

    op.create_table(
        "nrc_delivery_attempt",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "delivery_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("started_at", fundament.common.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("duration", sa.Float(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["nrc_delivery.id"],
            name=op.f("fk_nrc_delivery_attempt_delivery_id_nrc_delivery"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nrc_delivery_attempt")),
    )
    with op.batch_alter_table("nrc_delivery_attempt", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nrc_delivery_attempt_delivery_id"), ["delivery_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("nrc_delivery_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nrc_delivery_attempt_delivery_id"))

    op.drop_table("nrc_delivery_attempt")
    with op.batch_alter_table("nrc_delivery", schema=None) as batch_op:
        batch_op.drop_index("ix_nrc_delivery_status_due")
        batch_op.drop_index(batch_op.f("ix_nrc_delivery_outbox_id"))
        batch_op.drop_index("ix_nrc_delivery_abonnement_status")

    op.drop_table("nrc_delivery")
    with op.batch_alter_table("nrc_abonnement_kanaal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nrc_abonnement_kanaal_kanaal_id"))
        batch_op.drop_index(batch_op.f("ix_nrc_abonnement_kanaal_abonnement_id"))

    op.drop_table("nrc_abonnement_kanaal")
    op.drop_table("nrc_kanaal")
    op.drop_table("nrc_abonnement")
