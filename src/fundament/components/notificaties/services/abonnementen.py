"""Use cases for abonnementen: list, read, create, replace, change and remove."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Table, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from fundament.common.errors import NotFound, ValidationFailed
from fundament.common.problems import invalid_params_from_pydantic
from fundament.common.schemas import WireModel
from fundament.common.urls import BadReference, UrlResolver
from fundament.components.notificaties import rules
from fundament.components.notificaties.models import Abonnement as AbonnementRow
from fundament.components.notificaties.models import AbonnementKanaal
from fundament.components.notificaties.models import Kanaal as KanaalRow
from fundament.components.notificaties.schemas import (
    Abonnement,
    AbonnementCreate,
    FilterGroup,
)

_abonnement: Table = AbonnementRow.__table__  # type: ignore[assignment]
_group: Table = AbonnementKanaal.__table__  # type: ignore[assignment]
_kanaal: Table = KanaalRow.__table__  # type: ignore[assignment]


async def _views(session: AsyncSession, api_root: str, rows: Sequence[Any]) -> list[Abonnement]:
    """Response models for abonnement rows with one more query in all (no N+1)."""
    ids = [row.id for row in rows]
    if not ids:
        return []
    groups: dict[int, list[FilterGroup]] = defaultdict(list)
    for group in await session.execute(
        select(_group.c.abonnement_id, _group.c.filters, _kanaal.c.naam)
        .join(_kanaal, _kanaal.c.id == _group.c.kanaal_id)
        .where(_group.c.abonnement_id.in_(ids))
        .order_by(_group.c.abonnement_id, _group.c.position)
    ):
        groups[group.abonnement_id].append(
            FilterGroup(naam=group.naam, filters=dict(group.filters or {}))
        )
    return [
        Abonnement(
            url=f"{api_root}/abonnement/{row.uuid}",
            callback_url=row.callback_url,
            auth_client_id=row.auth_client_id,
            kanalen=groups[row.id],
        )
        for row in rows
    ]


_COLUMNS = (
    _abonnement.c.id,
    _abonnement.c.uuid,
    _abonnement.c.callback_url,
    _abonnement.c.auth_client_id,
)


async def list_abonnementen(session: AsyncSession, api_root: str) -> list[Abonnement]:
    rows = (await session.execute(select(*_COLUMNS).order_by(_abonnement.c.id))).all()
    return await _views(session, api_root, rows)


async def get_abonnement(session: AsyncSession, api_root: str, key: uuid.UUID) -> Abonnement:
    row = (await session.execute(select(*_COLUMNS).where(_abonnement.c.uuid == key))).first()
    if row is None:
        raise NotFound("Abonnement niet gevonden.")
    return (await _views(session, api_root, [row]))[0]


async def _kanaal_ids(
    session: AsyncSession, data: AbonnementCreate
) -> dict[str, tuple[int, list[str]]]:
    """Validate the abonnement against the registered kanalen; their ids and filters by naam."""
    names = {group.naam for group in data.kanalen}
    known = {
        row.naam: (row.id, list(row.filters or []))
        for row in await session.execute(
            select(_kanaal.c.id, _kanaal.c.naam, _kanaal.c.filters).where(_kanaal.c.naam.in_(names))
        )
    }
    problems = rules.auth_or_credentials(data.auth, data.auth_client_id, data.auth_secret)
    problems += rules.cloudevents_unused(data.send_cloudevents, data.cloudevent_filters)
    for index, group in enumerate(data.kanalen):
        found = rules.kanaal_exists(f"kanalen.{index}.naam", group.naam, known, "kanaal_naam")
        problems += found
        if not found:
            problems += rules.abonnement_filters_known(index, group.filters, known[group.naam][1])
    if problems:
        raise ValidationFailed(problems)
    return known


def _fill(
    row: AbonnementRow, data: AbonnementCreate, kanalen: dict[str, tuple[int, list[str]]]
) -> None:
    row.callback_url = data.callback_url
    row.auth = data.auth
    row.auth_client_id = data.auth_client_id
    row.auth_secret = data.auth_secret if data.auth_client_id else ""
    row.kanalen = [
        AbonnementKanaal(kanaal_id=kanalen[group.naam][0], position=position, filters=group.filters)
        for position, group in enumerate(data.kanalen)
    ]


def _view_of(api_root: str, row: AbonnementRow, data: AbonnementCreate) -> Abonnement:
    return Abonnement(
        url=f"{api_root}/abonnement/{row.uuid}",
        callback_url=data.callback_url,
        auth_client_id=data.auth_client_id,
        kanalen=data.kanalen,
    )


async def _callback_allowed(resolver: UrlResolver, url: str) -> None:
    """The server will POST to the callback, so it obeys the same rules as any URL the server
    calls: no loopback or private address unless allowed, and the allow-list (no SSRF)."""
    try:
        await resolver.check_allowed(url)
    except BadReference as exc:
        raise ValidationFailed([exc.as_param("callbackUrl")]) from exc


async def create_abonnement(
    session: AsyncSession,
    api_root: str,
    client_id: str,
    data: AbonnementCreate,
    resolver: UrlResolver,
) -> Abonnement:
    await _callback_allowed(resolver, data.callback_url)
    kanalen = await _kanaal_ids(session, data)
    row = AbonnementRow(uuid=uuid.uuid4(), client_id=client_id)
    _fill(row, data, kanalen)
    session.add(row)
    await session.commit()
    return _view_of(api_root, row, data)


async def _load(session: AsyncSession, key: uuid.UUID) -> AbonnementRow:
    row = (
        await session.execute(
            select(AbonnementRow)
            .where(AbonnementRow.uuid == key)
            .options(selectinload(AbonnementRow.kanalen))
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound("Abonnement niet gevonden.")
    return row


def _patched(row: AbonnementRow, current: Abonnement, data: WireModel) -> AbonnementCreate:
    """PATCH: the sent fields over the current abonnement, validated as a whole. `auth` and
    `authSecret` are write-only, so they come from the row, not the view; a blank `auth` (the
    abonnement uses credentials) counts as not given."""
    sent = data.model_dump(exclude_unset=True)
    new_client = sent.get("auth_client_id", row.auth_client_id) != row.auth_client_id
    values: dict[str, Any] = {
        "callback_url": current.callback_url,
        "auth_client_id": row.auth_client_id,
        "auth_secret": "" if new_client else row.auth_secret,
        "kanalen": [group.model_dump() for group in current.kanalen],
    }
    if row.auth:
        values["auth"] = row.auth
    try:
        return AbonnementCreate.model_validate({**values, **sent})
    except ValidationError as exc:
        raise ValidationFailed(invalid_params_from_pydantic(exc.errors())) from exc


async def update_abonnement(
    session: AsyncSession,
    api_root: str,
    key: uuid.UUID,
    data: WireModel,
    resolver: UrlResolver,
) -> Abonnement:
    """PUT (a full AbonnementCreate) or PATCH (only the fields sent; `auth` and the credentials
    kept if not sent — but a new `authClientId` needs its own `authSecret`)."""
    current = await get_abonnement(session, api_root, key)
    row = await _load(session, key)
    full = data if isinstance(data, AbonnementCreate) else _patched(row, current, data)
    await _callback_allowed(resolver, full.callback_url)
    kanalen = await _kanaal_ids(session, full)
    row.kanalen = []
    await session.flush()
    _fill(row, full, kanalen)
    await session.commit()
    return _view_of(api_root, row, full)


async def delete_abonnement(session: AsyncSession, key: uuid.UUID) -> None:
    """Remove an abonnement; its deliveries still waiting go with it (nobody to deliver to)."""
    result = await session.execute(delete(_abonnement).where(_abonnement.c.uuid == key))
    if not getattr(result, "rowcount", 0):
        raise NotFound("Abonnement niet gevonden.")
    await session.commit()
