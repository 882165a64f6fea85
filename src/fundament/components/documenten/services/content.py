"""Downloading a version's content: streamed from storage, never read whole into memory."""

from __future__ import annotations

import uuid
from datetime import datetime
from urllib.parse import quote

from starlette.responses import FileResponse, Response, StreamingResponse

from fundament.common.errors import NotFound
from fundament.components.documenten import scopes
from fundament.components.documenten.services.base import Ctx, logger
from fundament.components.documenten.services.informatieobjecten import find_version

OCTET_STREAM = "application/octet-stream"


def _disposition(bestandsnaam: str) -> str:
    name = bestandsnaam or "inhoud"
    ascii_name = name.encode("ascii", "replace").decode().replace('"', "'")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


async def download(
    ctx: Ctx, key: uuid.UUID, versie: int | None, registratie_op: datetime | None
) -> Response:
    """The content of the asked version (latest by default); 204 when it has none, as Open Zaak
    answers (a chunked upload in progress, or a document with metadata only)."""
    row, _ = await find_version(ctx, key, versie, registratie_op)
    ctx.require(row, scopes.SCOPE_LEZEN)
    stored, bestandsnaam = row.inhoud, row.bestandsnaam
    # End the read transaction now: the download may take long, the connection should not.
    await ctx.session.rollback()
    if stored is None:
        return Response(status_code=204)
    headers = {"Content-Disposition": _disposition(bestandsnaam)}
    path = ctx.storage.local_path(stored)
    if path is not None:
        if not path.is_file():
            logger.error("content %s of %s is missing from storage", stored, key)
            raise NotFound("De inhoud van dit informatieobject ontbreekt.")
        # FileResponse streams the file in chunks (and uses sendfile where the server can).
        return FileResponse(path, media_type=OCTET_STREAM, headers=headers)
    return StreamingResponse(ctx.storage.read(stored), media_type=OCTET_STREAM, headers=headers)
