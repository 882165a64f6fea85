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

from fundament.common import refcache
from fundament.common.component import LocalCollection
from fundament.common.urls import BatchLoader
from fundament.components.catalogi import models as m
from fundament.components.catalogi import views


def _published(row: Any) -> bool:
    """Published itself (a zaaktype, informatieobjecttype, besluittype) or a part of a
    published zaaktype (a statustype, roltype, …): it changes no more than that does."""
    owner = getattr(row, "zaaktype", row)
    return getattr(owner, "concept", True) is False


def _batch(
    collection: str,
    model: type[Any],
    load: tuple[LoaderOption, ...],
    view: Callable[[views.Url, Any], BaseModel],
) -> BatchLoader:
    """Many types of one kind by uuid, in one query (with their relations' eager loads); a
    published one is kept for a few seconds in the catalogue cache (common/refcache), so that a
    page of zaken expanding the statustypen of many zaaktypen does not build them again and
    again."""

    async def load_many(
        session: AsyncSession, keys: list[uuid.UUID], api_root: str
    ) -> dict[uuid.UUID, dict[str, Any]]:
        def url(name: str, item: Any) -> str:
            return f"{api_root}/{name}/{item}"

        found: dict[uuid.UUID, dict[str, Any]] = {}
        for key in keys:
            cached = refcache.get(url(collection, key))
            if cached is not None:
                found[key] = cached
        missing = [key for key in keys if key not in found]
        if not missing:
            return found
        rows = await session.execute(select(model).where(model.uuid.in_(missing)).options(*load))
        for row in rows.scalars():
            data = view(url, row).model_dump(mode="json", by_alias=True)
            if _published(row):
                refcache.keep(url(collection, row.uuid), data)
            found[row.uuid] = data
        return found

    return load_many


def _collection(
    name: str,
    model: type[Any],
    load: tuple[LoaderOption, ...],
    view: Callable[[views.Url, Any], BaseModel],
) -> LocalCollection:
    many = _batch(name, model, load, view)

    async def load_one(
        session: AsyncSession, key: uuid.UUID, api_root: str
    ) -> dict[str, Any] | None:
        return (await many(session, [key], api_root)).get(key)

    return LocalCollection(name, load_one, many)


COLLECTIONS: tuple[LocalCollection, ...] = (
    _collection("zaaktypen", m.ZaakType, views.ZAAKTYPE_LOAD, views.zaaktype),
    _collection(
        "informatieobjecttypen",
        m.InformatieObjectType,
        views.INFORMATIEOBJECTTYPE_LOAD,
        views.informatieobjecttype,
    ),
    _collection("besluittypen", m.BesluitType, views.BESLUITTYPE_LOAD, views.besluittype),
    _collection("statustypen", m.StatusType, views.STATUSTYPE_LINK_LOAD, views.statustype),
    _collection("roltypen", m.RolType, views.ROLTYPE_LOAD, views.roltype),
    _collection("resultaattypen", m.ResultaatType, views.RESULTAATTYPE_LOAD, views.resultaattype),
    _collection("eigenschappen", m.Eigenschap, views.EIGENSCHAP_LOAD, views.eigenschap),
)
