"""JWT client credentials, stored apart from Applicaties so a client's secret outlives them."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import String, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from fundament.common.db import Base, UtcDateTime, utcnow


class JwtClient(Base):
    """A client id with the HS256 secret its JWTs are signed with."""

    __tablename__ = "jwt_clients"

    client_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    secret: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


async def get_secret(session: AsyncSession, client_id: str) -> str | None:
    result = await session.execute(select(JwtClient.secret).where(JwtClient.client_id == client_id))
    return result.scalar_one_or_none()


async def set_client(session: AsyncSession, client_id: str, secret: str) -> None:
    """Create the client, or replace its secret."""
    existing = await session.get(JwtClient, client_id)
    if existing is None:
        session.add(JwtClient(client_id=client_id, secret=secret))
    else:
        existing.secret = secret


async def list_clients(session: AsyncSession) -> list[JwtClient]:
    result = await session.execute(select(JwtClient).order_by(JwtClient.client_id))
    return list(result.scalars())


async def remove_client(session: AsyncSession, client_id: str) -> bool:
    result = await session.execute(delete(JwtClient).where(JwtClient.client_id == client_id))
    return bool(getattr(result, "rowcount", 0))
