"""Loaders that let other components resolve Catalogi URLs straight from the database (no HTTP):
a zaak's zaaktype, a document's informatieobjecttype, a besluit's besluittype, ..."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.interfaces import LoaderOption

from fundament.common.component import LocalCollection
from fundament.common.urls import Loader
from fundament.components.catalogi import models as m
from fundament.components.catalogi import views


def _loader(
    model: type[Any], load: tuple[LoaderOption, ...], view: Callable[[views.Url, Any], BaseModel]
) -> Loader:
    async def load_one(
        session: AsyncSession, key: uuid.UUID, api_root: str
    ) -> dict[str, Any] | None:
        row = (
            await session.execute(select(model).where(model.uuid == key).options(*load))
        ).scalar_one_or_none()
        if row is None:
            return None

        def url(collection: str, item: Any) -> str:
            return f"{api_root}/{collection}/{item}"

        return view(url, row).model_dump(mode="json", by_alias=True)

    return load_one


COLLECTIONS: tuple[LocalCollection, ...] = (
    LocalCollection("zaaktypen", _loader(m.ZaakType, views.ZAAKTYPE_LOAD, views.zaaktype)),
    LocalCollection(
        "informatieobjecttypen",
        _loader(
            m.InformatieObjectType, views.INFORMATIEOBJECTTYPE_LOAD, views.informatieobjecttype
        ),
    ),
    LocalCollection(
        "besluittypen", _loader(m.BesluitType, views.BESLUITTYPE_LOAD, views.besluittype)
    ),
    LocalCollection("statustypen", _loader(m.StatusType, views.STATUSTYPE_LOAD, views.statustype)),
    LocalCollection("roltypen", _loader(m.RolType, views.ROLTYPE_LOAD, views.roltype)),
    LocalCollection(
        "resultaattypen", _loader(m.ResultaatType, views.RESULTAATTYPE_LOAD, views.resultaattype)
    ),
    LocalCollection(
        "eigenschappen", _loader(m.Eigenschap, views.EIGENSCHAP_LOAD, views.eigenschap)
    ),
)
