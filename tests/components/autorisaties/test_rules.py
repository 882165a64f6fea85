"""The Autorisaties rules (ac-002, ac-003, client id distinctness) on plain values, no database."""

from __future__ import annotations

import pytest

from fundament.components.autorisaties.rules import (
    AutorisatieSpec,
    autorisatie_complete,
    autorisaties_consistent,
    client_ids_distinct,
    validate_applicatie,
)

ZAAKTYPE = "https://catalogi.example.nl/zaaktypen/1"
IOTYPE = "https://catalogi.example.nl/informatieobjecttypen/1"
BESLUITTYPE = "https://catalogi.example.nl/besluittypen/1"


def codes(problems) -> set[tuple[str, str]]:
    return {(p.name, p.code) for p in problems}


# --- ac-002 -----------------------------------------------------------------------------------


def test_heeft_alle_autorisaties_with_explicit_autorisaties_is_ambiguous():
    assert codes(autorisaties_consistent(True, 1)) == {
        ("nonFieldErrors", "ambiguous-authorizations-specified")
    }


def test_neither_heeft_alle_autorisaties_nor_autorisaties_is_missing_authorizations():
    assert codes(autorisaties_consistent(False, 0)) == {
        ("nonFieldErrors", "missing-authorizations")
    }


@pytest.mark.parametrize(("heeft_alle", "count"), [(True, 0), (False, 1), (False, 3)])
def test_exactly_one_way_of_authorising_is_consistent(heeft_alle: bool, count: int):
    assert autorisaties_consistent(heeft_alle, count) == []


# --- ac-003 -----------------------------------------------------------------------------------


def test_zrc_zaken_scope_requires_zaaktype_and_max_vertrouwelijkheid():
    spec = AutorisatieSpec(component="zrc", scopes=("zaken.lezen",))
    assert codes(autorisatie_complete(0, spec)) == {
        ("autorisaties.0.zaaktype", "required"),
        ("autorisaties.0.maxVertrouwelijkheidaanduiding", "required"),
    }


def test_drc_documenten_scope_requires_informatieobjecttype_and_max_vertrouwelijkheid():
    spec = AutorisatieSpec(component="drc", scopes=("documenten.bijwerken",))
    assert codes(autorisatie_complete(0, spec)) == {
        ("autorisaties.0.informatieobjecttype", "required"),
        ("autorisaties.0.maxVertrouwelijkheidaanduiding", "required"),
    }


def test_brc_besluiten_scope_requires_only_besluittype():
    spec = AutorisatieSpec(component="brc", scopes=("besluiten.aanmaken",))
    assert codes(autorisatie_complete(0, spec)) == {("autorisaties.0.besluittype", "required")}


def test_zrc_scope_with_only_zaaktype_still_requires_max_vertrouwelijkheid():
    spec = AutorisatieSpec(component="zrc", scopes=("zaken.lezen",), zaaktype=ZAAKTYPE)
    assert codes(autorisatie_complete(0, spec)) == {
        ("autorisaties.0.maxVertrouwelijkheidaanduiding", "required")
    }


def test_object_bound_scope_among_others_still_requires_the_type():
    spec = AutorisatieSpec(component="brc", scopes=("notificaties.publiceren", "besluiten.lezen"))
    assert codes(autorisatie_complete(0, spec)) == {("autorisaties.0.besluittype", "required")}


@pytest.mark.parametrize(
    "spec",
    [
        AutorisatieSpec(
            "zrc", ("zaken.lezen",), zaaktype=ZAAKTYPE, max_vertrouwelijkheidaanduiding="geheim"
        ),
        AutorisatieSpec(
            "drc",
            ("documenten.lezen",),
            informatieobjecttype=IOTYPE,
            max_vertrouwelijkheidaanduiding="openbaar",
        ),
        AutorisatieSpec("brc", ("besluiten.lezen",), besluittype=BESLUITTYPE),
    ],
    ids=["zrc", "drc", "brc"],
)
def test_object_bound_scope_with_its_fields_is_complete(spec: AutorisatieSpec):
    assert autorisatie_complete(0, spec) == []


@pytest.mark.parametrize("component", ["zrc", "drc", "brc"])
def test_non_object_bound_scope_needs_no_type(component: str):
    spec = AutorisatieSpec(component=component, scopes=("notificaties.publiceren",))
    assert autorisatie_complete(0, spec) == []


@pytest.mark.parametrize(
    ("component", "scope"),
    [("ac", "autorisaties.lezen"), ("nrc", "notificaties.consumeren"), ("ztc", "catalogi.lezen")],
)
def test_components_without_object_types_need_no_type(component: str, scope: str):
    assert autorisatie_complete(0, AutorisatieSpec(component=component, scopes=(scope,))) == []


def test_missing_field_is_named_after_the_autorisatie_position():
    spec = AutorisatieSpec(component="brc", scopes=("besluiten.lezen",))
    assert codes(autorisatie_complete(3, spec)) == {("autorisaties.3.besluittype", "required")}


# --- client ids -------------------------------------------------------------------------------


def test_client_id_listed_twice_is_not_unique():
    assert codes(client_ids_distinct(["app", "other", "app"])) == {("clientIds", "unique")}


@pytest.mark.parametrize("client_ids", [[], ["app"], ["app", "App", "other"]])
def test_distinct_client_ids_are_accepted(client_ids: list[str]):
    assert client_ids_distinct(client_ids) == []


# --- all together -----------------------------------------------------------------------------


def test_validate_applicatie_reports_every_problem_at_once():
    specs = [
        AutorisatieSpec("ac", ("autorisaties.lezen",)),
        AutorisatieSpec("zrc", ("zaken.lezen",), zaaktype=ZAAKTYPE),
        AutorisatieSpec("brc", ("besluiten.lezen",)),
    ]
    assert codes(validate_applicatie(["a", "a"], True, specs)) == {
        ("clientIds", "unique"),
        ("nonFieldErrors", "ambiguous-authorizations-specified"),
        ("autorisaties.1.maxVertrouwelijkheidaanduiding", "required"),
        ("autorisaties.2.besluittype", "required"),
    }


def test_validate_applicatie_accepts_a_superuser_without_autorisaties():
    assert validate_applicatie(["a", "b"], True, []) == []
