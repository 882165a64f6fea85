"""Turns a newman JSON report into a per-rule summary: assertions passed/failed, request errors.

A rule id is the `(xxx-nnn)` prefix of a request name (`(zrc-001g) …` → rule `zrc-001`, step
`zrc-001g`); a helper request without one counts for the rule folder it sits in (`zrc-001`,
`(ac-001)`); the rest (setUp, tearDown, common requests, the OAS suite) are grouped by their
folder (`ac/setUp`, `AC/applicaties`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

RULE = re.compile(r"^\s*\((?P<step>(?P<rule>[a-z]{2,4}-\d{3})[a-z0-9]*)\)")
RULE_FOLDER = re.compile(r"^\s*\(?(?P<rule>[a-z]{2,4}-\d{3})[a-z0-9]*\)?\s*$")

ProblemKind = Literal["assertion", "request", "script"]


@dataclass
class Group:
    """The tally of one rule (or one folder of helper requests)."""

    key: str
    requests: int = 0
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    request_errors: int = 0
    script_errors: int = 0
    failing_steps: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.failed or self.request_errors or self.script_errors)


@dataclass(frozen=True, slots=True)
class Problem:
    """One failed assertion, request error or script error."""

    group: str
    request: str
    kind: ProblemKind
    detail: str


@dataclass
class Summary:
    """Everything the harness reports about one collection run."""

    groups: dict[str, Group]
    problems: list[Problem]
    stats: dict[str, Any]
    run_error: str | None = None
    not_run: list[str] = field(default_factory=list)  # steps in the run's scope never executed

    def total(self, attribute: str) -> int:
        return sum(getattr(group, attribute) for group in self.groups.values())

    @property
    def failed(self) -> bool:
        """Any failed assertion, request error or fatal run error (script errors count too)."""
        return bool(
            self.run_error
            or self.total("failed")
            or self.total("request_errors")
            or self.total("script_errors")
        )


def summarise(report: dict[str, Any], folders: tuple[str, ...] = ()) -> Summary:
    """Tally a newman JSON report (`--reporters json`) per rule, in execution order.

    `folders` is the run's `--folder` scope: its steps that never ran are listed in `not_run`.
    """
    items = report.get("collection", {}).get("item", [])
    paths = _folder_paths(items, ())
    run = report.get("run", {})
    groups: dict[str, Group] = {}
    problems: list[Problem] = []
    executed: set[str] = set()
    for execution in run.get("executions", []):
        item = execution.get("item", {})
        name = str(item.get("name", "?"))
        parents = paths.get(item.get("id"), ())
        match = RULE.match(name)
        step = match["step"] if match else None
        key = match["rule"] if match else _rule_of_folders(parents) or _folder_label(parents)
        if step:
            executed.add(step)
        group = groups.setdefault(key, Group(key))
        group.requests += 1
        found = _problems(key, name, execution)
        for assertion in execution.get("assertions") or []:
            if assertion.get("skipped"):
                group.skipped += 1
            elif assertion.get("error"):
                group.failed += 1
            else:
                group.passed += 1
        group.request_errors += sum(p.kind == "request" for p in found)
        group.script_errors += sum(p.kind == "script" for p in found)
        if found and step and step not in group.failing_steps:
            group.failing_steps.append(step)
        problems.extend(found)
    error = run.get("error")
    run_error = _message(error) if error else None
    not_run = [step for step in _steps(_scope(items, folders)) if step not in executed]
    return Summary(groups, problems, run.get("stats", {}), run_error, not_run)


def format_summary(title: str, summary: Summary, *, max_problems: int | None = 100) -> str:
    """A plain-text table (one row per rule/folder), the totals, then the problems."""
    header = ["rule / folder", *_HEADINGS, "failing steps"]
    rows = [
        [g.key, *(str(getattr(g, a)) for a in _COUNTS), ", ".join(g.failing_steps)]
        for g in summary.groups.values()
    ]
    totals = ["total", *(str(summary.total(a)) for a in _COUNTS), ""]
    width = max(len(row[0]) for row in [header, *rows, totals])

    def line(cells: list[str]) -> str:
        numbers = "".join(f"{c:>{len(h) + 2}}" for c, h in zip(cells[1:-1], _HEADINGS, strict=True))
        return f"  {cells[0]:<{width}}{numbers}  {cells[-1]}".rstrip()

    out = [f"== {title} ==", line(header), *(line(row) for row in rows), line(totals)]
    stats = summary.stats.get("assertions", {})
    out.append(
        f"  assertions: {summary.total('passed')} passed, {summary.total('failed')} failed, "
        f"{summary.total('skipped')} skipped (newman: {stats.get('total', '?')} run, "
        f"{stats.get('failed', '?')} failed); requests: {summary.total('requests')} executed, "
        f"{summary.total('request_errors')} request errors, "
        f"{summary.total('script_errors')} script errors"
    )
    if summary.run_error:
        out.append(f"  newman run error: {summary.run_error}")
    if summary.not_run:
        out.append(f"  never run ({len(summary.not_run)} steps): {_steps_by_rule(summary.not_run)}")
    shown = summary.problems if max_problems is None else summary.problems[:max_problems]
    if shown:
        out.append(f"  problems ({len(summary.problems)}):")
        out.extend(f"    [{p.group}] {p.kind}: {_short(p.request, 90)} — {p.detail}" for p in shown)
        if len(shown) < len(summary.problems):
            out.append(f"    … {len(summary.problems) - len(shown)} more (see the summary file)")
    return "\n".join(out)


_COUNTS = ("requests", "passed", "failed", "request_errors", "script_errors")
_HEADINGS = ("requests", "passed", "failed", "req.err", "script.err")


def _problems(group: str, name: str, execution: dict[str, Any]) -> list[Problem]:
    found: list[Problem] = []
    error = execution.get("requestError")
    if error:
        found.append(Problem(group, name, "request", _message(error)))
    for phase in ("prerequestScript", "testScript"):
        for script in execution.get(phase) or []:
            if script.get("error"):
                where = "pre-request" if phase == "prerequestScript" else "test"
                found.append(
                    Problem(group, name, "script", f"{where} script: {_message(script['error'])}")
                )
    for assertion in execution.get("assertions") or []:
        if assertion.get("error") and not assertion.get("skipped"):
            text = f"{_short(str(assertion.get('assertion', '')), 80)!r}: "
            found.append(Problem(group, name, "assertion", text + _message(assertion["error"])))
    return found


def _folder_paths(
    items: list[dict[str, Any]], parents: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    """Request id → the names of its enclosing folders (the report's collection has ids)."""
    paths: dict[str, tuple[str, ...]] = {}
    for item in items:
        if "item" in item:
            paths.update(_folder_paths(item["item"], (*parents, str(item.get("name", "?")))))
        elif item.get("id"):
            paths[item["id"]] = parents
    return paths


def _scope(items: list[dict[str, Any]], folders: tuple[str, ...]) -> list[dict[str, Any]]:
    """The items a `--folder` run covers (newman takes the first folder of each name)."""
    if not folders:
        return items
    scope = [found for name in folders if (found := _find_folder(items, name)) is not None]
    return scope


def _find_folder(items: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    for item in items:
        if "item" in item:
            if item.get("name") == name:
                return item
            found = _find_folder(item["item"], name)
            if found is not None:
                return found
    return None


def _steps(items: list[dict[str, Any]]) -> list[str]:
    """The step ids (`zrc-001g`) of the requests under `items`, in order, each once."""
    steps: dict[str, None] = {}
    for item in items:
        if "item" in item:
            steps.update(dict.fromkeys(_steps(item["item"])))
        elif match := RULE.match(str(item.get("name", ""))):
            steps[match["step"]] = None
    return list(steps)


def _steps_by_rule(steps: list[str]) -> str:
    """`ztc-011a ztc-011b zrc-001g` → `ztc-011 (a, b), zrc-001 (g)`."""
    by_rule: dict[str, list[str]] = {}
    for step in steps:
        match = RULE.match(f"({step})")
        assert match is not None
        by_rule.setdefault(match["rule"], []).append(step[len(match["rule"]) :] or "-")
    return ", ".join(f"{rule} ({', '.join(suffixes)})" for rule, suffixes in by_rule.items())


def _rule_of_folders(path: tuple[str, ...]) -> str | None:
    """A helper request inside a rule's folder (`zrc-001`, `(ac-001)`) belongs to that rule."""
    for folder in reversed(path):
        match = RULE_FOLDER.match(folder)
        if match:
            return match["rule"]
    return None


def _folder_label(path: tuple[str, ...]) -> str:
    return "/".join(path[-2:]) or "(top level)"


def _message(error: Any) -> str:
    if not isinstance(error, dict):
        return _short(str(error), 300)
    if error.get("message"):
        return _short(f"{error.get('name') or 'Error'}: {error['message']}", 300)
    # A request error in the report is Node's bare error: {code, syscall, hostname/address, port}.
    where = error.get("hostname") or error.get("address") or ""
    if where and error.get("port"):
        where = f"{where}:{error['port']}"
    parts = (error.get("code"), error.get("syscall"), where)
    return _short(" ".join(str(p) for p in parts if p) or "unknown error", 300)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
