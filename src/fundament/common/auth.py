"""JWT authentication and ZGW authorisation: scopes, per-type grants and SQL filters."""

from __future__ import annotations

import time
import uuid
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Protocol

import jwt
from fastapi import Depends, Request
from sqlalchemy import ColumnElement, and_, false, or_, true
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.authcache import AuthCache
from fundament.common.clients import get_secret
from fundament.common.errors import NotAuthenticated, PermissionDenied
from fundament.common.session import get_session

# ZGW clients commonly sign with short shared secrets (the VNG conformance suite uses "secret");
# the standard accepts them, so PyJWT's advice about key length is not ours to enforce.
warnings.filterwarnings("ignore", category=jwt.InsecureKeyLengthWarning)

# Ordered from least to most confidential (ZGW `VertrouwelijkheidaanduidingEnum`).
VERTROUWELIJKHEID: tuple[str, ...] = (
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
)
_RANK = {name: rank for rank, name in enumerate(VERTROUWELIJKHEID)}


def vertrouwelijkheid_rank(value: str) -> int:
    return _RANK[value]


@dataclass(frozen=True, slots=True)
class Grant:
    """One autorisatie: scopes on a component, optionally for one type up to a confidentiality."""

    component: str
    scopes: frozenset[str]
    type_url: str | None = None
    max_vertrouwelijkheid: str | None = None


@dataclass(frozen=True, slots=True)
class ApplicatieGrants:
    """What the Autorisaties component says one client may do."""

    uuid: uuid.UUID
    label: str
    heeft_alle_autorisaties: bool
    grants: tuple[Grant, ...] = ()


class GrantSource(Protocol):
    """Where authorisations come from (the local Autorisaties component, or a remote AC)."""

    async def applicatie_for_client(
        self, session: AsyncSession, client_id: str
    ) -> ApplicatieGrants | None: ...


@dataclass(slots=True)
class AuthContext:
    """The authenticated caller of one request and what it may do."""

    client_id: str
    applicatie: ApplicatieGrants | None
    user_id: str = ""
    user_representation: str = ""
    claims: dict[str, Any] = field(default_factory=dict)

    @property
    def is_superuser(self) -> bool:
        return bool(self.applicatie and self.applicatie.heeft_alle_autorisaties)

    def _grants(self, component: str, scope: str) -> list[Grant]:
        if self.applicatie is None:
            return []
        return [g for g in self.applicatie.grants if g.component == component and scope in g.scopes]

    def has_scope(self, component: str, scope: str) -> bool:
        return self.is_superuser or bool(self._grants(component, scope))

    def require(self, component: str, *scopes: str) -> None:
        """Every scope must be granted on the component (any type), else 403."""
        missing = [s for s in scopes if not self.has_scope(component, s)]
        if missing:
            raise PermissionDenied(
                f"Ontbrekende scope(s) {', '.join(missing)} voor component {component}."
            )

    def allows(
        self, component: str, scope: str, type_url: str, vertrouwelijkheid: str | None = None
    ) -> bool:
        """Whether one object of `type_url` (and confidentiality) is within the client's grants."""
        if self.is_superuser:
            return True
        for grant in self._grants(component, scope):
            if grant.type_url != type_url:
                continue
            if vertrouwelijkheid is None or grant.max_vertrouwelijkheid is None:
                return True
            if _RANK[vertrouwelijkheid] <= _RANK[grant.max_vertrouwelijkheid]:
                return True
        return False

    def sql_filter(
        self,
        component: str,
        scope: str,
        type_column: Any,
        vertrouwelijkheid_column: Any = None,
        *,
        of_type: str | None = None,
    ) -> ColumnElement[bool]:
        """A WHERE condition limiting a list to the types (and confidentiality) granted: one
        `type IN (…) AND vertrouwelijkheid IN (…)` per distinct maximum, so ten grants up to
        the same level are one condition the indexes can use.

        `of_type`: the caller limits the list to this one type itself (`?zaaktype=`), so only
        its grants count and no type condition is added. PostgreSQL takes conditions as
        independent: `zaaktype = X AND zaaktype IN (…ten types…)` made it expect a tenth of
        X's zaken, so it counted them exactly instead of estimating (common/counting.py).
        """
        if self.is_superuser:
            return true()
        by_level: dict[str | None, list[str]] = {}
        for grant in self._grants(component, scope):
            if grant.type_url is None or of_type not in (None, grant.type_url):
                continue
            level = grant.max_vertrouwelijkheid if vertrouwelijkheid_column is not None else None
            by_level.setdefault(level, []).append(grant.type_url)
        conditions: list[ColumnElement[bool]] = []
        for level, type_urls in by_level.items():
            parts: list[ColumnElement[bool]] = []
            if of_type is None:
                parts.append(type_column.in_(type_urls))
            if level is not None:
                parts.append(vertrouwelijkheid_column.in_(VERTROUWELIJKHEID[: _RANK[level] + 1]))
            if not parts:
                return true()  # of_type is granted with no maximum to check
            conditions.append(and_(*parts))
        return or_(*conditions) if conditions else false()


def _bearer_token(request: Request) -> str:
    header = request.headers.get("authorization")
    if not header:
        raise NotAuthenticated("Authorization header ontbreekt.")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("Authorization header moet 'Bearer <JWT>' zijn.")
    return token.strip()


def _client_id_of(claims: dict[str, Any]) -> str:
    client_id = claims.get("client_id") or claims.get("iss")
    if not isinstance(client_id, str) or not client_id:
        raise NotAuthenticated("Het JWT bevat geen client_id.", code="missing-client-identifier")
    return client_id


def _verified_claims(token: str, secret: str, leeway: int) -> dict[str, Any]:
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            options={"require": ["iat"], "verify_aud": False},
            leeway=leeway,
        )
    except jwt.ExpiredSignatureError as exc:
        raise NotAuthenticated("Het JWT is verlopen.", code="jwt-expired") from exc
    except jwt.PyJWTError as exc:
        raise NotAuthenticated("De handtekening van het JWT is ongeldig.") from exc
    return claims


async def _credentials(
    request: Request, session: AsyncSession, client_id: str
) -> tuple[str | None, ApplicatieGrants | None]:
    """The client's secret and autorisaties, read from the tables (and kept in the cache)."""
    cache: AuthCache = request.app.state.auth_cache
    generation = cache.generation
    secret = await get_secret(session, client_id)
    if secret is None:
        return None, None
    source: GrantSource = request.app.state.grant_source
    applicatie = await source.applicatie_for_client(session, client_id)
    cache.put(client_id, generation, secret, applicatie)
    return secret, applicatie


async def authenticate(request: Request, session: AsyncSession) -> AuthContext:
    """Verify the request's JWT (HS256, per-client secret, `iat` age) and load its grants."""
    token = _bearer_token(request)
    settings = request.app.state.settings
    cache: AuthCache = request.app.state.auth_cache
    known = cache.verified(token)
    if known is not None:
        entry, claims = known
        client_id, applicatie = _client_id_of(claims), entry.applicatie
    else:
        generation = cache.generation
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError as exc:
            raise NotAuthenticated("Het JWT kon niet gelezen worden.") from exc
        client_id = _client_id_of(unverified)
        cached = cache.get(client_id)
        if cached is not None:
            try:
                claims = _verified_claims(token, cached.secret, settings.jwt_leeway)
                applicatie = cached.applicatie
            except NotAuthenticated:
                cached = None  # perhaps a new secret whose announcement is under way: read it
        if cached is None:
            secret, applicatie = await _credentials(request, session, client_id)
            if secret is None:
                raise NotAuthenticated("Onbekende client_id.")
            claims = _verified_claims(token, secret, settings.jwt_leeway)
        cache.remember(token, client_id, claims, generation)
    issued_at = claims["iat"]
    if not isinstance(issued_at, int | float):
        raise NotAuthenticated("De iat-claim is ongeldig.")
    if time.time() > issued_at + settings.jwt_max_age + settings.jwt_leeway:
        raise NotAuthenticated("Het JWT is verlopen (iat te oud).", code="jwt-expired")
    return AuthContext(
        client_id=client_id,
        applicatie=applicatie,
        user_id=str(claims.get("user_id") or ""),
        user_representation=str(claims.get("user_representation") or ""),
        claims=claims,
    )


def make_token(
    client_id: str,
    secret: str,
    *,
    user_id: str = "",
    user_representation: str = "",
    issued_at: float | None = None,
) -> str:
    """A ZGW JWT for a client (CLI `fundament token`, tests and tooling)."""
    payload = {
        "iss": client_id,
        "iat": int(issued_at if issued_at is not None else time.time()),
        "client_id": client_id,
        "user_id": user_id,
        "user_representation": user_representation,
    }
    return jwt.encode(payload, secret, algorithm="HS256")


def require_scopes(component: str, *scopes: str) -> Callable[..., Coroutine[Any, Any, AuthContext]]:
    """A route dependency: authenticate, then demand the scopes on the component."""

    async def dependency(
        request: Request, session: AsyncSession = Depends(get_session)
    ) -> AuthContext:
        context = await authenticate(request, session)
        context.require(component, *scopes)
        request.state.auth = context
        return context

    return dependency


def require_any_scope(
    *alternatives: tuple[str, str],
) -> Callable[..., Coroutine[Any, Any, AuthContext]]:
    """A route dependency: authenticate, then demand at least one (component, scope) pair."""

    async def dependency(
        request: Request, session: AsyncSession = Depends(get_session)
    ) -> AuthContext:
        context = await authenticate(request, session)
        if not any(context.has_scope(component, scope) for component, scope in alternatives):
            wanted = " | ".join(scope for _, scope in alternatives)
            raise PermissionDenied(f"Een van de scopes {wanted} is vereist.")
        request.state.auth = context
        return context

    return dependency


def require_superuser() -> Callable[..., Coroutine[Any, Any, AuthContext]]:
    """A route dependency for Fundament's administrators' extensions (no standard scope covers
    them): authenticate, then demand an Applicatie with `heeftAlleAutorisaties`."""

    async def dependency(
        request: Request, session: AsyncSession = Depends(get_session)
    ) -> AuthContext:
        context = await authenticate(request, session)
        if not context.is_superuser:
            raise PermissionDenied("Alleen een applicatie met heeftAlleAutorisaties mag dit.")
        request.state.auth = context
        return context

    return dependency
