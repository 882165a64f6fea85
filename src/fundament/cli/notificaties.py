"""`fundament notificaties failed|replay`: dead letters and their replay."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from fundament.cli.base import console, moment, run, uuid_at_end
from fundament.common.db import Database, utcnow
from fundament.common.migrate import migrate

app = typer.Typer(
    help="Notification delivery: dead letters and their replay.", no_args_is_help=True
)

SinceOption = Annotated[
    str | None, typer.Option(help="Only notifications created at or after this ISO time.")
]
AbonnementOption = Annotated[str | None, typer.Option(help="Only this abonnement (URL or UUID).")]


@app.command("failed")
def notificaties_failed(
    since: SinceOption = None,
    abonnement: AbonnementOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 100,
) -> None:
    """List dead letters: deliveries given up after their last attempt."""
    from fundament.components.notificaties.dispatch.deadletters import list_dead

    after = moment(since)
    key = uuid_at_end(abonnement, "abonnement") if abonnement else None

    async def work(db: Database) -> list[Any]:
        await migrate(db)
        async with db.session() as session:
            return await list_dead(session, abonnement=key, since=after, limit=limit)

    letters = run(work)
    for letter in letters:
        console.print(
            f"{letter.delivery}  {letter.aanmaakdatum.isoformat()}  {letter.kanaal}/"
            f"{letter.resource} {letter.actie}  {letter.resource_url}\n"
            f"    to {letter.callback_url} (abonnement {letter.abonnement}): "
            f"{letter.attempts} attempts, last error: {letter.last_error}"
        )
    console.print(f"{len(letters)} dead letter(s).")


@app.command("replay")
def notificaties_replay(since: SinceOption = None, abonnement: AbonnementOption = None) -> None:
    """Deliver dead letters again: a new series of attempts, in their original order."""
    from fundament.components.notificaties.dispatch.deadletters import replay

    after = moment(since)
    key = uuid_at_end(abonnement, "abonnement") if abonnement else None

    async def work(db: Database) -> int:
        await migrate(db)
        async with db.session() as session:
            return await replay(session, now=utcnow(), since=after, abonnement=key)

    console.print(f"Replaying {run(work)} dead letter(s).")
