"""Alembic migrations of every Fundament table (one linear history for the platform)."""
