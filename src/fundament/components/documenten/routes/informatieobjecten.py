"""Routes of /enkelvoudiginformatieobjecten: CRUD, _zoek, download, lock and unlock.

Write bodies are streamed (`upload.read_json_body`): `inhoud` goes to storage as it arrives,
so these routes declare no body model for FastAPI to buffer.
"""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ValidationError
from starlette.responses import Response

from fundament.common.errors import ValidationFailed
from fundament.common.pagination import Page, PageParams, page_of, page_params
from fundament.common.problems import invalid_params_from_pydantic
from fundament.common.responses import created_response, detail_response, json_response, no_content
from fundament.common.routing import ZgwRoute, parse_uuid
from fundament.common.schemas import partial
from fundament.components.documenten.routes.base import (
    CREATE,
    DELETE,
    LOCK,
    READ,
    UNLOCK,
    UPDATE_DOCUMENT,
    csv,
    parse_datetime,
    parse_versie,
)
from fundament.components.documenten.schemas.informatieobject import (
    InformatieObject,
    InformatieObjectCreate,
    InformatieObjectUpdate,
    Lock,
    Unlock,
    Zoek,
)
from fundament.components.documenten.services import content as content_service
from fundament.components.documenten.services import expand as expansion
from fundament.components.documenten.services import informatieobjecten as service
from fundament.components.documenten.services import locking, writes
from fundament.components.documenten.services.base import Ctx, discard
from fundament.components.documenten.upload import ParsedBody, read_json_body

router = APIRouter(route_class=ZgwRoute, tags=["enkelvoudiginformatieobjecten"])


class DownloadRoute(ZgwRoute):
    """The download answers with the content itself (`Accept: application/octet-stream`)."""

    answer_media_types = ("application/octet-stream",)


downloads = APIRouter(route_class=DownloadRoute, tags=["enkelvoudiginformatieobjecten"])

PATH = "/enkelvoudiginformatieobjecten"
InformatieObjectPatch = partial(InformatieObjectUpdate)
M = TypeVar("M", bound=BaseModel)


async def _body(request: Request, ctx: Ctx, model: type[M]) -> tuple[M, ParsedBody]:
    """The streamed body validated as `model`; its stored content is removed on a 400."""
    parsed = await read_json_body(request.stream(), ctx.storage)
    try:
        return model.model_validate(parsed.data), parsed
    except ValidationError as exc:
        if parsed.inhoud.content is not None:
            await discard(ctx.storage, [parsed.inhoud.content.key])
        raise ValidationFailed(invalid_params_from_pydantic(exc.errors())) from exc


@router.get(
    PATH, response_model=Page[InformatieObject], operation_id="enkelvoudiginformatieobject_list"
)
async def informatieobject_list(
    request: Request,
    identificatie: str | None = Query(None),
    bronorganisatie: str | None = Query(None),
    trefwoorden: str | None = Query(None),
    expand: str | None = Query(None),
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    count, results = await service.list_informatieobjecten(
        ctx,
        page,
        identificatie=identificatie,
        bronorganisatie=bronorganisatie,
        trefwoorden=csv(trefwoorden),
    )
    results = await expansion.informatieobjecten(ctx, results, expand)
    return json_response(page_of(request, page, count, results))


@router.post(
    PATH,
    response_model=InformatieObject,
    status_code=201,
    operation_id="enkelvoudiginformatieobject_create",
)
async def informatieobject_create(request: Request, ctx: Ctx = CREATE) -> Response:
    data, parsed = await _body(request, ctx, InformatieObjectCreate)
    view = await writes.create_informatieobject(ctx, data, parsed.inhoud)
    return created_response(view, view.url)


@router.post(
    f"{PATH}/_zoek",
    response_model=Page[InformatieObject],
    operation_id="enkelvoudiginformatieobject__zoek",
)
async def informatieobject_zoek(
    request: Request,
    body: dict[str, Any],
    page: PageParams = Depends(page_params),
    ctx: Ctx = READ,
) -> Response:
    if not body:
        raise ValidationFailed.single(
            "nonFieldErrors", "empty_search_body", "Geef zoekparameters op."
        )
    try:
        search = Zoek.model_validate(body)
    except ValidationError as exc:
        raise ValidationFailed(invalid_params_from_pydantic(exc.errors())) from exc
    count, results = await service.list_informatieobjecten(ctx, page, uuids=search.uuid__in)
    results = await expansion.informatieobjecten(ctx, results, search.expand)
    return json_response(page_of(request, page, count, results))


@router.api_route(
    f"{PATH}/{{uuid}}",
    methods=["GET", "HEAD"],
    response_model=InformatieObject,
    operation_id="enkelvoudiginformatieobject_retrieve",
)
async def informatieobject_read(
    request: Request,
    uuid: str,
    versie: str | None = Query(None),
    registratie_op: str | None = Query(None, alias="registratieOp"),
    expand: str | None = Query(None),
    ctx: Ctx = READ,
) -> Response:
    view = await service.get_informatieobject(
        ctx,
        parse_uuid(uuid),
        parse_versie(versie),
        parse_datetime(registratie_op, "registratieOp"),
    )
    [view] = await expansion.informatieobjecten(ctx, [view], expand)
    return detail_response(request, view)


@router.put(
    f"{PATH}/{{uuid}}",
    response_model=InformatieObject,
    operation_id="enkelvoudiginformatieobject_update",
)
async def informatieobject_update(
    request: Request, uuid: str, ctx: Ctx = UPDATE_DOCUMENT
) -> Response:
    key = parse_uuid(uuid)
    data, parsed = await _body(request, ctx, InformatieObjectUpdate)
    view = await writes.update_informatieobject(
        ctx,
        key,
        data,
        lock=data.lock,
        inhoud=parsed.inhoud,
        sent=set(data.model_fields_set),
        partial=False,
    )
    return detail_response(request, view)


@router.patch(
    f"{PATH}/{{uuid}}",
    response_model=InformatieObject,
    operation_id="enkelvoudiginformatieobject_partial_update",
)
async def informatieobject_partial_update(
    request: Request, uuid: str, ctx: Ctx = UPDATE_DOCUMENT
) -> Response:
    key = parse_uuid(uuid)
    sent, parsed = await _body(request, ctx, InformatieObjectPatch)
    view = await writes.patch_informatieobject(ctx, key, sent, parsed.inhoud)
    return detail_response(request, view)


@router.delete(
    f"{PATH}/{{uuid}}", status_code=204, operation_id="enkelvoudiginformatieobject_destroy"
)
async def informatieobject_delete(uuid: str, ctx: Ctx = DELETE) -> Response:
    await service.delete_informatieobject(ctx, parse_uuid(uuid))
    return no_content()


@downloads.get(f"{PATH}/{{uuid}}/download", operation_id="enkelvoudiginformatieobject_download")
async def informatieobject_download(
    uuid: str,
    versie: str | None = Query(None),
    registratie_op: str | None = Query(None, alias="registratieOp"),
    ctx: Ctx = READ,
) -> Response:
    return await content_service.download(
        ctx, parse_uuid(uuid), parse_versie(versie), parse_datetime(registratie_op, "registratieOp")
    )


@router.post(
    f"{PATH}/{{uuid}}/lock", response_model=Lock, operation_id="enkelvoudiginformatieobject_lock"
)
async def informatieobject_lock(uuid: str, ctx: Ctx = LOCK) -> Response:
    return json_response(await locking.lock(ctx, parse_uuid(uuid)))


@router.post(
    f"{PATH}/{{uuid}}/unlock", status_code=204, operation_id="enkelvoudiginformatieobject_unlock"
)
async def informatieobject_unlock(
    uuid: str, body: Unlock | None = None, ctx: Ctx = UNLOCK
) -> Response:
    await locking.unlock(ctx, parse_uuid(uuid), (body or Unlock()).lock or "")
    return no_content()
