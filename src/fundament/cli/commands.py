"""The `fundament` command's sub-commands. Each group lives in its own module of this package;
add a new group by writing a module with a `typer.Typer` named `app` and listing it below."""

from __future__ import annotations

import typer

from fundament.cli import (
    apitokens,
    catalogi,
    clients,
    notificaties,
    objecten,
    referentielijsten,
    serve,
)

app = typer.Typer(help="Fundament: the Common Ground platform.", no_args_is_help=True)
app.command("serve")(serve.serve)
app.command("migrate")(serve.migrate_command)
app.command("worker")(serve.worker)
app.command("token")(clients.token)
app.add_typer(clients.app, name="client")
app.add_typer(apitokens.app, name="apitoken")
app.add_typer(catalogi.app, name="catalogus")
app.add_typer(notificaties.app, name="notificaties")
app.add_typer(referentielijsten.app, name="referentielijsten")
app.add_typer(objecten.objecttypes, name="objecttypes")
app.add_typer(objecten.objecten, name="objecten")
