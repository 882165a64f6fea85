"""The Zaken rules and the OAS-driven shapes on plain values (no database)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from fundament.components.zaken import rules, shapes


def _codes(problems: list[rules.InvalidParam]) -> list[tuple[str, str]]:
    return [(problem.name, problem.code) for problem in problems]


def test_zaaktype_published() -> None:
    assert _codes(rules.zaaktype_published({"concept": True})) == [("zaaktype", "not-published")]
    assert rules.zaaktype_published({"concept": False}) == []


def test_betaling() -> None:
    past = datetime(2019, 1, 1, tzinfo=UTC)
    assert _codes(rules.betaling("nvt", past)) == [("laatsteBetaaldatum", "betaling-nvt")]
    assert rules.betaling("nvt", None) == []
    assert rules.betaling("geheel", past) == []
    future = datetime.now(UTC) + timedelta(days=2)
    assert _codes(rules.betaling("geheel", future)) == [("laatsteBetaaldatum", "date-in-future")]


def test_producten_of_diensten() -> None:
    assert rules.producten_of_diensten(["a"], ["a", "b"]) == []
    assert _codes(rules.producten_of_diensten(["c"], ["a"])) == [
        ("productenOfDiensten", "invalid-products-services")
    ]


def test_hoofdzaak() -> None:
    assert _codes(rules.hoofdzaak(is_self=True, is_deelzaak=True)) == [
        ("hoofdzaak", "self-forbidden")
    ]
    assert _codes(rules.hoofdzaak(is_self=False, is_deelzaak=True)) == [
        ("hoofdzaak", "deelzaak-als-hoofdzaak")
    ]
    assert rules.hoofdzaak(is_self=False, is_deelzaak=False) == []


def test_archief_order() -> None:
    assert rules.archief("nog_te_archiveren", None, None, False) == []
    assert _codes(rules.archief("gearchiveerd", None, None, False)) == [
        ("archiefstatus", "documents-not-archived")
    ]
    assert _codes(rules.archief("overgedragen", None, None, True)) == [
        ("archiefnominatie", "archiefnominatie-not-set")
    ]
    assert _codes(rules.archief("gearchiveerd", "vernietigen", None, True)) == [
        ("archiefactiedatum", "archiefactiedatum-not-set")
    ]
    assert rules.archief("gearchiveerd", "vernietigen", "2030-01-01", True) == []


def test_type_relations() -> None:
    assert rules.belongs_to_zaaktype("a", ["a"]) == []
    assert _codes(rules.belongs_to_zaaktype("b", ["a"])) == [
        ("nonFieldErrors", "zaaktype-mismatch")
    ]
    assert _codes(rules.informatieobjecttype_allowed("b", [])) == [
        ("nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation")
    ]


def test_closing_rules() -> None:
    assert _codes(rules.resultaat_before_eindstatus(False)) == [
        ("nonFieldErrors", "resultaat-does-not-exist")
    ]
    assert rules.resultaat_before_eindstatus(True) == []
    assert _codes(rules.gebruiksrecht_set(True)) == [
        ("nonFieldErrors", "indicatiegebruiksrecht-unset")
    ]
    assert _codes(rules.archive_open("gearchiveerd")) == [
        ("nonFieldErrors", "zaak-archiefstatus-invalid")
    ]


def test_identificatie_and_immutable() -> None:
    assert _codes(rules.identificatie_unique(True)) == [
        ("identificatie", "identificatie-niet-uniek")
    ]
    assert _codes(rules.immutable("zaak", True)) == [("zaak", "wijzigen-niet-toegelaten")]
    assert rules.immutable("zaak", False) == []


def test_shapes_complete_a_betrokkene_identificatie() -> None:
    schema = shapes.identificatie_schema("Rol", "natuurlijk_persoon", "betrokkeneIdentificatie")
    assert schema is not None
    value, problems = shapes.normalise(schema, {"inpBsn": "111222333"}, "b")
    assert problems == []
    assert value["inpBsn"] == "111222333" and value["geslachtsnaam"] == ""
    _, problems = shapes.normalise(schema, {"inpBsn": "1" * 20}, "b")
    assert ("b.inpBsn", "max_length") in _codes(problems)
    _, problems = shapes.normalise(schema, "geen object", "b")
    assert _codes(problems) == [("b", "invalid")]


def test_shapes_of_every_rol_type_and_unknown_types() -> None:
    for kind in (
        "natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid",
        "medewerker",
    ):  # fmt: skip
        assert shapes.identificatie_schema("Rol", kind, "betrokkeneIdentificatie"), kind
    assert shapes.identificatie_schema("Rol", "robot", "betrokkeneIdentificatie") is None
    assert shapes.identificatie_schema("ZaakObject", "adres", "objectIdentificatie")


def test_shapes_file_is_what_the_oas_holds() -> None:
    # shapes.json is derived from openapi.yaml; after changing the OAS, regenerate it with
    # `python -m fundament.components.zaken.shapes`.
    # Compared as text: the order of properties is the order of a response's keys.
    assert json.dumps(shapes.schemas()) == json.dumps(shapes.extract())
