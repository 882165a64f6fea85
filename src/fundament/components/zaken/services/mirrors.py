"""The other side of a zaak's relations, kept in step in the same transaction (zrc-005).

A zaakinformatieobject is mirrored in the Documenten API as an objectinformatieobject. When the
document lives in this deployment, the mirror row is written straight into the Documenten
tables in the zaak's transaction, so the two can never disagree. A document of another
deployment would need an authenticated call to its Documenten API; credentials for foreign
APIs are not configurable yet, so such a relation is kept here without a mirror (logged).

The Documenten component asks whether a zaak relation exists (drc-004) through the relation
checker registered in `register()`; the Besluiten component adds and removes the zaakbesluit of
a besluit with a zaak here (brc-006) through the link it registers there, in the besluit's
transaction.
"""

from __future__ import annotations

import logging
import uuid
from urllib.parse import urlsplit

from sqlalchemy import delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.urls import uuid_from_url
from fundament.components.documenten.services import objectinformatieobjecten as oio
from fundament.components.documenten.services.relations import register_relation_checker
from fundament.components.zaken import models as m
from fundament.components.zaken.services.base import ZAKEN, Ctx

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


async def _link_besluit(session: AsyncSession, zaak_url: str, besluit_url: str) -> None:
    """brc-006: a besluit of this deployment with a zaak here appears under its besluiten."""
    zaak_id = await _zaak_id(session, zaak_url)
    if zaak_id is not None:
        session.add(m.ZaakBesluit(uuid=uuid.uuid4(), zaak_id=zaak_id, besluit=besluit_url))


async def _unlink_besluit(session: AsyncSession, zaak_url: str, besluit_url: str) -> None:
    zaak_id = await _zaak_id(session, zaak_url)
    if zaak_id is not None:
        await session.execute(
            delete(m.ZaakBesluit).where(
                m.ZaakBesluit.zaak_id == zaak_id, m.ZaakBesluit.besluit == besluit_url
            )
        )


async def _zaak_id(session: AsyncSession, zaak_url: str) -> int | None:
    key = uuid_from_url(zaak_url, ZAKEN)
    if key is None:
        return None
    found = await session.execute(select(m.Zaak.id).where(m.Zaak.uuid == key))
    return found.scalar_one_or_none()


def register() -> None:
    """Called when the Zaken component loads: Documenten asks us about zaak relations
    (drc-004), Besluiten tells us about besluiten of our zaken (brc-006)."""
    from fundament.components.besluiten.services.zaken import register_zaak_link

    register_relation_checker("zaak", _relation_exists)
    register_zaak_link(_link_besluit, _unlink_besluit)
