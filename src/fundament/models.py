"""Imports every table so `Base.metadata` is complete (Alembic, test set-up)."""

from fundament.common import audit, clients, outbox
from fundament.common.db import Base
from fundament.components.autorisaties import models as autorisaties_models

__all__ = ["Base", "audit", "autorisaties_models", "clients", "outbox"]
