"""notificaties: client credentials on an abonnement (a fresh JWT per delivery attempt)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 22:46:19.956148
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing abonnementen keep their fixed `auth` value: no credentials ("").
    with op.batch_alter_table("nrc_abonnement", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("auth_client_id", sa.String(length=255), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("auth_secret", sa.String(length=255), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("nrc_abonnement", schema=None) as batch_op:
        batch_op.drop_column("auth_secret")
        batch_op.drop_column("auth_client_id")
