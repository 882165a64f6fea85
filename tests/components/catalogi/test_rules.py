"""The Catalogi rules on plain values: concept freezes, versions (ztc-016), eigenschap (ztc-015)."""

from __future__ import annotations

from datetime import date

import pytest

from fundament.components.catalogi import rules
from fundament.components.catalogi.rules import Version


def codes(problems: list) -> list[tuple[str, str]]:
    return [(p.name, p.code) for p in problems]


# --- ztc-009..012 --------------------------------------------------------------------------------


def test_published_object_accepts_only_a_new_einde_geldigheid():
    assert rules.non_concept_object(False, {"einde_geldigheid"}, forced=False) == []
    assert rules.non_concept_object(False, set(), forced=False) == []
    for changed in ({"omschrijving"}, {"omschrijving", "einde_geldigheid"}):
        found = rules.non_concept_object(False, changed, forced=False)
        assert codes(found) == [("nonFieldErrors", "non-concept-object")]


def test_concept_or_forced_changes_are_always_allowed():
    assert rules.non_concept_object(True, {"omschrijving"}, forced=False) == []
    assert rules.non_concept_object(False, {"omschrijving"}, forced=True) == []
    assert rules.non_concept_object_delete(True, forced=False) == []
    assert rules.non_concept_object_delete(False, forced=True) == []
    found = rules.non_concept_object_delete(False, forced=False)
    assert codes(found) == [("nonFieldErrors", "non-concept-object")]


def test_parts_of_a_published_zaaktype_are_frozen_unless_forced():
    assert rules.non_concept_zaaktype(True, forced=False) == []
    assert rules.non_concept_zaaktype(False, forced=True) == []
    found = rules.non_concept_zaaktype(False, forced=False)
    assert codes(found) == [("nonFieldErrors", "non-concept-zaaktype")]


def test_any_published_relation_freezes_unless_forced():
    assert rules.non_concept_relation([], forced=False) == []
    assert rules.non_concept_relation([True, True], forced=False) == []
    assert rules.non_concept_relation([True, False], forced=True) == []
    found = rules.non_concept_relation([True, False], forced=False)
    assert codes(found) == [("nonFieldErrors", "non-concept-relation")]


def test_relations_must_stay_in_the_own_catalogus():
    assert rules.same_catalogus(1, []) == []
    assert rules.same_catalogus(1, [1, 1]) == []
    found = rules.same_catalogus(1, [1, 2])
    assert codes(found) == [("nonFieldErrors", "relations-incorrect-catalogus")]


def test_concept_relation_names_the_publish_rule():
    assert (rules.concept_relation().name, rules.concept_relation().code) == (
        "nonFieldErrors",
        "concept-relation",
    )


# --- ztc-016 -------------------------------------------------------------------------------------


def version(begin: str, einde: str | None = None) -> Version:
    return Version(date.fromisoformat(begin), date.fromisoformat(einde) if einde else None, True)


@pytest.mark.parametrize(
    ("new", "existing"),
    [
        (version("2020-01-01"), version("2019-01-01")),  # both open-ended
        (version("2020-01-01", "2020-12-31"), version("2020-06-01", "2021-06-01")),
        (version("2020-06-01", "2020-07-01"), version("2020-01-01", "2020-12-31")),  # inside
        (version("2019-01-01"), version("2020-01-01", "2020-12-31")),  # open end covers it
        (version("2020-12-31"), version("2020-01-01", "2020-12-31")),  # end date is inclusive
    ],
    ids=["open-ended", "partial", "inside", "covering", "touching-end"],
)
def test_overlapping_versions_are_refused(new: Version, existing: Version):
    found = rules.overlapping_versions(new, [existing], "zaaktype")
    assert codes(found) == [("beginGeldigheid", "overlap")]


@pytest.mark.parametrize(
    ("new", "existing"),
    [
        (version("2021-01-01"), version("2020-01-01", "2020-12-31")),
        (version("2019-01-01", "2019-12-31"), version("2020-01-01")),
    ],
    ids=["after", "before"],
)
def test_consecutive_versions_are_fine(new: Version, existing: Version):
    assert rules.overlapping_versions(new, [existing], "zaaktype") == []


def test_first_version_never_overlaps():
    assert rules.overlapping_versions(version("2020-01-01"), [], "zaaktype") == []


# --- ztc-015 -------------------------------------------------------------------------------------


def spec(formaat: str, lengte: str, kardinaliteit: str = "1") -> dict[str, str]:
    return {"formaat": formaat, "lengte": lengte, "kardinaliteit": kardinaliteit}


@pytest.mark.parametrize(
    "value",
    [
        spec("datum", "8"),
        spec("datum_tijd", "14"),
        spec("tekst", "255"),
        spec("getal", "8,2"),
        spec("tekst", "5", "N"),
        spec("tekst", "5", "12"),
    ],
    ids=["datum", "datum-tijd", "tekst", "getal-decimal", "kardinaliteit-n", "kardinaliteit-12"],
)
def test_valid_specificaties_pass(value: dict[str, str]):
    assert rules.eigenschap_specificatie(value) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (spec("datum", "10"), ("specificatie.lengte", "invalid-length")),
        (spec("datum", "14"), ("specificatie.lengte", "invalid-length")),
        (spec("datum_tijd", "8"), ("specificatie.lengte", "invalid-length")),
        (spec("tekst", "vijf"), ("specificatie.lengte", "invalid")),
        (spec("getal", "1x"), ("specificatie.lengte", "invalid")),
        (spec("tekst", "5", "veel"), ("specificatie.kardinaliteit", "invalid")),
        (spec("tekst", "5", "n"), ("specificatie.kardinaliteit", "invalid")),
        (spec("tekst", "5", "-1"), ("specificatie.kardinaliteit", "invalid")),
    ],
    ids=[
        "datum-10",
        "datum-14",
        "datum-tijd-8",
        "tekst-words",
        "getal-letters",
        "kardinaliteit-word",
        "kardinaliteit-lower-n",
        "kardinaliteit-negative",
    ],
)
def test_invalid_specificaties_name_their_field(value: dict[str, str], expected: tuple):
    assert codes(rules.eigenschap_specificatie(value)) == [expected]
