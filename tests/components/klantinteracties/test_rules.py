"""The Klantinteracties rules on plain values."""

from __future__ import annotations

from datetime import date

import pytest

from fundament.components.contactgegevens.rules import levensloop
from fundament.components.klantinteracties import rules


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("111222333", True),
        ("123456782", True),
        ("111222334", False),
        ("12345678", False),
        ("11122233a", False),
    ],
)
def test_elfproef(number: str, valid: bool):
    assert rules.elfproef(number) is valid


def test_identificator_hierarchy_and_form():
    assert rules.partij_identificator("brp", "natuurlijk_persoon", "bsn", "111222333") == []
    assert (
        rules.partij_identificator("hr", "niet_natuurlijk_persoon", "kvk_nummer", "12345678") == []
    )
    assert rules.partij_identificator("hr", "vestiging", "vestigingsnummer", "000012345678") == []
    [wrong] = rules.partij_identificator("brp", "vestiging", "vestigingsnummer", "000012345678")
    assert (wrong.name, wrong.code) == ("partijIdentificator.codeObjecttype", "invalid")
    [wrong] = rules.partij_identificator("hr", "niet_natuurlijk_persoon", "rsin", "111222334")
    assert (wrong.name, wrong.code) == ("partijIdentificator.objectId", "invalid")


def test_sub_identificator():
    assert rules.sub_identificator("vestigingsnummer", "kvk_nummer") == []
    assert rules.sub_identificator("bsn", None) == []
    assert [p.code for p in rules.sub_identificator("vestigingsnummer", None)] == ["required"]
    assert [p.code for p in rules.sub_identificator("vestigingsnummer", "rsin")] == ["invalid"]


def test_addresses_per_soort():
    assert rules.digitaal_adres("email", "jan@example.nl") == []
    assert rules.digitaal_adres("telefoonnummer", "+31 (0)20 1234567") == []
    assert rules.digitaal_adres("overig", "@jan") == []
    assert [p.code for p in rules.digitaal_adres("email", "jan@@x.nl")] == ["invalid"]
    assert rules.address_key("email", " Jan@Example.nl") == "jan@example.nl"
    assert rules.address_key("telefoonnummer", "06 1234-5678") == "0612345678"


def test_iban_and_periods():
    assert rules.iban("NL91ABNA0417164300") == []
    assert rules.iban("nl91 abna 0417 1643 00") == []
    assert [p.code for p in rules.iban("NL91ABNA0417164399")] == ["invalid"]
    assert rules.periode(date(2024, 1, 1), None) == []
    assert [p.name for p in rules.periode(date(2024, 2, 1), date(2024, 1, 1))] == ["eindDatum"]
    assert [p.name for p in levensloop(date(2000, 1, 1), date(1999, 1, 1), "overlijdensdatum")] == [
        "overlijdensdatum"
    ]


def test_names_and_identificatie_fields():
    assert (
        rules.volledige_naam(
            {"voornaam": "Jan", "voorvoegselAchternaam": "van", "achternaam": "Dijk"}
        )
        == "Jan van Dijk"
    )
    assert rules.volledige_naam(None) == ""
    assert rules.partij_identificatie("organisatie", {"naam"}) == []
    assert [p.name for p in rules.partij_identificatie("persoon", {"naam"})] == [
        "partijIdentificatie.naam"
    ]
    assert [p.code for p in rules.actor_identificatie("geautomatiseerde_actor", set())] == [
        "required"
    ]
    assert rules.toegewezen(["x"]) == []
