"""`fundament referentielijsten serve`: the offline Referentielijsten/Selectielijst server."""

from __future__ import annotations

import threading
from typing import Annotated

import typer

from fundament.cli.base import console

app = typer.Typer(help="The offline Referentielijsten/Selectielijst server.", no_args_is_help=True)


@app.command("serve")
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
