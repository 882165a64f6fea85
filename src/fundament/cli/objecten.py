"""`fundament objecttypes load-defaults` and `fundament objecten permission add|list|remove`:
the shipped objecttypes, and what each caller may do per objecttype in the Objects API."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from fundament.cli.base import console, run, run_api
from fundament.common.db import Database
from fundament.common.migrate import migrate

objecttypes = typer.Typer(help="Objecttypes of the Objecttypes API.", no_args_is_help=True)
objecten = typer.Typer(help="Objects API: permissions per objecttype.", no_args_is_help=True)
permission = typer.Typer(
    help="What an API token or JWT client may do with objects of one objecttype.",
    no_args_is_help=True,
)
objecten.add_typer(permission, name="permission")


@objecttypes.command("load-defaults")
def load_defaults(
    base_url: Annotated[
        str,
        typer.Option(help="Public base URL, to print the objecttype URLs (e.g. https://host)."),
    ] = "",
) -> None:
    """Create the shipped objecttypes verzoek, taak and bericht (version 1, published);
    objecttypes already present are left alone."""
    from fundament.components.objecttypen.routes import ROOT
    from fundament.components.objecttypen.services import load_defaults as load

    async def work(db: Database) -> list[Any]:
        await migrate(db)
        async with db.session() as session:
            return await load(session)

    for name, key, created in run(work):
        state = "created" if created else "already present"
        console.print(f"{name}: {base_url.rstrip('/')}{ROOT}/objecttypes/{key} ({state})")


def _fields(value: str | None) -> dict[str, list[str]] | None:
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except ValueError as exc:
        console.print(f"--fields is no JSON: {exc}", style="red")
        raise typer.Exit(1) from exc
    return parsed


@permission.command("add")
def permission_add(
    identifier: Annotated[str, typer.Argument(help="API token identifier or JWT client id.")],
    type_url: Annotated[str, typer.Argument(help="URL of the objecttype.")],
    mode: Annotated[str, typer.Option(help="read_only or read_and_write.")] = "read_only",
    use_fields: Annotated[
        bool, typer.Option(help="Read-only: show only the fields listed in --fields.")
    ] = False,
    fields: Annotated[
        str | None,
        typer.Option(help='Per objecttype version: {"1": ["uuid", "record__data__naam"]}.'),
    ] = None,
) -> None:
    """Grant (or change) a caller's permission on an objecttype."""
    from fundament.components.objecten.services.permissions import set_permission

    chosen = _fields(fields)

    async def work(db: Database) -> bool:
        await migrate(db)
        async with db.session() as session:
            return await set_permission(
                session, identifier, type_url, mode, use_fields=use_fields, fields=chosen
            )

    created = run_api(work)
    console.print(f"{'Granted' if created else 'Changed'}: {identifier} {mode} on {type_url}")


@permission.command("list")
def permission_list(
    identifier: Annotated[str | None, typer.Argument(help="Only this caller.")] = None,
) -> None:
    """List permissions (all callers, or one)."""
    from fundament.components.objecten.services.permissions import all_permissions

    async def work(db: Database) -> list[tuple[str, str, str, bool, Any]]:
        await migrate(db)
        async with db.session() as session:
            return [
                (p.identifier, p.type, p.mode, p.use_fields, p.fields)
                for p in await all_permissions(session, identifier)
            ]

    for who, type_url, mode, use_fields, fields in run(work):
        extra = f"  fields: {json.dumps(fields)}" if use_fields else ""
        console.print(f"{who}  {mode}  {type_url}{extra}")


@permission.command("remove")
def permission_remove(identifier: str, type_url: str) -> None:
    """Withdraw a caller's permission on an objecttype."""
    from fundament.components.objecten.services.permissions import remove_permission

    async def work(db: Database) -> bool:
        await migrate(db)
        async with db.session() as session:
            return await remove_permission(session, identifier, type_url)

    if not run(work):
        console.print(f"No permission of {identifier!r} on {type_url}.")
        raise typer.Exit(1)
    console.print(f"Removed {identifier} on {type_url}.")
