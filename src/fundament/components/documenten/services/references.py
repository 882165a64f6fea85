"""Loaders that let other components resolve informatieobject URLs straight from the database
(a zaakinformatieobject's or besluitinformatieobject's `informatieobject`), without HTTP."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.component import LocalCollection
from fundament.components.documenten import models as m
from fundament.components.documenten import views
from fundament.components.documenten.services.base import latest_of


async def _informatieobject(
    session: AsyncSession, key: uuid.UUID, api_root: str
) -> dict[str, Any] | None:
    row = (await session.execute(latest_of(m.InformatieObject.uuid == key))).first()
    if row is None:
        return None

    def url(collection: str, item: uuid.UUID) -> str:
        return f"{api_root}/{collection}/{item}"

    return views.informatieobject(url, row[0], row[1]).model_dump(mode="json", by_alias=True)


COLLECTIONS: tuple[LocalCollection, ...] = (
    LocalCollection("enkelvoudiginformatieobjecten", _informatieobject),
)
