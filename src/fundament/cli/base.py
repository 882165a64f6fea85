"""What every `fundament` sub-command shares: the console and running async work on the database."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

import typer
from rich.console import Console

from fundament.common.db import Database
from fundament.common.errors import ApiError
from fundament.settings import Settings, get_settings

console = Console(soft_wrap=True)
T = TypeVar("T")


def run(work: Callable[[Database], Awaitable[T]], settings: Settings | None = None) -> T:
    """Run `work` against the configured database, then dispose of the engine."""
    settings = settings or get_settings()
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)

    async def main() -> T:
        db = Database(settings.db_url)
        try:
            return await work(db)
        finally:
            await db.dispose()

    return asyncio.run(main())


def run_api(work: Callable[[Database], Awaitable[T]]) -> T:
    """Like run, but an ApiError becomes a one-line message and exit status 1."""
    try:
        return run(work)
    except ApiError as exc:
        console.print(f"{exc.detail} ({exc.code})", style="red")
        raise typer.Exit(1) from exc


def uuid_at_end(value: str, what: str) -> uuid.UUID:
    """The UUID a resource URL ends with (or the UUID itself); exit 1 when there is none."""
    try:
        return uuid.UUID(value.rstrip("/").rsplit("/", 1)[-1])
    except ValueError as exc:
        console.print(f"No {what} UUID in {value!r}.", style="red")
        raise typer.Exit(1) from exc


def moment(value: str | None) -> datetime | None:
    """An ISO 8601 date or time option (UTC when no zone is given); exit 1 when malformed."""
    try:
        parsed = datetime.fromisoformat(value) if value else None
    except ValueError as exc:
        console.print(f"Not an ISO 8601 date or time: {value!r}.", style="red")
        raise typer.Exit(1) from exc
    return parsed.replace(tzinfo=parsed.tzinfo or UTC) if parsed else None
