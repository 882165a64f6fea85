"""The Notificaties rules on plain values (no database)."""

from __future__ import annotations

from fundament.components.notificaties import rules


def codes(problems: list) -> list[tuple[str, str]]:
    return [(p.name, p.code) for p in problems]


def test_filters_match_on_equal_values_only():
    kenmerken = {"bronorganisatie": "002220647", "zaaktype": "https://x/zt/1"}
    assert rules.filters_match({}, kenmerken)
    assert rules.filters_match({"bronorganisatie": "002220647"}, kenmerken)
    assert rules.filters_match(kenmerken, kenmerken)
    assert not rules.filters_match({"bronorganisatie": "123456782"}, kenmerken)
    assert not rules.filters_match({"vertrouwelijkheidaanduiding": "openbaar"}, kenmerken)


def test_wildcard_filter_matches_any_value():
    assert rules.filters_match({"zaaktype": "*"}, {"zaaktype": "https://x/zt/1"})
    assert rules.filters_match({"zaaktype": "*"}, {})


def test_abonnement_filters_must_be_kenmerken_of_the_kanaal():
    assert rules.abonnement_filters_known(0, ["zaaktype"], ["zaaktype", "bronorganisatie"]) == []
    assert codes(rules.abonnement_filters_known(2, ["bsn"], ["zaaktype"])) == [
        ("kanalen.2.filters", "inconsistent-abonnement-filters")
    ]


def test_notificatie_kenmerken_must_be_declared_by_the_kanaal():
    assert rules.kenmerken_known([], []) == []
    assert rules.kenmerken_known(["zaaktype"], ["zaaktype", "bronorganisatie"]) == []
    assert codes(rules.kenmerken_known(["bsn"], ["zaaktype"])) == [
        ("kenmerken", "kenmerken_inconsistent")
    ]


def test_kanaal_must_exist():
    assert rules.kanaal_exists("kanaal", "zaken", {"zaken"}, "message_kanaal") == []
    assert codes(rules.kanaal_exists("kanaal", "x", {"zaken"}, "message_kanaal")) == [
        ("kanaal", "message_kanaal")
    ]


def test_kanaal_naam_is_fixed():
    assert rules.naam_unchanged("zaken", "zaken") == []
    assert codes(rules.naam_unchanged("zaken", "zaken2")) == [("naam", "wijzigen-niet-toegelaten")]


def test_cloudevents_are_refused_only_when_asked_for():
    assert rules.cloudevents_unused(False, []) == []
    assert codes(rules.cloudevents_unused(True, [{"typeSubstring": "x"}])) == [
        ("sendCloudevents", "cloudevents-not-supported"),
        ("cloudeventFilters", "cloudevents-not-supported"),
    ]
