"""Domain errors raised by services and rules; common.problems turns them into problem+json."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InvalidParam:
    """One entry of `invalidParams`: which field, a stable code, and a human reason."""

    name: str
    code: str
    reason: str


class ApiError(Exception):
    """Base of every error that reaches a client as a problem document."""

    status: int = 500
    code: str = "error"
    title: str = "Er is een serverfout opgetreden."
    headers: dict[str, str] | None = None

    def __init__(self, detail: str | None = None, *, code: str | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        if code is not None:
            self.code = code


class ValidationFailed(ApiError):
    status = 400
    code = "invalid"
    title = "Invalid input."

    def __init__(self, params: list[InvalidParam], detail: str | None = None) -> None:
        super().__init__(detail or "; ".join(f"{p.name}: {p.reason}" for p in params))
        self.invalid_params = params

    @classmethod
    def single(cls, name: str, code: str, reason: str) -> ValidationFailed:
        return cls([InvalidParam(name, code, reason)])


class NotAuthenticated(ApiError):
    # ZGW answers authentication failures with 403, as Open Zaak does (no WWW-Authenticate).
    status = 403
    code = "not_authenticated"
    title = "Authenticatiegegevens zijn niet opgegeven of ongeldig."


class TokenNotAuthenticated(NotAuthenticated):
    # The token-authenticated APIs (Objects, Klantinteracties) answer 401, as DRF's
    # TokenAuthentication in the Objects API and Open Klant does.
    status = 401
    headers = {"WWW-Authenticate": "Token"}


class PermissionDenied(ApiError):
    status = 403
    code = "permission_denied"
    title = "U heeft geen toestemming om deze actie uit te voeren."


class NotFound(ApiError):
    status = 404
    code = "not_found"
    title = "Niet gevonden."


class MethodNotAllowed(ApiError):
    status = 405
    code = "method_not_allowed"
    title = "Methode niet toegestaan."


class NotAcceptable(ApiError):
    status = 406
    code = "not_acceptable"
    title = "Kan niet voldoen aan de opgegeven Accept header."


class Conflict(ApiError):
    status = 409
    code = "conflict"
    title = "Conflict."


class PreconditionFailed(ApiError):
    status = 412
    code = "precondition_failed"
    title = "Precondition failed."


class UnsupportedMediaType(ApiError):
    status = 415
    code = "unsupported_media_type"
    title = "Niet ondersteund mediatype."
