"""Use cases of the Autorisaties API; each write owns its transaction (change + audit + outbox)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from fundament.common.audit import Actor, record_audit
from fundament.common.auth import ApplicatieGrants, Grant
from fundament.common.db import is_unique_violation
from fundament.common.errors import NotFound, ValidationFailed
from fundament.common.outbox import enqueue_notification
from fundament.common.pagination import PageParams
from fundament.common.responses import dump
from fundament.common.schemas import merged as merge_patch
from fundament.components.autorisaties import kanalen, rules
from fundament.components.autorisaties.models import (
    Applicatie as ApplicatieRow,
)
from fundament.components.autorisaties.models import (
    ApplicatieClientId,
)
from fundament.components.autorisaties.models import (
    Autorisatie as AutorisatieRow,
)
from fundament.components.autorisaties.schemas import (
    COMPONENT_WEERGAVE,
    Applicatie,
    ApplicatieCreate,
    ApplicatiePatch,
    Autorisatie,
    AutorisatieIn,
)

BRON = "ac"
ROOT = "/autorisaties/api/v1"

_TYPE_FIELD = {"zrc": "zaaktype", "drc": "informatieobjecttype", "brc": "besluittype"}
_HAS_MAX = frozenset({"zrc", "drc"})

_client = ApplicatieClientId.__table__
_app: Table = ApplicatieRow.__table__  # type: ignore[assignment]
_aut: Table = AutorisatieRow.__table__  # type: ignore[assignment]


def _autorisatie_view(row: Any) -> Autorisatie:
    component = row.component
    extra: dict[str, str] = {}
    if component in _TYPE_FIELD:
        field = _TYPE_FIELD[component]
        extra[field] = getattr(row, field)
    if component in _HAS_MAX:
        extra["max_vertrouwelijkheidaanduiding"] = row.max_vertrouwelijkheidaanduiding
    return Autorisatie(
        component=component,
        component_weergave=COMPONENT_WEERGAVE[component],
        scopes=list(row.scopes or []),
        **extra,
    )


async def _views(session: AsyncSession, api_root: str, apps: Sequence[Any]) -> list[Applicatie]:
    """Build response models for applicatie rows with two more queries in all (no N+1)."""
    ids = [app.id for app in apps]
    if not ids:
        return []
    client_ids: dict[int, list[str]] = defaultdict(list)
    for row in await session.execute(
        select(_client.c.applicatie_id, _client.c.client_id)
        .where(_client.c.applicatie_id.in_(ids))
        .order_by(_client.c.applicatie_id, _client.c.position)
    ):
        client_ids[row.applicatie_id].append(row.client_id)
    autorisaties: dict[int, list[Autorisatie]] = defaultdict(list)
    for row in await session.execute(
        select(_aut).where(_aut.c.applicatie_id.in_(ids)).order_by(_aut.c.id)
    ):
        autorisaties[row.applicatie_id].append(_autorisatie_view(row))
    return [
        Applicatie(
            url=f"{api_root}/applicaties/{app.uuid}",
            client_ids=client_ids[app.id],
            label=app.label,
            heeft_alle_autorisaties=app.heeft_alle_autorisaties,
            autorisaties=autorisaties[app.id],
        )
        for app in apps
    ]


def _with_client_ids(client_ids: Sequence[str]) -> Any:
    return _app.c.id.in_(
        select(_client.c.applicatie_id).where(_client.c.client_id.in_(list(client_ids)))
    )


async def list_applicaties(
    session: AsyncSession, api_root: str, page: PageParams, client_ids: Sequence[str] | None
) -> tuple[int, list[Applicatie]]:
    condition = _with_client_ids(client_ids) if client_ids else None
    count_query = select(func.count()).select_from(_app)
    page_query = select(_app.c.id, _app.c.uuid, _app.c.label, _app.c.heeft_alle_autorisaties)
    if condition is not None:
        count_query = count_query.where(condition)
        page_query = page_query.where(condition)
    count = (await session.execute(count_query)).scalar_one()
    rows = (
        await session.execute(
            page_query.order_by(_app.c.id).offset(page.offset).limit(page.page_size)
        )
    ).all()
    return count, await _views(session, api_root, rows)


async def _row_by(session: AsyncSession, condition: Any) -> Any:
    query = select(_app.c.id, _app.c.uuid, _app.c.label, _app.c.heeft_alle_autorisaties)
    return (await session.execute(query.where(condition))).first()


async def get_applicatie(session: AsyncSession, api_root: str, key: uuid.UUID) -> Applicatie:
    row = await _row_by(session, _app.c.uuid == key)
    if row is None:
        raise NotFound("Applicatie niet gevonden.")
    return (await _views(session, api_root, [row]))[0]


async def get_applicatie_for_client(
    session: AsyncSession, api_root: str, client_id: str
) -> Applicatie:
    row = await _row_by(session, _with_client_ids([client_id]))
    if row is None:
        raise NotFound("Geen applicatie voor deze clientId.")
    return (await _views(session, api_root, [row]))[0]


# --- writes ------------------------------------------------------------------------------------


def _spec(item: AutorisatieIn) -> rules.AutorisatieSpec:
    return rules.AutorisatieSpec(
        component=item.component,
        scopes=tuple(item.scopes),
        zaaktype=item.zaaktype,
        informatieobjecttype=item.informatieobjecttype,
        besluittype=item.besluittype,
        max_vertrouwelijkheidaanduiding=item.max_vertrouwelijkheidaanduiding,
    )


def _autorisatie_row(item: AutorisatieIn) -> AutorisatieRow:
    # Only the fields of the item's own component are kept (the OAS discriminator).
    field = _TYPE_FIELD.get(item.component)
    return AutorisatieRow(
        component=item.component,
        scopes=list(dict.fromkeys(item.scopes)),
        zaaktype=item.zaaktype if field == "zaaktype" else "",
        informatieobjecttype=item.informatieobjecttype if field == "informatieobjecttype" else "",
        besluittype=item.besluittype if field == "besluittype" else "",
        max_vertrouwelijkheidaanduiding=(
            item.max_vertrouwelijkheidaanduiding if item.component in _HAS_MAX else ""
        ),
    )


def _validate(data: ApplicatieCreate) -> None:
    problems = rules.validate_applicatie(
        data.client_ids, data.heeft_alle_autorisaties, [_spec(a) for a in data.autorisaties]
    )
    if problems:
        raise ValidationFailed(problems)


def _fill(app: ApplicatieRow, data: ApplicatieCreate) -> None:
    app.label = data.label
    app.heeft_alle_autorisaties = data.heeft_alle_autorisaties
    app.client_ids = [
        ApplicatieClientId(client_id=cid, position=pos) for pos, cid in enumerate(data.client_ids)
    ]
    app.autorisaties = [_autorisatie_row(item) for item in data.autorisaties]


async def _commit(session: AsyncSession) -> None:
    """Commit change, audit and outbox together; ac-001 is enforced by the unique key."""
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        if is_unique_violation(exc, table="ac_client_id", column="client_id"):
            raise ValidationFailed.single(
                "clientIds",
                "clientId-exists",
                "Een van de clientIds is al in gebruik bij een andere applicatie.",
            ) from exc
        raise


def _record(
    session: AsyncSession,
    actor: Actor,
    actie: str,
    status: int,
    view_url: str,
    label: str,
    oud: Applicatie | None,
    nieuw: Applicatie | None,
) -> None:
    record_audit(
        session,
        actor,
        bron=BRON,
        actie=actie,
        resultaat=status,
        hoofd_object=view_url,
        resource=kanalen.RESOURCE,
        resource_url=view_url,
        resource_weergave=label,
        oud=dump(oud) if oud else None,
        nieuw=dump(nieuw) if nieuw else None,
    )
    enqueue_notification(
        session,
        kanaal=kanalen.KANAAL.naam,
        hoofd_object=view_url,
        resource=kanalen.RESOURCE,
        resource_url=view_url,
        actie=actie,
    )


def _view_of(app: ApplicatieRow, api_root: str, data: ApplicatieCreate) -> Applicatie:
    return Applicatie(
        url=f"{api_root}/applicaties/{app.uuid}",
        client_ids=list(data.client_ids),
        label=data.label,
        heeft_alle_autorisaties=data.heeft_alle_autorisaties,
        autorisaties=[_autorisatie_view(_autorisatie_row(a)) for a in data.autorisaties],
    )


async def create_applicatie(
    session: AsyncSession, actor: Actor, api_root: str, data: ApplicatieCreate
) -> Applicatie:
    _validate(data)
    app = ApplicatieRow(uuid=uuid.uuid4())
    _fill(app, data)
    session.add(app)
    view = _view_of(app, api_root, data)
    _record(session, actor, "create", 201, view.url, data.label, None, view)
    await _commit(session)
    return view


async def _load(session: AsyncSession, key: uuid.UUID) -> ApplicatieRow:
    app = (
        await session.execute(
            select(ApplicatieRow)
            .where(ApplicatieRow.uuid == key)
            .options(
                selectinload(ApplicatieRow.client_ids), selectinload(ApplicatieRow.autorisaties)
            )
        )
    ).scalar_one_or_none()
    if app is None:
        raise NotFound("Applicatie niet gevonden.")
    return app


async def update_applicatie(
    session: AsyncSession,
    actor: Actor,
    api_root: str,
    key: uuid.UUID,
    data: ApplicatieCreate | ApplicatiePatch,
) -> Applicatie:
    """PUT (a full ApplicatieCreate) or PATCH (only the fields sent)."""
    before = await get_applicatie(session, api_root, key)
    if isinstance(data, ApplicatiePatch):
        # Only fields the client sent; an explicit null stays, so the merge refuses it (`null`).
        merged, actie = merge_patch(ApplicatieCreate, before, data), "partial_update"
    else:
        merged, actie = data, "update"
    _validate(merged)
    app = await _load(session, key)
    # Replace client ids in two steps so a client id may stay (unique key) across the update.
    app.client_ids = []
    app.autorisaties = []
    await session.flush()
    _fill(app, merged)
    view = _view_of(app, api_root, merged)
    _record(session, actor, actie, 200, view.url, merged.label, before, view)
    await _commit(session)
    return view


async def delete_applicatie(
    session: AsyncSession, actor: Actor, api_root: str, key: uuid.UUID
) -> None:
    before = await get_applicatie(session, api_root, key)
    await session.execute(delete(ApplicatieRow).where(ApplicatieRow.uuid == key))
    _record(session, actor, "destroy", 204, before.url, before.label, before, None)
    await _commit(session)


async def ensure_superuser(session: AsyncSession, client_id: str, label: str) -> bool:
    """Give a client an Applicatie with heeftAlleAutorisaties (CLI); False if it had one."""
    if await _row_by(session, _with_client_ids([client_id])) is not None:
        return False
    app = ApplicatieRow(uuid=uuid.uuid4(), label=label, heeft_alle_autorisaties=True)
    app.client_ids = [ApplicatieClientId(client_id=client_id, position=0)]
    session.add(app)
    await _commit(session)
    return True


class LocalGrantSource:
    """Grants read straight from this deployment's Autorisaties tables (one query)."""

    async def applicatie_for_client(
        self, session: AsyncSession, client_id: str
    ) -> ApplicatieGrants | None:
        rows = (
            await session.execute(
                select(
                    _app.c.uuid,
                    _app.c.label,
                    _app.c.heeft_alle_autorisaties,
                    _aut.c.component,
                    _aut.c.scopes,
                    _aut.c.zaaktype,
                    _aut.c.informatieobjecttype,
                    _aut.c.besluittype,
                    _aut.c.max_vertrouwelijkheidaanduiding,
                )
                .select_from(_app.outerjoin(_aut, _aut.c.applicatie_id == _app.c.id))
                .where(_with_client_ids([client_id]))
                .order_by(_aut.c.id)
            )
        ).all()
        if not rows:
            return None
        grants = tuple(
            Grant(
                component=row.component,
                scopes=frozenset(row.scopes or ()),
                type_url=(getattr(row, _TYPE_FIELD[row.component]) or None)
                if row.component in _TYPE_FIELD
                else None,
                max_vertrouwelijkheid=row.max_vertrouwelijkheidaanduiding or None,
            )
            for row in rows
            if row.component is not None
        )
        first = rows[0]
        return ApplicatieGrants(
            uuid=first.uuid,
            label=first.label,
            heeft_alle_autorisaties=first.heeft_alle_autorisaties,
            grants=grants,
        )


async def remove_type_references(session: AsyncSession, type_url: str, api_root: str) -> None:
    """A deleted zaak-, informatieobject- or besluittype takes its autorisaties with it, and an
    Applicatie left with none (and no heeftAlleAutorisaties) goes too — as Open Zaak does, and
    the conformance suite relies on (RUNNING.md §4.3). Runs in the caller's transaction; every
    changed Applicatie is announced on kanaal `autorisaties`, so providers that cache
    autorisaties hear of it. `api_root` is this deployment's Autorisaties root URL."""
    references = (
        (_aut.c.zaaktype == type_url)
        | (_aut.c.informatieobjecttype == type_url)
        | (_aut.c.besluittype == type_url)
    )
    affected = (
        await session.execute(
            select(_app.c.id, _app.c.uuid, _app.c.heeft_alle_autorisaties).where(
                _app.c.id.in_(select(_aut.c.applicatie_id).where(references))
            )
        )
    ).all()
    if not affected:
        return
    await session.execute(delete(_aut).where(references))
    ids = [row.id for row in affected]
    still_granted = set(
        (
            await session.execute(select(_aut.c.applicatie_id).where(_aut.c.applicatie_id.in_(ids)))
        ).scalars()
    )
    emptied = [
        r.id for r in affected if r.id not in still_granted and not r.heeft_alle_autorisaties
    ]
    if emptied:
        await session.execute(delete(_app).where(_app.c.id.in_(emptied)))
    for row in affected:
        url = f"{api_root}/applicaties/{row.uuid}"
        enqueue_notification(
            session,
            kanaal=kanalen.KANAAL.naam,
            hoofd_object=url,
            resource=kanalen.RESOURCE,
            resource_url=url,
            actie="destroy" if row.id in emptied else "partial_update",
        )
