"""`fundament migrate`, `fundament serve` and `fundament worker`."""

from __future__ import annotations

import asyncio
import os
import signal
from typing import Annotated

import typer
import uvicorn

from fundament.app import load_components
from fundament.cli.base import console, run
from fundament.common import clients as client_store
from fundament.common.auth import make_token
from fundament.common.db import Database
from fundament.common.logs import configure_logging
from fundament.common.migrate import migrate
from fundament.components.autorisaties.services import ensure_superuser
from fundament.settings import ALL_COMPONENTS, Settings, get_settings

DEMO_CLIENT = "fundament-demo"


def migrate_command() -> None:
    """Bring the database to the newest schema."""
    changed = run(migrate)
    console.print("Database migrated." if changed else "Database already up to date.")


async def _prepare(db: Database, settings: Settings) -> tuple[str, str] | None:
    """Migrate; on the embedded default, make sure a demo client exists and return it."""
    await migrate(db)
    if not (settings.is_sqlite and settings.demo_client):
        return None
    async with db.session() as session:
        clients = await client_store.list_clients(session)
        demo = next((c for c in clients if c.client_id == DEMO_CLIENT), None)
        if demo is not None:
            # Give it its rights back if its Applicatie was deleted meanwhile.
            await ensure_superuser(session, DEMO_CLIENT, label="Fundament demo")
            return demo.client_id, demo.secret
        if clients:
            return None
        secret = client_store.new_secret()
        await client_store.set_client(session, DEMO_CLIENT, secret)
        await session.commit()
        await ensure_superuser(session, DEMO_CLIENT, label="Fundament demo")
        return DEMO_CLIENT, secret


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    components: Annotated[
        list[str] | None,
        typer.Option("--components", help=f"Components to serve (default all: {ALL_COMPONENTS})."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Migrate the database if needed and serve every enabled component."""
    if components:
        # Worker processes read their settings from the environment, like this one.
        os.environ["FUNDAMENT_COMPONENTS"] = ",".join(
            part for value in components for part in value.split(",")
        )
        get_settings.cache_clear()
    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    demo = run(lambda db: _prepare(db, settings), settings)
    base = settings.base_url or f"http://{host}:{port}"
    console.print(f"[bold]Fundament[/bold] on {base}  (database: {_safe(settings.db_url)})")
    for component in load_components(settings.components):
        console.print(f"  {component.name:<17} {base}{component.root}/")
    if demo is not None:
        client_id, secret = demo
        console.print(
            f"\nDemo client (all rights)\n  client_id: {client_id}\n  secret:    {secret}"
        )
        console.print(f"  Authorization: Bearer {make_token(client_id, secret)}", soft_wrap=True)
        console.print(
            f"  (valid {settings.jwt_max_age} s; `fundament token {client_id}` for a new one)"
        )
    uvicorn.run(
        "fundament.app:serve_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level.lower(),
        proxy_headers=True,
    )


def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Handle what is due now, then stop.")
    ] = False,
) -> None:
    """Run a notification dispatcher until stopped (several may run at once on PostgreSQL)."""
    from fundament.components.notificaties.dispatch.dispatcher import Dispatcher

    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    kanalen = [k for c in load_components(settings.components) for k in c.kanalen]

    async def work(db: Database) -> int:
        await migrate(db)
        async with Dispatcher(db, settings, kanalen) as dispatcher:
            if once:
                return await dispatcher.run_once()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signum, dispatcher.stop)
            await dispatcher.run()
            return 0

    console.print(f"Dispatching to {settings.notificaties_url or 'the local abonnementen'}.")
    handled = run(work, settings)
    if once:
        console.print(f"Handled {handled} notification(s) and delivery attempt(s).")


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
