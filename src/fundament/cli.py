"""The `fundament` command: serve, migrate, manage JWT clients and print tokens."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import threading
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
import uvicorn
from rich.console import Console

from fundament.app import load_components
from fundament.common import clients as client_store
from fundament.common.auth import make_token
from fundament.common.db import Database, utcnow
from fundament.common.errors import ApiError
from fundament.common.logs import configure_logging
from fundament.common.migrate import migrate
from fundament.components.autorisaties.services import ensure_superuser
from fundament.settings import ALL_COMPONENTS, Settings, get_settings

app = typer.Typer(help="Fundament: the Common Ground platform.", no_args_is_help=True)
client_app = typer.Typer(help="Manage JWT clients (client id + secret).", no_args_is_help=True)
app.add_typer(client_app, name="client")
catalogus_app = typer.Typer(
    help="Move a whole catalogue between environments.", no_args_is_help=True
)
app.add_typer(catalogus_app, name="catalogus")
notificaties_app = typer.Typer(
    help="Notification delivery: dead letters and their replay.", no_args_is_help=True
)
app.add_typer(notificaties_app, name="notificaties")
referentielijsten_app = typer.Typer(
    help="The offline Referentielijsten/Selectielijst server.", no_args_is_help=True
)
app.add_typer(referentielijsten_app, name="referentielijsten")
console = Console(soft_wrap=True)

DEMO_CLIENT = "fundament-demo"
T = TypeVar("T")


def _run(work: Callable[[Database], Awaitable[T]], settings: Settings | None = None) -> T:
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


@app.command("migrate")
def migrate_command() -> None:
    """Bring the database to the newest schema."""
    changed = _run(migrate)
    console.print("Database migrated." if changed else "Database already up to date.")


async def _add_client(db: Database, client_id: str, secret: str, superuser: bool) -> bool:
    async with db.session() as session:
        await client_store.set_client(session, client_id, secret)
        await session.commit()
        if superuser:
            return await ensure_superuser(session, client_id, label=client_id)
    return False


@client_app.command("add")
def client_add(
    client_id: str,
    secret: Annotated[str | None, typer.Option(help="Secret; generated when omitted.")] = None,
    superuser: Annotated[
        bool, typer.Option("--superuser", help="Also create an Applicatie with all rights.")
    ] = False,
) -> None:
    """Create a client (or replace its secret)."""
    secret = secret or client_store.new_secret()

    async def work(db: Database) -> bool:
        await migrate(db)
        return await _add_client(db, client_id, secret, superuser)

    created_app = _run(work)
    console.print(f"client_id: {client_id}\nsecret:    {secret}")
    if created_app:
        console.print("Applicatie with heeftAlleAutorisaties created.")


@client_app.command("list")
def client_list() -> None:
    """List the client ids that can sign JWTs."""

    async def work(db: Database) -> list[str]:
        await migrate(db)
        async with db.session() as session:
            return [c.client_id for c in await client_store.list_clients(session)]

    for client_id in _run(work):
        console.print(client_id)


@client_app.command("remove")
def client_remove(client_id: str) -> None:
    """Remove a client's secret (its Applicatie, if any, stays)."""

    async def work(db: Database) -> bool:
        await migrate(db)
        async with db.session() as session:
            removed = await client_store.remove_client(session, client_id)
            await session.commit()
            return removed

    if not _run(work):
        console.print(f"No client {client_id!r}.")
        raise typer.Exit(1)
    console.print(f"Removed {client_id}.")


def _secret_of(client_id: str) -> str | None:
    async def work(db: Database) -> str | None:
        await migrate(db)
        async with db.session() as session:
            return await client_store.get_secret(session, client_id)

    return _run(work)


@app.command("token")
def token(
    client_id: str,
    user_id: Annotated[str, typer.Option(help="`user_id` claim for the audit trail.")] = "",
    user_representation: Annotated[str, typer.Option(help="`user_representation` claim.")] = "",
) -> None:
    """Print a valid JWT for a client."""
    secret = _secret_of(client_id)
    if secret is None:
        console.print(f"No client {client_id!r}; add it with `fundament client add`.", style="red")
        raise typer.Exit(1)
    typer.echo(
        make_token(client_id, secret, user_id=user_id, user_representation=user_representation)
    )


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


@app.command("serve")
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
    demo = _run(lambda db: _prepare(db, settings), settings)
    base = settings.base_url or f"http://{host}:{port}"
    console.print(f"[bold]Fundament[/bold] on {base}  (database: {_safe(settings.db_url)})")
    for component in load_components(settings.components):
        console.print(f"  {component.name:<14} {base}{component.root}/")
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


@catalogus_app.command("export")
def catalogus_export(
    catalogus_url: Annotated[str, typer.Argument(help="URL (or UUID) of the catalogus.")],
    file: Annotated[Path, typer.Argument(help="JSON file to write.")],
) -> None:
    """Write a catalogus with all its types, versions and relations to a JSON file."""
    from fundament.components.catalogi.services.transfer import export_catalogus

    key = _uuid_at_end(catalogus_url)

    async def work(db: Database) -> dict[str, Any]:
        await migrate(db)
        async with db.session() as session:
            return await export_catalogus(session, key)

    document = _run_api(work)
    file.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in document["tables"].items())
    console.print(f"Exported to {file}: {counts}.")


@catalogus_app.command("import")
def catalogus_import(
    file: Annotated[Path, typer.Argument(help="JSON file made by `catalogus export`.")],
) -> None:
    """Recreate an exported catalogus (same UUIDs, identificaties and versions) here."""
    from fundament.components.catalogi.services.transfer import import_catalogus

    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        console.print(f"Cannot read {file}: {exc}", style="red")
        raise typer.Exit(1) from exc

    async def work(db: Database) -> uuid.UUID:
        await migrate(db)
        async with db.session() as session:
            return await import_catalogus(session, document)

    key = _run_api(work)
    console.print(f"Imported catalogus {key}.")


def _uuid_at_end(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value.rstrip("/").rsplit("/", 1)[-1])
    except ValueError as exc:
        console.print(f"No catalogus UUID in {value!r}.", style="red")
        raise typer.Exit(1) from exc


def _run_api(work: Callable[[Database], Awaitable[T]]) -> T:
    """Like _run, but an ApiError becomes a one-line message and exit status 1."""
    try:
        return _run(work)
    except ApiError as exc:
        console.print(f"{exc.detail} ({exc.code})", style="red")
        raise typer.Exit(1) from exc


@referentielijsten_app.command("serve")
def referentielijsten_serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8100,
) -> None:
    """Serve VNG's 2020 selectielijst and resultaattypeomschrijvingen, read-only, offline."""
    from fundament.referentielijsten.server import Referentielijsten

    server = Referentielijsten(host, port).start()
    console.print(f"Referentielijsten API on {server.api_url}/  (Ctrl-C stops)")
    console.print(f"Point Fundament at it: FUNDAMENT_REFERENTIELIJSTEN_URL={server.api_url}")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@app.command("worker")
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
    handled = _run(work, settings)
    if once:
        console.print(f"Handled {handled} notification(s) and delivery attempt(s).")


def _moment(value: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if value else None
    except ValueError as exc:
        console.print(f"Not an ISO 8601 date or time: {value!r}.", style="red")
        raise typer.Exit(1) from exc
    return moment.replace(tzinfo=moment.tzinfo or UTC) if moment else None


def _abonnement(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value.rstrip("/").rsplit("/", 1)[-1]) if value else None
    except ValueError as exc:
        console.print(f"No abonnement UUID in {value!r}.", style="red")
        raise typer.Exit(1) from exc


SinceOption = Annotated[
    str | None, typer.Option(help="Only notifications created at or after this ISO time.")
]
AbonnementOption = Annotated[str | None, typer.Option(help="Only this abonnement (URL or UUID).")]


@notificaties_app.command("failed")
def notificaties_failed(
    since: SinceOption = None,
    abonnement: AbonnementOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 100,
) -> None:
    """List dead letters: deliveries given up after their last attempt."""
    from fundament.components.notificaties.dispatch.deadletters import list_dead

    moment, key = _moment(since), _abonnement(abonnement)

    async def work(db: Database) -> list[Any]:
        await migrate(db)
        async with db.session() as session:
            return await list_dead(session, abonnement=key, since=moment, limit=limit)

    letters = _run(work)
    for letter in letters:
        console.print(
            f"{letter.delivery}  {letter.aanmaakdatum.isoformat()}  {letter.kanaal}/"
            f"{letter.resource} {letter.actie}  {letter.resource_url}\n"
            f"    to {letter.callback_url} (abonnement {letter.abonnement}): "
            f"{letter.attempts} attempts, last error: {letter.last_error}"
        )
    console.print(f"{len(letters)} dead letter(s).")


@notificaties_app.command("replay")
def notificaties_replay(since: SinceOption = None, abonnement: AbonnementOption = None) -> None:
    """Deliver dead letters again: a new series of attempts, in their original order."""
    from fundament.components.notificaties.dispatch.deadletters import replay

    moment, key = _moment(since), _abonnement(abonnement)

    async def work(db: Database) -> int:
        await migrate(db)
        async with db.session() as session:
            return await replay(session, now=utcnow(), since=moment, abonnement=key)

    console.print(f"Replaying {_run(work)} dead letter(s).")


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def main() -> None:
    app()
