"""`fundament apitoken …`: the `Authorization: Token <key>` callers of Objects, Objecttypes and
Klantinteracties."""

from __future__ import annotations

from typing import Annotated

import typer

from fundament.cli.base import console, run
from fundament.common import apitokens
from fundament.common.db import Database
from fundament.common.migrate import migrate

app = typer.Typer(
    help="Manage API tokens (Objects, Objecttypes, Klantinteracties).", no_args_is_help=True
)


@app.command("add")
def apitoken_add(
    identifier: str,
    component: Annotated[
        list[str] | None,
        typer.Option("--component", help="A component the token may call (repeat; default all)."),
    ] = None,
    contact: Annotated[str, typer.Option(help="Who to contact about this token.")] = "",
    key: Annotated[str | None, typer.Option(help="The key; generated when omitted.")] = None,
) -> None:
    """Create a token (or give it a new key) and print its key; only a hash is stored."""

    async def work(db: Database) -> str:
        await migrate(db)
        async with db.session() as session:
            new_key = await apitokens.add_token(
                session, identifier, components=component, contact=contact, key=key
            )
            await session.commit()
            return new_key

    new_key = run(work)
    console.print(f"identifier: {identifier}\nkey:        {new_key}")
    console.print(f"Use it as: Authorization: Token {new_key}")


@app.command("list")
def apitoken_list() -> None:
    """List the tokens (never their keys)."""

    async def work(db: Database) -> list[tuple[str, str, str]]:
        await migrate(db)
        async with db.session() as session:
            return [
                (t.identifier, t.components or "*", t.contact)
                for t in await apitokens.list_tokens(session)
            ]

    for identifier, components, contact in run(work):
        console.print(f"{identifier}  components: {components}  contact: {contact}")


@app.command("remove")
def apitoken_remove(identifier: str) -> None:
    """Remove a token; its key stops working at once."""

    async def work(db: Database) -> bool:
        await migrate(db)
        async with db.session() as session:
            removed = await apitokens.remove_token(session, identifier)
            await session.commit()
            return removed

    if not run(work):
        console.print(f"No token {identifier!r}.")
        raise typer.Exit(1)
    console.print(f"Removed {identifier}.")
