"""The life cycle every Klantinteracties (and Contactgegevens) resource shares.

A `Resource` says how one resource is stored, shown, filled, filtered and expanded; the functions
here list, read, create, update and delete any of them. Each write is one transaction: the
change, its audit record and its notification (kanaal `klantinteracties`, no personal data in
it: only the resource URL).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, get_args

from pydantic import BaseModel, RootModel
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.audit import Actor, record_audit
from fundament.common.errors import InvalidParam, NotFound, ValidationFailed
from fundament.common.outbox import enqueue_notification
from fundament.common.pagination import PageParams

View = dict[str, Any]
Related = dict[str, list[Any]]


@dataclass(slots=True)
class Ctx:
    """One request as the services see it."""

    session: AsyncSession
    root: str  # public URL of the API root, e.g. http://host/klantinteracties/api/v1
    actor: Actor
    bron: str  # audit `bron` and notification kanaal

    def url(self, collection: str, key: uuid.UUID | str) -> str:
        return f"{self.root}/{collection}/{key}"

    def ref(self, collection: str, key: uuid.UUID | None) -> View | None:
        """`{uuid, url}` of a referenced resource, or None."""
        if key is None:
            return None
        return {"uuid": str(key), "url": self.url(collection, key)}

    def refs(self, collection: str, keys: Iterable[uuid.UUID]) -> list[View]:
        return [{"uuid": str(key), "url": self.url(collection, key)} for key in keys]


# (ctx, uuids of a page of rows) → per uuid the related values the view shows.
Loader = Callable[[Ctx, list[uuid.UUID]], Awaitable[dict[uuid.UUID, list[Any]]]]
# A query parameter's value → a SQL condition (or a ValidationFailed for a malformed value).
Filter = Callable[[str], Any]


@dataclass(frozen=True, slots=True)
class Expansion:
    """`expand=<name>`: the resources of `target` that the view's `field` refers to."""

    target: str
    field: str
    many: bool


@dataclass(frozen=True)
class Resource:
    """How one resource is stored, shown, filled, filtered and expanded."""

    collection: str  # path segment, e.g. "partijen"
    resource: str  # notification resource name, e.g. "partij"
    model: type[Any]
    body: type[BaseModel]  # POST/PUT body (PATCH: every field optional)
    view: Callable[[Ctx, Any, Related], View]
    # Validates the sent fields (existence of references, the rules) and copies them onto the row.
    apply: Callable[[Ctx, Any, BaseModel], Awaitable[None]]
    related: dict[str, Loader] = field(default_factory=dict)
    filters: dict[str, Filter] = field(default_factory=dict)
    expansions: dict[str, Expansion] = field(default_factory=dict)
    expand_choices: tuple[str, ...] = ()  # what `expand` may name on this resource's endpoints
    before_delete: Callable[[Ctx, Any], Awaitable[None]] | None = None
    # Writes that need the row stored first (other rows pointing at it), after `apply`.
    link: Callable[[Ctx, Any, BaseModel], Awaitable[None]] | None = None


REGISTRY: dict[str, Resource] = {}


def register(resource: Resource) -> Resource:
    REGISTRY[resource.collection] = resource
    return resource


def fail(problems: list[InvalidParam]) -> None:
    if problems:
        raise ValidationFailed(problems)


def sent(body: BaseModel) -> set[str]:
    """The fields a body sets: PUT and PATCH both leave unsent optional fields unchanged."""
    return set(body.model_fields_set)


def wire(model: BaseModel | None) -> View | None:
    """A sent gegevensgroep as stored and shown: every field, camelCase."""
    return None if model is None else model.model_dump(mode="json", by_alias=True)


# --- references --------------------------------------------------------------------------------


async def existing(ctx: Ctx, model: type[Any], key: uuid.UUID | None, name: str) -> Any:
    """The row a `{uuid}` reference points at; an unknown one is a 400 on `<name>.uuid`."""
    if key is None:
        return None
    row = (await ctx.session.execute(select(model).where(model.uuid == key))).scalar_one_or_none()
    if row is None:
        raise ValidationFailed.single(f"{name}.uuid", "invalid", "Het object bestaat niet.")
    return row


async def key_of(ctx: Ctx, model: type[Any], ref: Any, name: str) -> uuid.UUID | None:
    """The uuid of a sent reference after checking it exists (None stays None)."""
    if ref is None:
        return None
    await existing(ctx, model, ref.uuid, name)
    return ref.uuid


async def next_nummer(ctx: Ctx, model: type[Any], given: str | None) -> str:
    """A given `nummer` must be free; otherwise the next one, ten digits (Open Klant's form)."""
    if given:
        taken = await ctx.session.execute(select(model.id).where(model.nummer == given))
        if taken.first() is not None:
            raise ValidationFailed.single("nummer", "unique", "Dit nummer is al in gebruik.")
        return given
    highest = (await ctx.session.execute(select(func.max(model.nummer)))).scalar_one_or_none()
    number = int(highest) + 1 if highest and highest.isdigit() else 1
    while (
        await ctx.session.execute(select(model.id).where(model.nummer == f"{number:010d}"))
    ).first() is not None:
        number += 1
    return f"{number:010d}"


# --- reading -----------------------------------------------------------------------------------


async def views_of(ctx: Ctx, resource: Resource, rows: list[Any]) -> list[View]:
    """The representations of rows: one query per related collection, not per row."""
    keys = [row.uuid for row in rows]
    loaded = {name: await loader(ctx, keys) for name, loader in resource.related.items()}
    return [
        resource.view(ctx, row, {name: found.get(row.uuid, []) for name, found in loaded.items()})
        for row in rows
    ]


async def load(ctx: Ctx, resource: Resource, key: uuid.UUID) -> Any:
    query = select(resource.model).where(resource.model.uuid == key)
    row = (await ctx.session.execute(query)).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return row


def parse_expand(value: str | None, choices: tuple[str, ...]) -> dict[str, Any]:
    """`expand=a,b.c` → {"a": {}, "b": {"c": {}}}; only the documented paths are accepted."""
    tree: dict[str, Any] = {}
    for path in filter(None, (part.strip() for part in (value or "").split(","))):
        if path not in choices:
            raise ValidationFailed.single("expand", "invalid_choice", f"Kies uit {choices}.")
        node = tree
        for name in path.split("."):
            node = node.setdefault(name, {})
    return tree


async def expand(ctx: Ctx, resource: Resource, views: list[View], tree: dict[str, Any]) -> None:
    """Add `_expand` to each view: the full representations of what it refers to."""
    for name, subtree in tree.items():
        how = resource.expansions[name]
        target = REGISTRY[how.target]

        def keys_in(view: View, how: Expansion = how) -> list[str]:
            value = view.get(how.field)
            refs = (value or []) if how.many else ([value] if value else [])
            return [ref["uuid"] for ref in refs]

        wanted = {key for view in views for key in keys_in(view)}
        rows = []
        if wanted:
            query = select(target.model).where(target.model.uuid.in_(uuid.UUID(k) for k in wanted))
            rows = list((await ctx.session.execute(query.order_by(target.model.id))).scalars())
        found = await views_of(ctx, target, rows)
        if subtree:
            await expand(ctx, target, found, subtree)
        by_key = {view["uuid"]: view for view in found}
        for view in views:
            keys = [key for key in keys_in(view) if key in by_key]
            shown = [by_key[key] for key in keys]
            view.setdefault("_expand", {})[name] = shown if how.many else next(iter(shown), None)


async def get_one(ctx: Ctx, resource: Resource, key: uuid.UUID, expand_value: str | None) -> View:
    tree = parse_expand(expand_value, resource.expand_choices)
    view = (await views_of(ctx, resource, [await load(ctx, resource, key)]))[0]
    await expand(ctx, resource, [view], tree)
    return view


async def list_page(
    ctx: Ctx,
    resource: Resource,
    filters: dict[str, str],
    page: PageParams,
    expand_value: str | None = None,
) -> tuple[int, list[View]]:
    """Count and one page of the filtered collection (oldest first)."""
    tree = parse_expand(expand_value, resource.expand_choices)
    conditions = [resource.filters[name](value) for name, value in filters.items()]
    query = select(resource.model).where(*conditions)
    count_query = select(func.count()).select_from(query.subquery())
    count = (await ctx.session.execute(count_query)).scalar_one()
    paged = query.order_by(resource.model.id).offset(page.offset).limit(page.page_size)
    rows = list((await ctx.session.execute(paged)).scalars())
    views = await views_of(ctx, resource, rows)
    await expand(ctx, resource, views, tree)
    return count, views


# --- writing -----------------------------------------------------------------------------------


def record(
    ctx: Ctx, resource: Resource, actie: str, status: int, url: str, oud: Any, nieuw: Any
) -> None:
    """Audit record and notification of one change, in the write's transaction."""
    record_audit(
        ctx.session,
        ctx.actor,
        bron=ctx.bron,
        actie=actie,
        resultaat=status,
        hoofd_object=url,
        resource=resource.resource,
        resource_url=url,
        oud=_jsonable(oud),
        nieuw=_jsonable(nieuw),
    )
    # The notification names the resource only: never a BSN or other personal data.
    enqueue_notification(
        ctx.session,
        kanaal=ctx.bron,
        hoofd_object=url,
        resource=resource.resource,
        resource_url=url,
        actie=actie,
        kenmerken={},
    )


def _jsonable(view: View | None) -> Any:
    return None if view is None else RootModel[View](view).model_dump(mode="json")


async def flush(ctx: Ctx) -> None:
    """Flush the change; a unique constraint lost to a concurrent write is a 400 `unique`."""
    try:
        await ctx.session.flush()
    except IntegrityError as exc:
        await ctx.session.rollback()
        raise ValidationFailed.single(
            "nonFieldErrors", "unique", "Dit object bestaat al (gelijktijdig aangemaakt)."
        ) from exc


def _nulls(full: type[BaseModel], body: BaseModel) -> list[InvalidParam]:
    """PATCH bodies accept null anywhere; a field the full body needs a value for refuses it."""
    problems = []
    for name in sent(body):
        info = full.model_fields[name]
        if getattr(body, name) is None and type(None) not in get_args(info.annotation):
            problems.append(
                InvalidParam(info.alias or name, "null", "Dit veld mag niet leeg zijn.")
            )
    return problems


async def _link(ctx: Ctx, resource: Resource, row: Any, body: BaseModel) -> None:
    if resource.link is not None:
        with ctx.session.no_autoflush:
            await resource.link(ctx, row, body)
        await flush(ctx)


async def create_row(ctx: Ctx, resource: Resource, body: BaseModel) -> tuple[Any, View]:
    """Validate and add one row (no commit: maak-klantcontact adds several in one go)."""
    row = resource.model(uuid=uuid.uuid4())
    with ctx.session.no_autoflush:
        await resource.apply(ctx, row, body)
    ctx.session.add(row)
    await flush(ctx)
    await _link(ctx, resource, row, body)
    view = (await views_of(ctx, resource, [row]))[0]
    record(ctx, resource, "create", 201, view["url"], None, view)
    return row, view


async def create(ctx: Ctx, resource: Resource, body: BaseModel) -> View:
    _, view = await create_row(ctx, resource, body)
    await ctx.session.commit()
    return view


async def update(
    ctx: Ctx, resource: Resource, key: uuid.UUID, body: BaseModel, *, partial: bool
) -> View:
    """PUT (`partial` False) or PATCH; either way only the sent fields change."""
    fail(_nulls(resource.body, body))
    row = await load(ctx, resource, key)
    before = (await views_of(ctx, resource, [row]))[0]
    with ctx.session.no_autoflush:
        await resource.apply(ctx, row, body)
    await flush(ctx)
    await _link(ctx, resource, row, body)
    view = (await views_of(ctx, resource, [row]))[0]
    actie = "partial_update" if partial else "update"
    record(ctx, resource, actie, 200, view["url"], before, view)
    await ctx.session.commit()
    return view


async def delete_row(ctx: Ctx, resource: Resource, row: Any) -> None:
    before = (await views_of(ctx, resource, [row]))[0]
    if resource.before_delete is not None:
        await resource.before_delete(ctx, row)
    await ctx.session.delete(row)
    await flush(ctx)
    record(ctx, resource, "destroy", 204, before["url"], before, None)


async def delete(ctx: Ctx, resource: Resource, key: uuid.UUID) -> None:
    await delete_row(ctx, resource, await load(ctx, resource, key))
    await ctx.session.commit()


# --- related collections -----------------------------------------------------------------------


def children(fk: Any, value: Any) -> Loader:
    """Per key, the `value`s of the rows whose `fk` is that key (in creation order)."""
    model = fk.class_

    async def loader(ctx: Ctx, keys: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
        found: dict[uuid.UUID, list[Any]] = {}
        if keys:
            query = select(fk, value).where(fk.in_(keys)).order_by(model.id)
            for key, item in (await ctx.session.execute(query)).all():
                found.setdefault(key, []).append(item)
        return found

    return loader


def full_children(collection: str, fk: Any) -> Loader:
    """Per key, the full representations of the `collection` rows whose `fk` is that key."""

    async def loader(ctx: Ctx, keys: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
        resource = REGISTRY[collection]
        found: dict[uuid.UUID, list[Any]] = {}
        if keys:
            query = select(resource.model).where(fk.in_(keys)).order_by(resource.model.id)
            rows = list((await ctx.session.execute(query)).scalars())
            for row, view in zip(rows, await views_of(ctx, resource, rows), strict=True):
                found.setdefault(getattr(row, fk.key), []).append(view)
        return found

    return loader


def copy(row: Any, body: BaseModel, names: Iterable[str]) -> None:
    """Copy the sent plain fields (same name on body and row)."""
    fields = sent(body)
    for name in names:
        if name in fields:
            setattr(row, name, getattr(body, name))


def copy_groups(row: Any, body: BaseModel, names: Iterable[str]) -> None:
    """Copy the sent gegevensgroepen as their wire form (JSON columns)."""
    fields = sent(body)
    for name in names:
        if name in fields:
            setattr(row, name, wire(getattr(body, name)))


def identificator(row: Any) -> View:
    return {
        "objectId": row.object_id,
        "codeObjecttype": row.code_objecttype,
        "codeRegister": row.code_register,
        "codeSoortObjectId": row.code_soort_object_id,
    }


def copy_identificator(row: Any, body: BaseModel, name: str) -> None:
    """A sent `…identificator` group onto the four columns (null clears them)."""
    if name in sent(body):
        group = getattr(body, name)
        for column in ("object_id", "code_objecttype", "code_register", "code_soort_object_id"):
            setattr(row, column, getattr(group, column) if group is not None else "")
