"""The Besluiten rules on plain values (no database)."""

from __future__ import annotations

from datetime import date

from fundament.components.besluiten import rules


def codes(params: list) -> list[tuple[str, str]]:
    return [(p.name, p.code) for p in params]


def test_generated_identificatie_prefix_has_the_year():
    assert rules.identificatie_prefix(2019) == "BESLUIT-2019-"


def test_datum_may_not_lie_in_the_future():
    today = date(2024, 5, 1)
    assert rules.datum_not_in_future(today, today) == []
    assert codes(rules.datum_not_in_future(date(2024, 5, 2), today)) == [
        ("datum", "future-not-allowed")
    ]


def test_besluittype_must_be_published():
    assert rules.besluittype_published(False) == []
    assert codes(rules.besluittype_published(True)) == [("besluittype", "not-published")]
    assert codes(rules.besluittype_published(None)) == [("besluittype", "not-published")]


def test_type_relations():
    assert rules.besluittype_of_zaaktype("bt", ["bt"]) == []
    assert codes(rules.besluittype_of_zaaktype("bt", [])) == [
        ("nonFieldErrors", "zaaktype-mismatch")
    ]
    assert rules.informatieobjecttype_of_besluittype("io", ["io"]) == []
    assert codes(rules.informatieobjecttype_of_besluittype("io", ["x"])) == [
        ("nonFieldErrors", "missing-besluittype-informatieobjecttype-relation")
    ]


def test_immutable_and_unique():
    assert rules.immutable("zaak", False) == []
    assert codes(rules.immutable("zaak", True)) == [("zaak", "wijzigen-niet-toegelaten")]
    assert codes(rules.identificatie_unique(True)) == [
        ("identificatie", "identificatie-niet-uniek")
    ]
    assert codes(rules.unique_relation(True)) == [("nonFieldErrors", "unique")]
