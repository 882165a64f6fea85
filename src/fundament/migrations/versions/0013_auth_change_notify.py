"""auth: announce every change to clients and autorisaties (NOTIFY fundament_auth, PostgreSQL)

Workers keep clients' secrets and autorisaties in memory (common/authcache.py) and empty that
memory when they hear this channel; the trigger makes every writer announce, whoever it is.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 02:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("jwt_clients", "ac_applicatie", "ac_client_id", "ac_autorisatie")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION fundament_auth_changed() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('fundament_auth', TG_TABLE_NAME); "
        "RETURN NULL; END $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_auth_changed "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION fundament_auth_changed()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_auth_changed ON {table}")
    op.execute("DROP FUNCTION IF EXISTS fundament_auth_changed()")
