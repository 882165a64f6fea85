"""The `fundament` command (its sub-commands: `commands.py`).

Importing this package costs nothing: `fundament serve --workers N` starts its workers with
multiprocessing's spawn, which imports the entry script again in every worker, and the command
line (Typer, Rich and every sub-command) would otherwise sit in each worker's memory unused."""

from __future__ import annotations


def main() -> None:
    from fundament.cli.commands import app

    app()
