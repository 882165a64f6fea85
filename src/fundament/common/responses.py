"""JSON responses with ETag/If-None-Match/HEAD handling and Location on create."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from fastapi import Request
from pydantic import BaseModel
from starlette.responses import Response

JSON = "application/json"


def render(model: BaseModel) -> bytes:
    # Straight to bytes: `model_dump_json` would build a str of the whole body first.
    body: bytes = model.__pydantic_serializer__.to_json(model, by_alias=True)
    return body


def etag_of(body: bytes) -> str:
    """A strong ETag derived from the representation itself, so it changes whenever it does."""
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in candidates or etag in candidates


def detail_response(request: Request, model: BaseModel) -> Response:
    """A single resource: ETag always; 304 on a matching If-None-Match; no body for HEAD."""
    body = render(model)
    etag = etag_of(body)
    headers = {"ETag": etag}
    # Only a read can be answered with 304; a write has already happened.
    reading = request.method in ("GET", "HEAD")
    if reading and _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(status_code=200, headers=headers, media_type=JSON)
    return Response(body, headers=headers, media_type=JSON)


def created_response(model: BaseModel, location: str) -> Response:
    body = render(model)
    return Response(
        body,
        status_code=201,
        media_type=JSON,
        headers={"Location": location, "ETag": etag_of(body)},
    )


def json_response(model: BaseModel, status: int = 200) -> Response:
    return Response(render(model), status_code=status, media_type=JSON)


def array_response(items: Sequence[BaseModel]) -> Response:
    """A list the OAS gives without pagination (e.g. audittrail, besluitinformatieobjecten)."""
    body = b"[" + b",".join(render(item) for item in items) + b"]"
    return Response(body, media_type=JSON)


def no_content() -> Response:
    return Response(status_code=204)


def dump(model: BaseModel) -> dict[str, Any]:
    """The wire representation as a dict (audit trail `oud`/`nieuw`)."""
    return model.model_dump(mode="json", by_alias=True)
