"""API tokens (`Authorization: Token <key>`) for the APIs whose specification asks for them
(Objects, Objecttypes, Klantinteracties), and the caller identity those APIs share with JWTs.

A token is an identity, nothing more: it names who calls and which components it may call.
What the caller may do inside a component (per objecttype, per field, …) is that component's
own table, keyed by the same `identifier`. A ZGW JWT client is accepted on these APIs too
(one client identity across the platform); its `identifier` is its `client_id`, so a
component's permission rows apply to either kind of caller. Only a hash of each key is stored.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from fastapi import Request
from sqlalchemy import String, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.auth import AuthContext, authenticate
from fundament.common.db import Base, UtcDateTime, utcnow
from fundament.common.errors import PermissionDenied, TokenNotAuthenticated


class ApiToken(Base):
    """One token: a named caller, the hash of its key, and the components it may call."""

    __tablename__ = "api_tokens"

    identifier: Mapped[str] = mapped_column(String(255), primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Comma-separated component names; empty means every token-authenticated component.
    components: Mapped[str] = mapped_column(String(255), default="")
    contact: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    def allows_component(self, component: str) -> bool:
        return not self.components or component in self.components.split(",")


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


async def add_token(
    session: AsyncSession,
    identifier: str,
    *,
    components: list[str] | None = None,
    contact: str = "",
    key: str | None = None,
) -> str:
    """Create the token (or give it a new key) and return its key; the caller commits."""
    key = key or secrets.token_hex(20)
    existing = await session.get(ApiToken, identifier)
    token = existing or ApiToken(identifier=identifier)
    token.key_hash = _hash(key)
    token.components = ",".join(components or [])
    token.contact = contact
    if existing is None:
        session.add(token)
    return key


async def list_tokens(session: AsyncSession) -> list[ApiToken]:
    result = await session.execute(select(ApiToken).order_by(ApiToken.identifier))
    return list(result.scalars())


async def remove_token(session: AsyncSession, identifier: str) -> bool:
    result = await session.execute(delete(ApiToken).where(ApiToken.identifier == identifier))
    return bool(getattr(result, "rowcount", 0))


async def token_for_key(session: AsyncSession, key: str) -> ApiToken | None:
    result = await session.execute(select(ApiToken).where(ApiToken.key_hash == _hash(key)))
    return result.scalar_one_or_none()


@dataclass(frozen=True, slots=True)
class Caller:
    """Who calls a token-authenticated API: an API token or a ZGW JWT client."""

    identifier: str
    jwt: AuthContext | None = None

    @property
    def is_superuser(self) -> bool:
        """A JWT client whose Applicatie has heeftAlleAutorisaties may do everything."""
        return self.jwt is not None and self.jwt.is_superuser


async def authenticate_caller(request: Request, session: AsyncSession, component: str) -> Caller:
    """`Authorization: Token <key>` for `component`, or `Bearer <ZGW JWT>`.

    A bad token or none is 401 with `WWW-Authenticate: Token`; a bad JWT is the ZGW 403."""
    header = request.headers.get("authorization", "")
    scheme, _, credential = header.partition(" ")
    if scheme.lower() == "bearer":
        context = await authenticate(request, session)
        request.state.auth = context
        return Caller(identifier=context.client_id, jwt=context)
    if scheme.lower() != "token" or not credential.strip():
        raise TokenNotAuthenticated(
            "Authorization header moet 'Token <key>' of 'Bearer <JWT>' zijn."
        )
    token = await token_for_key(session, credential.strip())
    if token is None:
        raise TokenNotAuthenticated("Ongeldige token.")
    if not token.allows_component(component):
        raise PermissionDenied(f"Deze token geeft geen toegang tot {component}.")
    return Caller(identifier=token.identifier)
