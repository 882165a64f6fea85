"""What the Besluiten component offers other components of this deployment: besluit URLs that
resolve straight from the database, and the relation checker of the Documenten API (drc-004)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.component import LocalCollection
from fundament.components.besluiten import models as m
from fundament.components.besluiten import views
from fundament.components.besluiten.services.besluitinformatieobjecten import relation_exists
from fundament.components.documenten.services.relations import register_relation_checker


async def _besluit(session: AsyncSession, key: uuid.UUID, api_root: str) -> dict[str, Any] | None:
    row = (
        await session.execute(select(m.Besluit).where(m.Besluit.uuid == key))
    ).scalar_one_or_none()
    if row is None:
        return None

    def url(collection: str, item: uuid.UUID) -> str:
        return f"{api_root}/{collection}/{item}"

    return views.besluit(url, row).model_dump(mode="json", by_alias=True)


COLLECTIONS: tuple[LocalCollection, ...] = (LocalCollection(views.BESLUITEN, _besluit),)


def register() -> None:
    """Called when the component loads: the Documenten API asks us whether a besluit records a
    document before it keeps or drops an objectinformatieobject of this deployment."""
    register_relation_checker("besluit", relation_exists)
