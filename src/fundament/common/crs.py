"""`Accept-Crs` / `Content-Crs`: the coordinate reference system of GeoJSON in requests and
answers. Only WGS84 (EPSG:4326), the GeoJSON default, is offered, as in the Objects API."""

from __future__ import annotations

from fastapi import Request

from fundament.common.errors import NotAcceptable, PreconditionFailed

DEFAULT_CRS = "EPSG:4326"
CONTENT_CRS = "Content-Crs"


async def accept_crs(request: Request) -> None:
    """An `Accept-Crs` other than EPSG:4326 cannot be answered: 406."""
    wanted = request.headers.get("accept-crs")
    if wanted is not None and wanted.strip() != DEFAULT_CRS:
        raise NotAcceptable(f"CRS {wanted!r} wordt niet ondersteund.", code="crs-not-supported")


async def content_crs(request: Request) -> None:
    """A body that may hold geometry states its CRS: missing is 412, another CRS 406."""
    given = request.headers.get("content-crs")
    if given is None:
        raise PreconditionFailed("De header 'Content-Crs' ontbreekt.", code="missing-content-crs")
    if given.strip() != DEFAULT_CRS:
        raise NotAcceptable(f"CRS {given!r} wordt niet ondersteund.", code="crs-not-supported")
    await accept_crs(request)
