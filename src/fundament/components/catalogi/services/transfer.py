"""Moving a whole catalogue between environments (test → production): export to a JSON document
and import it into another database, keeping UUIDs, identificaties, versions and concept state.

The document holds table rows, not API representations, so it carries no host names: the
imported types get the URLs of the environment they land in.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.errors import Conflict, NotFound, ValidationFailed
from fundament.components.catalogi import models as m

FORMAT = "fundament-catalogus/1"

# Tables in the order they can be inserted, with the foreign keys each has (column → table).
_ORDER: tuple[tuple[type[Any], dict[str, type[Any]]], ...] = (
    (m.Catalogus, {}),
    (m.InformatieObjectType, {"catalogus_id": m.Catalogus}),
    (m.BesluitType, {"catalogus_id": m.Catalogus}),
    (m.ZaakType, {"catalogus_id": m.Catalogus}),
    (m.StatusType, {"zaaktype_id": m.ZaakType}),
    (m.RolType, {"zaaktype_id": m.ZaakType}),
    (m.ResultaatType, {"zaaktype_id": m.ZaakType}),
    (m.Eigenschap, {"zaaktype_id": m.ZaakType, "statustype_id": m.StatusType}),
    (
        m.ZaakTypeInformatieObjectType,
        {
            "zaaktype_id": m.ZaakType,
            "informatieobjecttype_id": m.InformatieObjectType,
            "statustype_id": m.StatusType,
        },
    ),
    (m.ZaakObjectType, {"zaaktype_id": m.ZaakType}),
)
# Link tables: name → (left column, left table, right column, right table).
_LINKS: dict[str, tuple[Table, type[Any], type[Any]]] = {
    "zaaktype_besluittypen": (m.zaaktype_besluittypen, m.ZaakType, m.BesluitType),
    "zaaktype_deelzaaktypen": (m.zaaktype_deelzaaktypen, m.ZaakType, m.ZaakType),
    "besluittype_informatieobjecttypen": (
        m.besluittype_informatieobjecttypen,
        m.BesluitType,
        m.InformatieObjectType,
    ),
    "resultaattype_besluittypen": (m.resultaattype_besluittypen, m.ResultaatType, m.BesluitType),
    "resultaattype_informatieobjecttypen": (
        m.resultaattype_informatieobjecttypen,
        m.ResultaatType,
        m.InformatieObjectType,
    ),
}
_DATE_COLUMNS = frozenset(
    {
        "begin_geldigheid",
        "einde_geldigheid",
        "begin_object",
        "einde_object",
        "versiedatum",
        "begindatum_versie",
    }
)


def _key(model: type[Any]) -> str:
    return str(model.__tablename__)


async def _rows(session: AsyncSession, model: type[Any], catalogus_id: int) -> list[Any]:
    table = model.__table__
    if model is m.Catalogus:
        condition = table.c.id == catalogus_id
    elif "catalogus_id" in table.c:
        condition = table.c.catalogus_id == catalogus_id
    else:
        zaaktypen = select(m.ZaakType.id).where(m.ZaakType.catalogus_id == catalogus_id)
        condition = table.c.zaaktype_id.in_(zaaktypen)
    return list((await session.execute(select(table).where(condition).order_by(table.c.id))).all())


async def export_catalogus(session: AsyncSession, key: uuid.UUID) -> dict[str, Any]:
    """The catalogue with every type in it, as a JSON-ready document."""
    catalogus_id = (
        await session.execute(select(m.Catalogus.id).where(m.Catalogus.uuid == key))
    ).scalar_one_or_none()
    if catalogus_id is None:
        raise NotFound("Catalogus niet gevonden.")
    uuids: dict[tuple[str, int], str] = {}
    document: dict[str, Any] = {"format": FORMAT, "tables": {}, "links": {}}
    for model, foreign in _ORDER:
        exported = []
        for row in await _rows(session, model, catalogus_id):
            values = dict(row._mapping)
            uuids[(_key(model), values["id"])] = str(values["uuid"])
            item: dict[str, Any] = {}
            for column, value in values.items():
                if column == "id":
                    continue
                if column in foreign:
                    item[column] = uuids.get((_key(foreign[column]), value)) if value else None
                elif isinstance(value, uuid.UUID | date):
                    item[column] = str(value)
                else:
                    item[column] = value
            exported.append(item)
        document["tables"][_key(model)] = exported
    for name, (table, left, right) in _LINKS.items():
        left_col, right_col = (c.name for c in table.columns)
        pairs = []
        for row in await session.execute(select(table)):
            a, b = row._mapping[left_col], row._mapping[right_col]
            if (_key(left), a) in uuids and (_key(right), b) in uuids:
                pairs.append([uuids[(_key(left), a)], uuids[(_key(right), b)]])
        document["links"][name] = sorted(pairs)
    return document


async def import_catalogus(session: AsyncSession, document: dict[str, Any]) -> uuid.UUID:
    """Recreate an exported catalogue in this database, in one transaction."""
    if document.get("format") != FORMAT or not isinstance(document.get("tables"), dict):
        raise ValidationFailed.single("format", "invalid", f"Geen document in formaat {FORMAT}.")
    ids: dict[tuple[str, str], int] = {}
    try:
        for model, foreign in _ORDER:
            table = model.__table__
            for item in document["tables"].get(_key(model), []):
                values = dict(item)
                for column in list(values):
                    if column in foreign:
                        ref = values[column]
                        values[column] = ids[(_key(foreign[column]), ref)] if ref else None
                    elif column in _DATE_COLUMNS and values[column]:
                        values[column] = date.fromisoformat(values[column])
                values["uuid"] = uuid.UUID(values["uuid"])
                new_id = (
                    await session.execute(insert(table).values(**values).returning(table.c.id))
                ).scalar_one()
                ids[(_key(model), item["uuid"])] = new_id
        for name, (table, left, right) in _LINKS.items():
            left_col, right_col = (c.name for c in table.columns)
            for a, b in document.get("links", {}).get(name, []):
                await session.execute(
                    insert(table).values(
                        {left_col: ids[(_key(left), a)], right_col: ids[(_key(right), b)]}
                    )
                )
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise Conflict(
            "Deze catalogus (of een type erin) bestaat al in deze database.", code="unique"
        ) from exc
    except KeyError as exc:
        await session.rollback()
        raise ValidationFailed.single(
            "tables", "invalid", "Het document verwijst naar een object dat er niet in staat."
        ) from exc
    catalogus = document["tables"][_key(m.Catalogus)][0]
    return uuid.UUID(catalogus["uuid"])
