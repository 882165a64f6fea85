"""The brondatumArchiefprocedure matrix (ztc-003..008) as pure rules on plain values."""

from __future__ import annotations

import pytest

from fundament.components.catalogi import brondatum

# GZ docs/standaard/catalogi, ztc-004..008: the fields each afleidingswijze needs; every other
# field must be empty. Written out here, not read from the module under test.
NEEDS = {
    "afgehandeld": set(),
    "ander_datumkenmerk": {"datumkenmerk", "objecttype", "registratie"},
    "eigenschap": {"datumkenmerk"},
    "gerelateerde_zaak": set(),
    "hoofdzaak": set(),
    "ingangsdatum_besluit": set(),
    "termijn": {"procestermijn"},
    "vervaldatum_besluit": set(),
    "zaakobject": {"datumkenmerk", "objecttype"},
}
VALUES = {
    "datumkenmerk": "datum",
    "objecttype": "pand",
    "registratie": "BAG",
    "procestermijn": "P5Y",
}
WIRE = {field: f"brondatumArchiefprocedure.{field}" for field in VALUES}


def group(afleidingswijze: str, fields: set[str], einddatum_bekend: bool = False) -> dict:
    """A group as the schema hands it over: blank for fields not given."""
    values: dict[str, object] = {"datumkenmerk": "", "objecttype": "", "registratie": ""}
    values["procestermijn"] = None
    values.update({field: VALUES[field] for field in fields})
    return {"afleidingswijze": afleidingswijze, "einddatum_bekend": einddatum_bekend, **values}


def problems(value: dict) -> set[tuple[str, str]]:
    return {(p.name, p.code) for p in brondatum.brondatum_fields(value)}


def test_every_afleidingswijze_of_the_standard_is_covered():
    assert set(brondatum.REQUIRED) == set(NEEDS)


@pytest.mark.parametrize("afleidingswijze", sorted(NEEDS))
def test_a_group_with_exactly_the_needed_fields_is_valid(afleidingswijze: str):
    assert problems(group(afleidingswijze, NEEDS[afleidingswijze])) == set()


@pytest.mark.parametrize("field", sorted(VALUES))
@pytest.mark.parametrize("afleidingswijze", sorted(NEEDS))
def test_each_field_is_required_or_must_be_empty(afleidingswijze: str, field: str):
    needed = NEEDS[afleidingswijze]
    if field in needed:
        without = group(afleidingswijze, needed - {field})
        assert problems(without) == {(WIRE[field], "required")}
    else:
        extra = group(afleidingswijze, needed | {field})
        assert problems(extra) == {(WIRE[field], "must-be-empty")}


@pytest.mark.parametrize("afleidingswijze", sorted(NEEDS))
def test_einddatum_bekend_is_refused_only_for_afgehandeld_and_termijn(afleidingswijze: str):
    """ztc-005"""
    value = group(afleidingswijze, NEEDS[afleidingswijze], einddatum_bekend=True)
    if afleidingswijze in {"afgehandeld", "termijn"}:
        assert problems(value) == {("brondatumArchiefprocedure.einddatumBekend", "must-be-empty")}
    else:
        assert problems(value) == set()


def test_all_problems_of_a_group_are_reported_at_once():
    value = group("afgehandeld", {"datumkenmerk", "registratie"}, einddatum_bekend=True)
    assert problems(value) == {
        (WIRE["datumkenmerk"], "must-be-empty"),
        (WIRE["registratie"], "must-be-empty"),
        ("brondatumArchiefprocedure.einddatumBekend", "must-be-empty"),
    }


# --- ztc-003: the selectielijst procestermijn decides afgehandeld / termijn ---------------------

MISMATCH = {("nonFieldErrors", "invalid-afleidingswijze-for-procestermijn")}


@pytest.mark.parametrize("afleidingswijze", sorted(NEEDS))
def test_procestermijn_nihil_needs_afgehandeld(afleidingswijze: str):
    """ztc-003a/b, e..k"""
    found = brondatum.afleidingswijze_for_procestermijn("nihil", afleidingswijze)
    expected = set() if afleidingswijze == "afgehandeld" else MISMATCH
    assert {(p.name, p.code) for p in found} == expected


@pytest.mark.parametrize("afleidingswijze", sorted(NEEDS))
def test_ingeschatte_bestaansduur_needs_termijn(afleidingswijze: str):
    """ztc-003c/d, l..r"""
    found = brondatum.afleidingswijze_for_procestermijn(
        "ingeschatte_bestaansduur_procesobject", afleidingswijze
    )
    expected = set() if afleidingswijze == "termijn" else MISMATCH
    assert {(p.name, p.code) for p in found} == expected


@pytest.mark.parametrize("procestermijn", ["", None, "vast_te_leggen_datum", "nihil"])
def test_termijn_needs_an_ingeschatte_bestaansduur(procestermijn: str | None):
    """ztc-003t"""
    found = brondatum.afleidingswijze_for_procestermijn(procestermijn, "termijn")
    assert {(p.name, p.code) for p in found} == MISMATCH


@pytest.mark.parametrize("procestermijn", ["", None, "vast_te_leggen_datum", "nihil"])
def test_afgehandeld_is_fine_without_an_ingeschatte_bestaansduur(procestermijn: str | None):
    """ztc-003s"""
    assert brondatum.afleidingswijze_for_procestermijn(procestermijn, "afgehandeld") == []


@pytest.mark.parametrize("afleidingswijze", sorted(set(NEEDS) - {"afgehandeld", "termijn"}))
def test_other_procestermijnen_leave_the_other_afleidingswijzen_free(afleidingswijze: str):
    for procestermijn in ("", "vast_te_leggen_datum", "bestaansduur_procesobject"):
        assert brondatum.afleidingswijze_for_procestermijn(procestermijn, afleidingswijze) == []


# --- ztc-002e -------------------------------------------------------------------------------


def test_selectielijstklasse_must_belong_to_the_zaaktypes_procestype():
    own, other = "https://sl.example/procestypen/1", "https://sl.example/procestypen/2"
    assert brondatum.procestype_matches(own, own) == []
    assert brondatum.procestype_matches("", other) == []
    found = brondatum.procestype_matches(own, other)
    assert [(p.name, p.code) for p in found] == [("nonFieldErrors", "procestype-mismatch")]
