"""`fundament client …` and `fundament token`: JWT client credentials."""

from __future__ import annotations

from typing import Annotated

import typer

from fundament.cli.base import console, run
from fundament.common import clients as client_store
from fundament.common.auth import make_token
from fundament.common.db import Database
from fundament.common.migrate import migrate
from fundament.components.autorisaties.services import ensure_superuser

app = typer.Typer(help="Manage JWT clients (client id + secret).", no_args_is_help=True)


async def _add_client(db: Database, client_id: str, secret: str, superuser: bool) -> bool:
    async with db.session() as session:
        await client_store.set_client(session, client_id, secret)
        await session.commit()
        if superuser:
            return await ensure_superuser(session, client_id, label=client_id)
    return False


@app.command("add")
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

    created_app = run(work)
    console.print(f"client_id: {client_id}\nsecret:    {secret}")
    if created_app:
        console.print("Applicatie with heeftAlleAutorisaties created.")


@app.command("list")
def client_list() -> None:
    """List the client ids that can sign JWTs."""

    async def work(db: Database) -> list[str]:
        await migrate(db)
        async with db.session() as session:
            return [c.client_id for c in await client_store.list_clients(session)]

    for client_id in run(work):
        console.print(client_id)


@app.command("remove")
def client_remove(client_id: str) -> None:
    """Remove a client's secret (its Applicatie, if any, stays)."""

    async def work(db: Database) -> bool:
        await migrate(db)
        async with db.session() as session:
            removed = await client_store.remove_client(session, client_id)
            await session.commit()
            return removed

    if not run(work):
        console.print(f"No client {client_id!r}.")
        raise typer.Exit(1)
    console.print(f"Removed {client_id}.")


def _secret_of(client_id: str) -> str | None:
    async def work(db: Database) -> str | None:
        await migrate(db)
        async with db.session() as session:
            return await client_store.get_secret(session, client_id)

    return run(work)


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
