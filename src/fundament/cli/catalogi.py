"""`fundament catalogus export|import`: move a whole catalogue between environments."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Annotated, Any

import typer

from fundament.cli.base import console, run_api, uuid_at_end
from fundament.common.db import Database
from fundament.common.migrate import migrate

app = typer.Typer(help="Move a whole catalogue between environments.", no_args_is_help=True)


@app.command("export")
def catalogus_export(
    catalogus_url: Annotated[str, typer.Argument(help="URL (or UUID) of the catalogus.")],
    file: Annotated[Path, typer.Argument(help="JSON file to write.")],
) -> None:
    """Write a catalogus with all its types, versions and relations to a JSON file."""
    from fundament.components.catalogi.services.transfer import export_catalogus

    key = uuid_at_end(catalogus_url, "catalogus")

    async def work(db: Database) -> dict[str, Any]:
        await migrate(db)
        async with db.session() as session:
            return await export_catalogus(session, key)

    document = run_api(work)
    file.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in document["tables"].items())
    console.print(f"Exported to {file}: {counts}.")


@app.command("import")
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

    key = run_api(work)
    console.print(f"Imported catalogus {key}.")
