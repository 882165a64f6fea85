"""Imports every table so `Base.metadata` is complete (Alembic, test set-up)."""

from fundament.common import apitokens, audit, clients, outbox
from fundament.common.db import Base
from fundament.components.autorisaties import models as autorisaties_models
from fundament.components.besluiten import models as besluiten_models
from fundament.components.catalogi import models as catalogi_models
from fundament.components.contactgegevens import models as contactgegevens_models
from fundament.components.documenten import models as documenten_models
from fundament.components.klantinteracties import models as klantinteracties_models
from fundament.components.notificaties import models as notificaties_models
from fundament.components.objecten import models as objecten_models
from fundament.components.objecttypen import models as objecttypen_models
from fundament.components.zaken import models as zaken_models

__all__ = [
    "Base",
    "apitokens",
    "audit",
    "autorisaties_models",
    "besluiten_models",
    "catalogi_models",
    "clients",
    "contactgegevens_models",
    "documenten_models",
    "klantinteracties_models",
    "notificaties_models",
    "objecten_models",
    "objecttypen_models",
    "outbox",
    "zaken_models",
]
