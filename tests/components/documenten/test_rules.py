"""The Documenten rules on plain values (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from fundament.components.documenten import rules


def codes(problems: list) -> list[str]:
    return [problem.code for problem in problems]


def test_locks_are_unguessable_hex_and_differ():
    locks = {rules.new_lock() for _ in range(100)}
    assert len(locks) == 100
    assert all(len(lock) == 32 and int(lock, 16) >= 0 for lock in locks)


def test_lock_for_update_order_unlocked_missing_incorrect():
    assert codes(rules.lock_for_update("", "abc")) == ["unlocked"]
    assert codes(rules.lock_for_update("abc", None)) == ["missing-lock-id"]
    assert codes(rules.lock_for_update("abc", "abd")) == ["incorrect-lock-id"]
    assert rules.lock_for_update("abc", "abc") == []
    assert codes(rules.lock_matches("", "")) == ["incorrect-lock-id"]


@pytest.mark.parametrize(
    ("status", "ontvangstdatum", "expected"),
    [
        ("in_bewerking", date(2019, 1, 1), ["invalid_for_received"]),
        ("ter_vaststelling", date(2019, 1, 1), ["invalid_for_received"]),
        ("definitief", date(2019, 1, 1), []),
        ("", date(2019, 1, 1), []),
        ("in_bewerking", None, []),
    ],
)
def test_drc_005_status_for_received(status, ontvangstdatum, expected):
    assert codes(rules.status_for_received(status, ontvangstdatum)) == expected


def test_drc_006_indicatie_gebruiksrecht():
    assert codes(rules.indicatie_gebruiksrecht(True, False)) == ["missing-gebruiksrechten"]
    assert codes(rules.indicatie_gebruiksrecht(None, True)) == ["existing-gebruiksrechten"]
    assert codes(rules.indicatie_gebruiksrecht(False, True)) == ["existing-gebruiksrechten"]
    assert rules.indicatie_gebruiksrecht(False, False) == []
    assert rules.indicatie_gebruiksrecht(True, True) == []


def test_part_sizes_cover_the_content_exactly():
    assert rules.part_sizes(2500, 1000) == [1000, 1000, 500]
    assert rules.part_sizes(2000, 1000) == [1000, 1000]
    assert rules.part_sizes(1, 1000) == [1]


def test_upload_complete():
    assert rules.upload_complete([10, 10], False, 20) == []
    assert codes(rules.upload_complete([10, None], False, 20)) == ["incomplete-upload"]
    assert codes(rules.upload_complete([None, None], False, 20)) == ["file-size"]
    assert rules.upload_complete([], True, 20) == []
    assert rules.upload_complete([], False, None) == []


def test_relations_and_addresses():
    assert codes(rules.no_relations(1)) == ["pending-relations"]
    assert codes(rules.unique_relation(True)) == ["unique"]
    assert codes(rules.relation_in_source(False)) == ["inconsistent-relation"]
    assert codes(rules.relation_gone_from_source(True)) == ["remote-relation-exists"]
    assert codes(rules.one_address([False, False])) == ["invalid-address"]
    assert codes(rules.one_address([True, True])) == ["invalid-address"]
    assert rules.one_address([False, True]) == []
    assert codes(rules.informatieobjecttype_published(True)) == ["not-published"]
    assert codes(rules.informatieobjecttype_published(None)) == ["not-published"]
    assert rules.informatieobjecttype_published(False) == []
