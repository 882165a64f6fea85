"""Turns every error into an `application/problem+json` body in the ZGW Fout/ValidatieFout shape."""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Sequence
from typing import Any

import fastapi.routing
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import Match

from fundament.common.errors import (
    ApiError,
    InvalidParam,
    MethodNotAllowed,
    NotFound,
    ValidationFailed,
)
from fundament.common.middleware import API_VERSION_SCOPE_KEY

logger = logging.getLogger("fundament.errors")

PROBLEM_JSON = "application/problem+json"

# Pydantic error types → the codes ZGW implementations (DRF-based) use for the same failure.
_PYDANTIC_CODES = {
    "missing": "required",
    "string_too_long": "max_length",
    "string_too_short": "min_length",
    "too_long": "max_length",
    "too_short": "min_length",
    "enum": "invalid_choice",
    "literal_error": "invalid_choice",
    "list_type": "not_a_list",
    "json_invalid": "parse_error",
    "json_type": "parse_error",
    "extra_forbidden": "unknown-field",
    "greater_than_equal": "min_value",
    "greater_than": "min_value",
    "less_than_equal": "max_value",
    "less_than": "max_value",
}
_GENERIC_TYPES = {
    "string_type",
    "int_type",
    "int_parsing",
    "int_from_float",
    "bool_type",
    "bool_parsing",
    "float_type",
    "float_parsing",
    "uuid_type",
    "uuid_parsing",
    "date_type",
    "date_parsing",
    "date_from_datetime_parsing",
    "datetime_type",
    "datetime_parsing",
    "datetime_from_date_parsing",
    "url_type",
    "url_parsing",
    "url_scheme",
    "url_syntax_violation",
    "url_too_long",
    "dict_type",
    "model_type",
    "model_attributes_type",
    "value_error",
    "assertion_error",
    "decimal_parsing",
    "decimal_type",
    "time_parsing",
    "time_type",
}


def problem_response(
    status: int,
    code: str,
    title: str,
    detail: str,
    *,
    invalid_params: Sequence[InvalidParam] | None = None,
    instance: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": f"urn:fundament:fout:{code}",
        "code": code,
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance or f"urn:uuid:{uuid.uuid4()}",
    }
    if invalid_params is not None:
        body["invalidParams"] = [
            {"name": p.name, "code": p.code, "reason": p.reason} for p in invalid_params
        ]
    return Response(
        json.dumps(body, ensure_ascii=False).encode(),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def api_error_response(exc: ApiError) -> Response:
    params = exc.invalid_params if isinstance(exc, ValidationFailed) else None
    return problem_response(
        exc.status, exc.code, exc.title, exc.detail, invalid_params=params, headers=exc.headers
    )


# Pydantic names the member of a union that failed after the field in `loc` ("literal['']",
# "str", "constrained-str", "list[str]"); that is no field name, so it is left out.
_UNION_MEMBER = re.compile(r"[\w-]+\[.*\]|[a-z]+(?:-[a-z]+)+|str|int|float|bool|bytes|none")


def _field_name(loc: Sequence[Any]) -> str:
    parts = [str(part) for part in loc]
    if parts and parts[0] in {"body", "query", "path", "header"}:
        parts = parts[1:]
    parts = parts[:1] + [part for part in parts[1:] if not _UNION_MEMBER.fullmatch(part)]
    if not parts:
        return "nonFieldErrors"
    return ".".join(parts)


def _code_for(error: dict[str, Any]) -> str:
    kind = str(error.get("type", "invalid"))
    raw = error.get("input")
    if kind in {"string_too_short", "too_short"} and raw in ("", []):
        return "blank" if raw == "" else "min_length"
    if raw is None and kind.endswith("_type"):
        return "null"  # as DRF answers null for any non-nullable field, lists included
    if kind in _PYDANTIC_CODES:
        return _PYDANTIC_CODES[kind]
    if kind in _GENERIC_TYPES:
        return "invalid"
    # A PydanticCustomError raised by our own validators carries the standard's code as its type.
    return kind


def invalid_params_from_pydantic(errors: Sequence[Any]) -> list[InvalidParam]:
    params: dict[tuple[str, str], InvalidParam] = {}
    for error in errors:
        loc = tuple(error.get("loc", ()))
        if error.get("type") in {"json_invalid", "json_type"}:
            loc = ("body",)
        param = InvalidParam(_field_name(loc), _code_for(error), str(error.get("msg", "")))
        # Every member of a failed union reports; one entry per field and code is enough.
        params.setdefault((param.name, param.code), param)
    return list(params.values())


async def _on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return api_error_response(exc)


async def _on_request_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    params = invalid_params_from_pydantic(exc.errors())
    return api_error_response(ValidationFailed(params))


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return api_error_response(NotFound())
    if exc.status_code == 405:
        response = api_error_response(MethodNotAllowed())
        response.headers["Allow"] = ", ".join(_allowed_methods(request))
        return response
    error = ApiError(str(exc.detail))
    error.status = exc.status_code
    error.code = f"http_{exc.status_code}"
    error.title = str(exc.detail)
    return api_error_response(error)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (RFC 9110 §15.5.6: a 405 lists them)."""
    flatten = getattr(fastapi.routing, "iter_route_contexts", None)
    routes = list(flatten(request.app.routes)) if flatten else list(request.app.routes)
    scope = {**request.scope, "method": "GET"}
    methods: set[str] = set()
    for route in routes:
        if route.matches(scope)[0] != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    instance = f"urn:uuid:{uuid.uuid4()}"
    logger.exception(
        "unhandled error %s on %s %s",
        instance,
        request.method,
        request.url.path,
        extra={"instance": instance},
    )
    # ServerErrorMiddleware sends this response outside ApiVersionMiddleware, so add it here.
    version = request.scope.get(API_VERSION_SCOPE_KEY)
    return problem_response(
        500,
        "error",
        "Er is een serverfout opgetreden.",
        "Er is een onverwachte fout opgetreden; vermeld de instance bij contact met beheer.",
        instance=instance,
        headers={"API-version": version} if version else None,
    )


async def _on_database_error(request: Request, exc: Exception) -> Response:
    """A pooled connection the database dropped (it restarted, or killed the session): the
    pool has already been emptied of every such connection, so the request may simply be sent
    again. Pools do not ping before each use (a round trip per request), as Django's persistent
    connections do not either; Open Zaak answers such a request with a 500."""
    assert isinstance(exc, DBAPIError)
    if not exc.connection_invalidated:
        raise exc  # any other database error is unexpected: _on_unexpected, outermost
    logger.warning("database connection lost during %s %s", request.method, request.url.path)
    return problem_response(
        503,
        "database_unavailable",
        "De database is tijdelijk niet bereikbaar.",
        "De verbinding met de database werd verbroken; probeer het opnieuw.",
        headers={"Retry-After": "1"},
    )


def install_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_request_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(DBAPIError, _on_database_error)
    app.add_exception_handler(Exception, _on_unexpected)
