"""The per-rule summary of a newman JSON report counts what newman counted, per rule."""

from __future__ import annotations

from typing import Any

from tests.conformance.report import format_summary, summarise


def request(item_id: str, name: str) -> dict[str, Any]:
    return {"id": item_id, "name": name, "request": {}}


def folder(name: str, *items: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "item": list(items)}


def execution(item_id: str, name: str, **parts: Any) -> dict[str, Any]:
    return {"item": {"id": item_id, "name": name}, **parts}


PASS = {"assertion": "geeft 201"}
FAIL = {"assertion": "geeft 400", "error": {"name": "AssertionError", "message": "got 201"}}

REPORT: dict[str, Any] = {
    "collection": {
        "item": [
            folder(
                "ac",
                folder("setUp", request("s1", "Create Zaaktype")),
                folder(
                    "(ac-001)",
                    request("a", "(ac-001a) aanmaken"),
                    request("b", "(ac-001b) dubbel"),
                    request("h", "Delete created Applicatie"),
                ),
            )
        ]
    },
    "run": {
        "stats": {"assertions": {"total": 3, "failed": 1}},
        "executions": [
            execution("s1", "Create Zaaktype", testScript=[{"error": {"name": "TypeError"}}]),
            execution("a", "(ac-001a) aanmaken", assertions=[PASS]),
            execution("b", "(ac-001b) dubbel", assertions=[FAIL, {**PASS, "skipped": True}]),
            execution(
                "h",
                "Delete created Applicatie",
                requestError={"code": "ECONNREFUSED", "address": "127.0.0.1", "port": 9},
            ),
        ],
    },
}


def test_requests_count_for_the_rule_in_their_name_or_folder() -> None:
    summary = summarise(REPORT)
    assert list(summary.groups) == ["ac/setUp", "ac-001"]
    rule = summary.groups["ac-001"]
    assert (rule.requests, rule.passed, rule.failed, rule.skipped) == (3, 1, 1, 1)
    assert rule.request_errors == 1
    assert rule.failing_steps == ["ac-001b"]
    assert summary.groups["ac/setUp"].script_errors == 1


def test_any_failure_or_error_fails_the_run() -> None:
    assert summarise(REPORT).failed
    clean = {"run": {"executions": [execution("a", "(ac-001a) aanmaken", assertions=[PASS])]}}
    assert not summarise(clean).failed


def test_problems_name_the_request_and_the_cause() -> None:
    problems = summarise(REPORT).problems
    kinds = [(p.group, p.kind) for p in problems]
    assert kinds == [("ac/setUp", "script"), ("ac-001", "assertion"), ("ac-001", "request")]
    assert problems[1].detail.endswith("AssertionError: got 201")
    assert problems[2].detail == "ECONNREFUSED 127.0.0.1:9"


def test_the_summary_shows_a_row_per_rule_and_the_totals() -> None:
    text = format_summary("suite (sqlite)", summarise(REPORT))
    assert "== suite (sqlite) ==" in text
    assert any(
        line.split()[:6] == ["ac-001", "3", "1", "1", "1", "0"] for line in text.splitlines()
    )
    assert "1 passed, 1 failed, 1 skipped" in text


def test_steps_in_scope_that_never_ran_are_listed() -> None:
    report = {
        "collection": {
            "item": [
                folder("ac", folder("(ac-001)", request("a", "(ac-001a) x"))),
                folder("ztc", folder("ztc-011", request("z", "(ztc-011a) y"))),
            ]
        },
        "run": {"executions": [execution("a", "(ac-001a) x", assertions=[PASS])]},
    }
    assert summarise(report, ("ac",)).not_run == []
    summary = summarise(report)
    assert summary.not_run == ["ztc-011a"]
    assert "never run (1 steps): ztc-011 (a)" in format_summary("suite", summary)
