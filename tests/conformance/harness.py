"""`scripts/conformance`: VNG's ZGW Postman suites, run by newman against a fresh Fundament.

For each collection: a new database (PostgreSQL, or SQLite with `--sqlite`) with the suite's two
clients, the server on a free loopback port, newman with an environment pointing at it and at
the loopback mock endpoints and referentielijsten stub; then a per-rule summary. Exit status:
0 when every collection ran without a failed assertion, request error or script error; 1 when
any did; 2 when the run could not be set up; 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import NoReturn

from fundament.referentielijsten.server import Referentielijsten
from tests.conformance import REPO_ROOT, ZGW_ACCEPTANCE
from tests.conformance.fundament_server import FundamentServer, ServerError
from tests.conformance.mock_endpoints import MockEndpoints
from tests.conformance.newman import (
    NewmanError,
    NewmanRun,
    collection_folders,
    ensure_newman,
    environment,
    load_collection,
    resolve_folder,
    run_newman,
    top_level_folders,
)
from tests.conformance.report import format_summary, summarise

DEFAULT_COLLECTIONS = (
    ZGW_ACCEPTANCE / "collections" / "openzaak-ci" / "ZGW_api_postman_tests.json",
    ZGW_ACCEPTANCE / "collections" / "openzaak-ci" / "ZGW_OAS_tests.json",
)
DEFAULT_REPORT_DIR = REPO_ROOT / "conformance-reports"

SUITE_SETUP = ("setUp",)
EXIT_OK, EXIT_FAILED, EXIT_SETUP, EXIT_INTERRUPTED = 0, 1, 2, 130


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one collection run ended."""

    title: str
    passed: bool
    line: str


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and everything after `--` (passed to newman unchanged)."""
    newman_args: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, newman_args = argv[:at], argv[at + 1 :]
    parser = argparse.ArgumentParser(
        prog="scripts/conformance",
        description="Run the VNG ZGW Postman suites with newman against a fresh fundament serve.",
        epilog="Arguments after `--` go to newman unchanged. See docs/conformance.md.",
    )
    parser.add_argument(
        "collections",
        nargs="*",
        type=Path,
        metavar="COLLECTION.json",
        help="Postman collections to run (default: both openzaak-ci suites)",
    )
    parser.add_argument(
        "--sqlite", action="store_true", help="serve from the embedded SQLite (default PostgreSQL)"
    )
    parser.add_argument(
        "--folder",
        action="append",
        default=[],
        metavar="NAME",
        help="run only this folder (ac, zrc, drc, brc, ztc; matched ignoring case); repeatable",
    )
    parser.add_argument(
        "--script-console",
        action="store_true",
        help="show the collection scripts' console output (hidden by default: deprecation noise)",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=DEFAULT_REPORT_DIR,
        metavar="DIR",
        help="where the newman JSON reports and summaries go (default: ./conformance-reports/)",
    )
    return parser.parse_args(argv), newman_args


def main(argv: list[str] | None = None) -> int:
    args, newman_args = parse_args(sys.argv[1:] if argv is None else argv)
    collections = [path.resolve() for path in args.collections] or list(DEFAULT_COLLECTIONS)
    missing = [str(path) for path in collections if not path.is_file()]
    if missing:
        print(f"conformance: no such collection: {', '.join(missing)}", file=sys.stderr)
        return EXIT_SETUP
    _raise_on_termination()
    try:
        return _run_all(collections, args, newman_args)
    except (ServerError, NewmanError) as exc:
        print(f"conformance: {exc}", file=sys.stderr)
        return EXIT_SETUP
    except KeyboardInterrupt:
        print("\nconformance: interrupted; everything started has been stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run_all(collections: list[Path], args: argparse.Namespace, newman_args: list[str]) -> int:
    plans = [(c, _folders_for(c, args.folder)) for c in collections]
    runnable = [(c, folders) for c, folders in plans if folders is not None]
    if not runnable:
        print(f"conformance: no collection has a folder {args.folder}", file=sys.stderr)
        return EXIT_SETUP
    newman = ensure_newman()
    report_dir = args.report_dir.resolve()
    outcomes: list[Outcome] = []
    with MockEndpoints() as mocks, Referentielijsten() as referentielijsten:
        print(
            f"mock endpoints on {mocks.base_url}; referentielijsten on {referentielijsten.api_url}"
        )
        for collection, folders in runnable:
            outcomes.append(
                _run_one(
                    collection,
                    folders,
                    sqlite=args.sqlite,
                    script_console=args.script_console,
                    report_dir=report_dir,
                    newman=newman,
                    newman_args=newman_args,
                    mock_url=mocks.base_url,
                    referentielijst_url=referentielijsten.api_url,
                )
            )
    print("\n== conformance ==")
    for outcome in outcomes:
        print(f"  {'PASS' if outcome.passed else 'FAIL'}  {outcome.title}: {outcome.line}")
    return EXIT_OK if all(o.passed for o in outcomes) else EXIT_FAILED


def _run_one(
    collection: Path,
    folders: tuple[str, ...],
    *,
    sqlite: bool,
    script_console: bool,
    report_dir: Path,
    newman: Path,
    newman_args: list[str],
    mock_url: str,
    referentielijst_url: str,
) -> Outcome:
    database = "sqlite" if sqlite else "postgresql"
    chosen = [f for f in folders if f not in SUITE_SETUP] or list(folders)
    name = ".".join([collection.stem, *chosen, database])
    title = f"{collection.name}" + "".join(f" --folder {f}" for f in chosen) + f" ({database})"
    if len(chosen) < len(folders):
        title += " after the suite's setUp"
    report_file = report_dir / f"{name}.json"
    print(f"\n=== {title} ===", flush=True)
    with (
        FundamentServer(
            sqlite=sqlite,
            log_path=report_dir / f"{name}.server.log",
            referentielijsten_url=referentielijst_url,
        ) as server,
        tempfile.TemporaryDirectory(prefix="fundament-newman-") as scratch,
    ):
        print(server.describe(), flush=True)
        environment_file = Path(scratch) / "environment.json"
        environment_file.write_text(
            json.dumps(environment(server.base_url, mock_url, referentielijst_url), indent=2),
            encoding="utf-8",
        )
        run = NewmanRun(
            collection,
            environment_file,
            report_file,
            folders,
            tuple(newman_args),
            script_console=script_console,
        )
        exit_code = run_newman(newman, run)
    if not report_file.is_file():
        line = f"newman exited with {exit_code} and wrote no report ({report_file})"
        print(line, flush=True)
        return Outcome(title, False, line)
    summary = summarise(json.loads(report_file.read_text(encoding="utf-8")), folders)
    text = format_summary(title, summary)
    print("\n" + text, flush=True)
    summary_file = report_dir / f"{name}.summary.txt"
    summary_file.write_text(format_summary(title, summary, max_problems=None) + "\n", "utf-8")
    print(f"  report: {report_file}\n  summary: {summary_file}", flush=True)
    line = (
        f"{summary.total('passed')} assertions passed, {summary.total('failed')} failed, "
        f"{summary.total('request_errors')} request errors, "
        f"{summary.total('script_errors')} script errors; newman exit {exit_code}"
    )
    return Outcome(title, exit_code == 0 and not summary.failed, line)


def _folders_for(path: Path, wanted: list[str]) -> tuple[str, ...] | None:
    """The collection's own names for the wanted folders; None when it has none of them."""
    if not wanted:
        return ()
    collection = load_collection(path)
    found: list[str] = []
    for name in wanted:
        folder = resolve_folder(collection, name)
        if folder is None:
            print(f"note: {path.name} has no folder {name!r}", file=sys.stderr)
        else:
            found.append(folder)
    if not found:
        groups = ", ".join(collection_folders(collection, grouping_only=True))
        print(f"note: skipping {path.name} (its folders: {groups})", file=sys.stderr)
        return None
    # The OAS suite keeps one setUp at the top for all its folders, and a folder needs it (the
    # behaviour suite's folders carry their own). Its top-level tearDown is left out: it deletes
    # what the other folders made, so in a partial run it only adds request errors.
    top = top_level_folders(collection)
    return (*(name for name in SUITE_SETUP if name in top and name not in found), *found)


def _raise_on_termination() -> None:
    """SIGTERM/SIGHUP act like Ctrl-C, so the `with` blocks stop what they started."""

    def interrupt(signum: int, frame: FrameType | None) -> NoReturn:
        raise KeyboardInterrupt

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, interrupt)
