"""The other side of a zaak's relations, kept in step in the same transaction (zrc-005).

A zaakinformatieobject is mirrored in the Documenten API as an objectinformatieobject. When the
document lives in this deployment, the mirror row is written straight into the Documenten
tables in the zaak's transaction, so the two can never disagree. A document of another
deployment would need an authenticated call to its Documenten API; credentials for foreign
APIs are not configurable yet, so such a relation is kept here without a mirror (logged).

The Documenten component asks whether a zaak relation exists (drc-004) through the relation
checker registered in `register()`.
"""

from __future__ import annotations

import logging
import uuid
from urllib.parse import urlsplit

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.components.documenten.services import objectinformatieobjecten as oio
from fundament.components.documenten.services.relations import register_relation_checker
from fundament.components.zaken import models as m
from fundament.components.zaken.services.base import ZAKEN, Ctx, uuid_from_url

logger = logging.getLogger("fundament.zaken")

EIO = "enkelvoudiginformatieobjecten"


def _local_document(ctx: Ctx, url: str) -> uuid.UUID | None:
    if not ctx.resolver.is_local(url, ctx.base) or "/documenten/api/v1/" not in urlsplit(url).path:
        return None
    return uuid_from_url(url, EIO)


async def create_document_mirror(ctx: Ctx, informatieobject: str, zaak_url: str) -> None:
    key = _local_document(ctx, informatieobject)
    if key is None:
        logger.warning("no objectinformatieobject mirror for foreign document %s", informatieobject)
        return
    await oio.create_mirror(ctx.session, key, zaak_url, "zaak")


async def delete_document_mirror(ctx: Ctx, informatieobject: str, zaak_url: str) -> None:
    key = _local_document(ctx, informatieobject)
    if key is not None:
        await oio.delete_mirror(ctx.session, key, zaak_url)


async def _relation_exists(session: AsyncSession, zaak_url: str, informatieobject: str) -> bool:
    key = uuid_from_url(zaak_url, ZAKEN)
    if key is None:
        return False
    query = select(
        exists().where(
            m.ZaakInformatieObject.zaak_id == m.Zaak.id,
            m.Zaak.uuid == key,
            m.ZaakInformatieObject.informatieobject == informatieobject,
        )
    )
    return bool((await session.execute(query)).scalar())


def register() -> None:
    """Called when the Zaken component loads."""
    register_relation_checker("zaak", _relation_exists)
