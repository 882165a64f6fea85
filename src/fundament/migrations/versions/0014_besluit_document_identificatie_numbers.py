"""besluiten, documenten: generated identificaties from a sequence (PostgreSQL) or a counter
(SQLite), so concurrent creates never get the same one

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# sequence → (table, prefix of its generated identificaties)
SEQUENCES = {
    "brc_besluit_identificatie_seq": ("brc_besluit", "BESLUIT"),
    "drc_document_identificatie_seq": ("drc_informatieobject_versie", "DOCUMENT"),
}


def upgrade() -> None:
    # SQLite: the last number per (organisation, year); a missing counter starts past the
    # highest number in the table when first used (common/numbering.py).
    for table in ("brc_identificatie", "drc_identificatie"):
        op.create_table(
            table,
            sa.Column("organisatie", sa.String(length=9), nullable=False),
            sa.Column("jaar", sa.Integer(), nullable=False),
            sa.Column("laatste", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("organisatie", "jaar", name=op.f(f"pk_{table}")),
        )
    if op.get_bind().dialect.name == "postgresql":
        # Start past every number generated so far (any organisation, any year).
        for sequence, (table, prefix) in SEQUENCES.items():
            op.execute(f"CREATE SEQUENCE IF NOT EXISTS {sequence} START WITH 1")
            op.execute(
                f"SELECT setval('{sequence}', COALESCE(highest, 1), highest IS NOT NULL) "
                f"FROM (SELECT MAX(CAST(RIGHT(identificatie, 10) AS BIGINT)) AS highest "
                f"FROM {table} WHERE identificatie ~ '^{prefix}-[0-9]{{4}}-[0-9]{{10}}$') AS found"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sequence in SEQUENCES:
            op.execute(f"DROP SEQUENCE IF EXISTS {sequence}")
    op.drop_table("drc_identificatie")
    op.drop_table("brc_identificatie")
