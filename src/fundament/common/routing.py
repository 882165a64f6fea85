"""The route class every component uses: unknown query parameters, media types, path UUIDs."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, APIRouter
from starlette.routing import Match, get_route_path
from starlette.types import Scope

from fundament.common.errors import (
    InvalidParam,
    NotAcceptable,
    NotFound,
    UnsupportedMediaType,
    ValidationFailed,
)

_ACCEPTABLE = ("application/json", "application/problem+json", "application/*", "*/*")
_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})


def parse_uuid(value: str) -> uuid.UUID:
    """A path UUID; anything else is a 404, as no resource can live at that URL."""
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise NotFound() from exc


def _check_media_types(
    request: Request, body_types: tuple[str, ...], answers: tuple[str, ...] = ()
) -> None:
    accept = request.headers.get("accept")
    if accept and not any(kind in accept for kind in _ACCEPTABLE + answers):
        raise NotAcceptable()
    if request.method in _WITH_BODY:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        json_allowed = "application/json" in body_types
        if (
            content_type
            and content_type not in body_types
            and not (json_allowed and content_type.endswith("+json"))
        ):
            raise UnsupportedMediaType(f"Content-Type {content_type!r} wordt niet ondersteund.")


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    names.update(getattr(dependant.call, "query_names", ()))  # query_values()
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


class ZgwRoute(APIRoute):
    """An APIRoute that answers unknown query parameters as the ZGW standards require (400)."""

    # Media types a request body may have; a subclass widens it for one route (multipart upload).
    body_media_types: tuple[str, ...] = ("application/json",)
    # Media types besides JSON a route answers with (a download: application/octet-stream).
    answer_media_types: tuple[str, ...] = ()

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        allowed = frozenset(_query_names(self.dependant))

        async def checked(request: Request) -> Response:
            _check_media_types(request, self.body_media_types, self.answer_media_types)
            unknown = [name for name in request.query_params if name not in allowed]
            if unknown:
                raise ValidationFailed(
                    [
                        InvalidParam(name, "unknown-parameters", "Onbekende query-parameter.")
                        for name in dict.fromkeys(unknown)
                    ]
                )
            return await handler(request)

        return checked


class ComponentRouter(APIRouter):
    """The router a component is served under: a path outside its root is refused before any of
    its routes is tried. FastAPI tries the routes of every included router in turn, so without
    this a Zaken request first ran the regular expressions of every Catalogi and Documenten
    route (issue 9: a seventh of a detail request's time)."""

    def __init__(self, root: str) -> None:
        super().__init__(route_class=ZgwRoute)
        self.root = root.rstrip("/") + "/"

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if not get_route_path(scope).startswith(self.root):
            return Match.NONE, {}
        return super().matches(scope)


def query_values(*names: str) -> Callable[[Request], Awaitable[dict[str, str]]]:
    """A dependency that collects the given query parameters (those sent, the last value of a
    repeated one) into a dict, in the order given; for lists with dozens of documented filters.
    They count as known parameters for ZgwRoute. Read straight from the query string: as
    dozens of declared `Query` parameters, FastAPI checked each one on every request (issue 9:
    about a millisecond of a list request)."""

    async def dependency(request: Request) -> dict[str, str]:
        sent = request.query_params
        return {name: sent[name] for name in names if name in sent}

    dependency.query_names = names  # type: ignore[attr-defined]
    return dependency
