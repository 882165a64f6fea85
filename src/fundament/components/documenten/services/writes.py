"""Creating a document and writing new versions of it (PUT/PATCH always add a version).

The content arrives already stored (see `upload.py`); these use cases decide what it becomes.
If the write does not commit, every content it stored is removed again, so readers never see
a half-written document.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import exists, select, update
from sqlalchemy.exc import IntegrityError

from fundament.common import numbering
from fundament.common.errors import Conflict, InvalidParam, PermissionDenied, ValidationFailed
from fundament.common.schemas import merged
from fundament.common.urls import BadReference
from fundament.components.documenten import models as m
from fundament.components.documenten import rules, scopes, views
from fundament.components.documenten.schemas.informatieobject import (
    InformatieObject,
    InformatieObjectCreate,
)
from fundament.components.documenten.services.base import (
    RESOURCE_EIO,
    Ctx,
    discard,
    fail,
    get_document,
    latest_of,
    now,
    record_change,
)
from fundament.components.documenten.services.informatieobjecten import parts_of
from fundament.components.documenten.upload import Inhoud

_IOTYPE_KEYS = frozenset({"url", "catalogus", "omschrijving", "vertrouwelijkheidaanduiding"})


async def informatieobjecttype(ctx: Ctx, url: str) -> dict[str, Any]:
    """drc-001: the type must resolve (`bad-url`), be an informatieobjecttype
    (`invalid-resource`) and be published (`not-published`)."""
    try:
        data = await ctx.resolver.resolve(
            ctx.session, url, request_base=ctx.base, shape=lambda d: _IOTYPE_KEYS <= d.keys()
        )
    except BadReference as exc:
        raise ValidationFailed([exc.as_param("informatieobjecttype")]) from exc
    fail(rules.informatieobjecttype_published(data.get("concept")))
    return data


@dataclass(slots=True)
class _Content:
    """What a version's content becomes, and the stored contents to clean up either way."""

    key: str | None = None
    size: int | None = None
    parts: list[int] = field(default_factory=list)
    created: list[str] = field(default_factory=list)  # removed when the write fails


async def _settle_content(
    ctx: Ctx, key: str | None, size: int | None, bestandsomvang: int | None
) -> _Content:
    """Content as given; none and bestandsomvang 0 → an empty content; none and more → the
    bestandsdelen of a chunked upload."""
    content = _Content(key=key, size=size if key else bestandsomvang)
    if key is None and bestandsomvang == 0:
        stored = await ctx.storage.writer().commit()
        content.key, content.size = stored.key, 0
        content.created.append(stored.key)
    elif key is None and bestandsomvang:
        content.parts = rules.part_sizes(bestandsomvang, ctx.part_size)
    return content


IDENTIFICATIE_SEQUENCE = "drc_document_identificatie_seq"
_GENERATE_ATTEMPTS = 5


async def _identificatie_taken(ctx: Ctx, bronorganisatie: str, identificatie: str) -> bool:
    taken = latest_of(
        m.Versie.bronorganisatie == bronorganisatie, m.Versie.identificatie == identificatie
    )
    return bool((await ctx.session.execute(select(exists(taken.subquery())))).scalar())


async def _generated_identificatie(ctx: Ctx, data: InformatieObjectCreate) -> str:
    """A document without identificatie gets `DOCUMENT-<year>-<10 digits>` (as Open Zaak), a
    number no concurrent create gets too (`common/numbering.py`), skipping identificaties of
    that form a client chose itself."""
    bronorganisatie, jaar = data.bronorganisatie, data.creatiedatum.year
    prefix = f"DOCUMENT-{jaar}-"

    async def highest() -> int:
        return await numbering.highest_number(
            ctx.session, m.Versie.identificatie, m.Versie.bronorganisatie, bronorganisatie, prefix
        )

    async def taken(identificatie: str) -> bool:
        return await _identificatie_taken(ctx, bronorganisatie, identificatie)

    return await numbering.generate(
        ctx.session,
        prefix=prefix,
        sequence=IDENTIFICATIE_SEQUENCE,
        counter=m.Identificatie,
        organisatie=bronorganisatie,
        jaar=jaar,
        highest=highest,
        taken=taken,
    )


def _identificatie_clash(exc: IntegrityError) -> bool:
    """The unique index on (bronorganisatie, identificatie) of latest versions."""
    message = str(exc.orig)
    return (
        "ix_drc_versie_identificatie_latest" in message  # PostgreSQL: the index's name
        or "drc_informatieobject_versie.identificatie" in message  # SQLite: its columns
    )


def _not_unique() -> ValidationFailed:
    return ValidationFailed.single(
        "identificatie",
        "identificatie-niet-uniek",
        "Deze identificatie bestaat al voor deze bronorganisatie.",
    )


def _fill(versie: m.Versie, data: InformatieObjectCreate, skip: set[str]) -> None:
    values = data.model_dump(exclude={"ondertekening", "integriteit", "trefwoorden", "lock", *skip})
    for name, value in values.items():
        setattr(versie, name, value)
    versie.ondertekening = (
        data.ondertekening.model_dump(mode="json") if data.ondertekening else None
    )
    versie.integriteit = data.integriteit.model_dump(mode="json") if data.integriteit else None
    versie.trefwoorden = list(dict.fromkeys(data.trefwoorden or []))


def _trefwoorden(versie: m.Versie) -> list[m.Trefwoord]:
    return [m.Trefwoord(versie_id=versie.id, trefwoord=t) for t in versie.trefwoorden or []]


def _parts(document: m.InformatieObject, sizes: list[int]) -> list[m.BestandsDeel]:
    return [
        m.BestandsDeel(
            uuid=uuid.uuid4(), informatieobject_id=document.id, volgnummer=nr, omvang=size
        )
        for nr, size in enumerate(sizes, start=1)
    ]


def _require_type(ctx: Ctx, type_url: str, vertrouwelijkheid: str, *alternatives: str) -> None:
    if not any(
        ctx.auth.allows(scopes.COMPONENT, scope, type_url, vertrouwelijkheid)
        for scope in alternatives
    ):
        raise PermissionDenied(
            "Geen autorisatie voor dit informatieobjecttype of deze vertrouwelijkheid."
        )


async def _failed(ctx: Ctx, content: _Content, exc: BaseException) -> None:
    """Undo a write that did not commit. When the unique index on (bronorganisatie,
    identificatie) refused it, at whichever flush, a concurrent write took the identificatie:
    the 400 `identificatie-niet-uniek`, never a 500."""
    await ctx.session.rollback()
    await discard(ctx.storage, content.created)
    if isinstance(exc, IntegrityError) and _identificatie_clash(exc):
        raise _not_unique() from exc


async def create_informatieobject(
    ctx: Ctx, data: InformatieObjectCreate, inhoud: Inhoud
) -> InformatieObject:
    stored = inhoud.content
    content = _Content(created=[stored.key] if stored else [])
    try:
        iotype = await informatieobjecttype(ctx, data.informatieobjecttype)
        # drc-007: no vertrouwelijkheidaanduiding → the informatieobjecttype's.
        vertrouwelijkheid = data.vertrouwelijkheidaanduiding or str(
            iotype["vertrouwelijkheidaanduiding"]
        )
        _require_type(ctx, data.informatieobjecttype, vertrouwelijkheid, scopes.SCOPE_AANMAKEN)
        fail(
            rules.indicatie_gebruiksrecht(data.indicatie_gebruiksrecht, False)
            + rules.status_for_received(data.status, data.ontvangstdatum)
            + rules.file_size(stored.size if stored else None, data.bestandsomvang)
        )
        if data.identificatie and await _identificatie_taken(
            ctx, data.bronorganisatie, data.identificatie
        ):
            raise _not_unique()
        settled = await _settle_content(
            ctx,
            stored.key if stored else None,
            stored.size if stored else None,
            data.bestandsomvang,
        )
        content.created += settled.created
        for _ in range(_GENERATE_ATTEMPTS):
            try:
                return await _create(ctx, data, vertrouwelijkheid, settled)
            except IntegrityError as exc:
                if data.identificatie or not _identificatie_clash(exc):
                    raise
                # A client chose the generated identificatie meanwhile: the next number.
                await ctx.session.rollback()
        raise Conflict("Er kon geen unieke identificatie gegenereerd worden; probeer het opnieuw.")
    except BaseException as exc:
        await _failed(ctx, content, exc)
        raise


async def _create(
    ctx: Ctx, data: InformatieObjectCreate, vertrouwelijkheid: str, settled: _Content
) -> InformatieObject:
    """The document and its first version, committed; an IntegrityError when the
    identificatie was taken meanwhile."""
    document = m.InformatieObject(uuid=uuid.uuid4(), lock=rules.new_lock() if settled.parts else "")
    ctx.session.add(document)
    await ctx.session.flush()
    versie = m.Versie(informatieobject_id=document.id, versie=1, latest=True)
    _fill(versie, data, skip=set())
    versie.identificatie = data.identificatie or await _generated_identificatie(ctx, data)
    versie.vertrouwelijkheidaanduiding = vertrouwelijkheid
    versie.begin_registratie = now()
    versie.inhoud, versie.bestandsomvang = settled.key, settled.size
    ctx.session.add(versie)
    parts = _parts(document, settled.parts)
    ctx.session.add_all(parts)
    await ctx.session.flush()
    ctx.session.add_all(_trefwoorden(versie))
    view = views.informatieobject(ctx.url, versie, document, parts, show_lock=bool(parts))
    record_change(
        ctx,
        resource=RESOURCE_EIO,
        actie="create",
        status=201,
        url=view.url,
        document_url=view.url,
        versie=versie,
        oud=None,
        nieuw=view,
    )
    await ctx.session.commit()
    return view


async def update_informatieobject(
    ctx: Ctx,
    key: uuid.UUID,
    data: InformatieObjectCreate,
    *,
    lock: str | None,
    inhoud: Inhoud,
    sent: set[str],
    partial: bool,
) -> InformatieObject:
    """PUT (`partial` False: the body is the whole document) or PATCH (`data` is the current
    version with the `sent` fields laid over it). Always a new version (versie + 1)."""
    stored = inhoud.content
    content = _Content(created=[stored.key] if stored else [])
    try:
        current, document = await get_document(ctx, key, for_update=True)
        ctx.require(current, scopes.SCOPE_BIJWERKEN, scopes.SCOPE_GEFORCEERD_BIJWERKEN)
        problems: list[InvalidParam] = []
        if "informatieobjecttype" in sent:
            await informatieobjecttype(ctx, data.informatieobjecttype)
        vertrouwelijkheid = data.vertrouwelijkheidaanduiding or current.vertrouwelijkheidaanduiding
        _require_type(
            ctx,
            data.informatieobjecttype,
            vertrouwelijkheid,
            scopes.SCOPE_BIJWERKEN,
            scopes.SCOPE_GEFORCEERD_BIJWERKEN,
        )
        has_rechten = bool(
            (
                await ctx.session.execute(
                    select(exists().where(m.Gebruiksrechten.informatieobject_id == document.id))
                )
            ).scalar()
        )
        if "indicatie_gebruiksrecht" in sent:
            problems += rules.indicatie_gebruiksrecht(data.indicatie_gebruiksrecht, has_rechten)
        problems += rules.status_for_received(data.status, data.ontvangstdatum)
        if inhoud.sent:
            key_, size = (stored.key, stored.size) if stored else (None, None)
        elif partial:
            key_, size = current.inhoud, current.bestandsomvang if current.inhoud else None
        else:
            key_, size = None, None
        given_size = data.bestandsomvang if "bestandsomvang" in sent else None
        problems += rules.file_size(size, given_size)
        problems += rules.lock_for_update(document.lock, lock)
        fail(problems)
        bestandsomvang = size if key_ else data.bestandsomvang
        settled = await _settle_content(ctx, key_, size, bestandsomvang)
        content.created += settled.created
        old_parts = (await parts_of(ctx, [document.id]))[document.id]
        before = views.informatieobject(ctx.url, current, document, old_parts)
        for part in old_parts:
            await ctx.session.delete(part)
        await ctx.session.execute(
            update(m.Versie).where(m.Versie.id == current.id).values(latest=False)
        )
        await ctx.session.flush()
        versie = m.Versie(informatieobject_id=document.id, versie=current.versie + 1, latest=True)
        _fill(versie, data, skip={"identificatie"} if not data.identificatie else set())
        versie.identificatie = data.identificatie or current.identificatie
        versie.vertrouwelijkheidaanduiding = vertrouwelijkheid
        versie.begin_registratie = now()
        versie.inhoud, versie.bestandsomvang = settled.key, settled.size
        # drc-006: the indicatie follows the gebruiksrechten.
        if has_rechten:
            versie.indicatie_gebruiksrecht = True
        elif "indicatie_gebruiksrecht" not in sent:
            versie.indicatie_gebruiksrecht = current.indicatie_gebruiksrecht if partial else None
        ctx.session.add(versie)
        parts = _parts(document, settled.parts)
        ctx.session.add_all(parts)
        await ctx.session.flush()
        ctx.session.add_all(_trefwoorden(versie))
        view = views.informatieobject(ctx.url, versie, document, parts)
        record_change(
            ctx,
            resource=RESOURCE_EIO,
            actie="partial_update" if partial else "update",
            status=200,
            url=view.url,
            document_url=view.url,
            versie=versie,
            oud=before,
            nieuw=view,
        )
        await ctx.session.commit()
    except BaseException as exc:
        await _failed(ctx, content, exc)
        raise
    await discard(ctx.storage, [part.inhoud for part in old_parts])
    return view


async def patch_informatieobject(
    ctx: Ctx, key: uuid.UUID, sent: BaseModel, inhoud: Inhoud
) -> InformatieObject:
    """PATCH: the current version with the sent fields laid over it, validated as a whole."""
    try:
        current, document = await get_document(ctx, key)
        view = views.informatieobject(ctx.url, current, document)
        data = merged(InformatieObjectCreate, view, sent)
    except BaseException:
        await discard(ctx.storage, [inhoud.content.key if inhoud.content else None])
        raise
    return await update_informatieobject(
        ctx,
        key,
        data,
        lock=getattr(sent, "lock", None),
        inhoud=inhoud,
        sent=set(sent.model_fields_set),
        partial=True,
    )
