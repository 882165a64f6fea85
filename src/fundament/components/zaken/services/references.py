"""Loaders that let other components (and `expand`) resolve Zaken URLs straight from the
database: a besluit's zaak, a document's zaak relation, a zaak's status or resultaat."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.component import LocalCollection
from fundament.common.urls import BatchLoader, Loader
from fundament.components.zaken import models as m
from fundament.components.zaken.services import parts, specs, statussen, zaakinformatieobjecten
from fundament.components.zaken.services.base import Ctx


class _ReadOnly:
    """Just enough of a Ctx for the views: URLs under the API root, the session."""

    def __init__(self, session: AsyncSession, api_root: str) -> None:
        self.session = session
        self.api_root = api_root

    def url(self, collection: str, key: uuid.UUID) -> str:
        return f"{self.api_root}/{collection}/{key}"


async def _zaken(
    session: AsyncSession, keys: list[uuid.UUID], api_root: str
) -> dict[uuid.UUID, dict[str, Any]]:
    from fundament.components.zaken import views

    rows = await session.execute(select(*views.COLUMNS).where(m.Zaak.uuid.in_(keys)))
    zaken = [views.values(row) for row in rows]
    related = await views.load_related(session, zaken)
    url = _ReadOnly(session, api_root).url
    return {
        zaak["uuid"]: views.zaak(url, zaak, related).model_dump(
            mode="json", by_alias=True, exclude={"expand"}
        )
        for zaak in zaken
    }


def _parts(part: parts.Part) -> BatchLoader:
    async def load(
        session: AsyncSession, keys: list[uuid.UUID], api_root: str
    ) -> dict[uuid.UUID, dict[str, Any]]:
        rows = (
            await session.execute(
                select(part.model, m.Zaak.uuid)
                .join(m.Zaak, m.Zaak.id == part.model.zaak_id)
                .where(part.model.uuid.in_(keys))
            )
        ).all()
        ctx: Any = _ReadOnly(session, api_root)
        found = await part.views(ctx, [(row, zaak_uuid) for row, zaak_uuid in rows])
        return {view.uuid: view.model_dump(mode="json", by_alias=True) for view in found}

    return load


def _one(many: BatchLoader) -> Loader:
    async def load(session: AsyncSession, key: uuid.UUID, api_root: str) -> dict[str, Any] | None:
        return (await many(session, [key], api_root)).get(key)

    return load


def _collection(name: str, many: BatchLoader) -> LocalCollection:
    return LocalCollection(name, _one(many), many)


COLLECTIONS: tuple[LocalCollection, ...] = (
    _collection("zaken", _zaken),
    _collection("statussen", _parts(statussen.STATUS)),
    _collection("resultaten", _parts(specs.RESULTAAT)),
    _collection("rollen", _parts(specs.ROL)),
    _collection("zaakobjecten", _parts(specs.ZAAKOBJECT)),
    _collection("zaakinformatieobjecten", _parts(zaakinformatieobjecten.ZAAKINFORMATIEOBJECT)),
    _collection("klantcontacten", _parts(specs.KLANTCONTACT)),
)

__all__ = ["COLLECTIONS", "Ctx"]
