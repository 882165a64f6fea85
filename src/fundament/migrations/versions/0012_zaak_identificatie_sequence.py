"""zaken: a sequence for generated identificaties on PostgreSQL (creates need not wait)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 00:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Start past every number the per-year counters handed out so far.
        op.execute("CREATE SEQUENCE IF NOT EXISTS zrc_zaak_identificatie_seq START WITH 1")
        op.execute(
            "SELECT setval('zrc_zaak_identificatie_seq', "
            "GREATEST((SELECT COALESCE(MAX(laatste), 0) FROM zrc_identificatie), 1))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS zrc_zaak_identificatie_seq")
