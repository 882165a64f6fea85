"""Loaders that let other components (and `expand`) resolve Zaken URLs straight from the
database: a besluit's zaak, a document's zaak relation, a zaak's status or resultaat."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.component import LocalCollection
from fundament.common.urls import Loader
from fundament.components.zaken import models as m
from fundament.components.zaken.services import parts, specs, statussen
from fundament.components.zaken.services.base import Ctx


class _ReadOnly:
    """Just enough of a Ctx for the views: URLs under the API root, the session."""

    def __init__(self, session: AsyncSession, api_root: str) -> None:
        self.session = session
        self.api_root = api_root

    def url(self, collection: str, key: uuid.UUID) -> str:
        return f"{self.api_root}/{collection}/{key}"


async def _zaak(session: AsyncSession, key: uuid.UUID, api_root: str) -> dict[str, Any] | None:
    from fundament.components.zaken import views

    zaak = (await session.execute(select(m.Zaak).where(m.Zaak.uuid == key))).scalar_one_or_none()
    if zaak is None:
        return None
    related = await views.load_related(session, [zaak])
    view = views.zaak(_ReadOnly(session, api_root).url, zaak, related)
    return view.model_dump(mode="json", by_alias=True, exclude={"expand"})


def _part(part: parts.Part) -> Loader:
    async def load(session: AsyncSession, key: uuid.UUID, api_root: str) -> dict[str, Any] | None:
        found = (
            await session.execute(
                select(part.model, m.Zaak.uuid)
                .join(m.Zaak, m.Zaak.id == part.model.zaak_id)
                .where(part.model.uuid == key)
            )
        ).first()
        if found is None:
            return None
        ctx: Any = _ReadOnly(session, api_root)
        [view] = await part.views(ctx, [(found[0], found[1])])
        return dict(view.model_dump(mode="json", by_alias=True))

    return load


COLLECTIONS: tuple[LocalCollection, ...] = (
    LocalCollection("zaken", _zaak),
    LocalCollection("statussen", _part(statussen.STATUS)),
    LocalCollection("resultaten", _part(specs.RESULTAAT)),
    LocalCollection("rollen", _part(specs.ROL)),
    LocalCollection("zaakobjecten", _part(specs.ZAAKOBJECT)),
    LocalCollection("zaakinformatieobjecten", _part(specs.ZAAKINFORMATIEOBJECT)),
    LocalCollection("klantcontacten", _part(specs.KLANTCONTACT)),
)

__all__ = ["COLLECTIONS", "Ctx"]
