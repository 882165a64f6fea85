"""Rules of the Objects and Objecttypes APIs on plain values (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from fundament.common.errors import InvalidParam
from fundament.components.objecten import rules
from fundament.components.objecttypen import rules as type_rules


def test_data_attr_parses_nested_keys_and_values_with_commas():
    parsed = rules.parse_data_attr("a__b__exact__x,y", "data_attr", "c")
    assert parsed == rules.DataAttr(("a", "b"), "exact", "x,y")
    assert rules.parse_data_attr("h__in__1|2", "data_attr", "c").values == ["1", "2"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "expression", ["x", "x__y", "x__near__1", "x__lt__abc", "x__gt__2020-13-01"]
)
def test_malformed_data_attr_carries_the_code(expression: str):
    problem = rules.parse_data_attr(expression, "data_attr", "invalid-data-attr-query")
    assert isinstance(problem, InvalidParam) and problem.code == "invalid-data-attr-query"


def test_numbers_and_dates():
    assert rules.as_number("12") == 12 and rules.as_number("-1.5") == -1.5
    assert rules.as_number("nan") is None and rules.as_number("abc") is None
    assert rules.as_date("2020-02-29") == "2020-02-29" and rules.as_date("2021-02-29") is None


def test_merge_patch_follows_rfc_7386():
    assert rules.merge_patch({"a": 1, "b": {"c": 1, "d": 2}}, {"a": None, "b": {"c": 3}}) == {
        "b": {"c": 3, "d": 2}
    }
    assert rules.merge_patch({"a": [1]}, {"a": [2]}) == {"a": [2]}


def test_date_and_registration_date_exclude_each_other():
    assert rules.date_params_problems(date(2020, 1, 1), None) == []
    [problem] = rules.date_params_problems(date(2020, 1, 1), date(2020, 1, 1))
    assert problem.code == "invalid-date-query-params"


def test_field_selection_and_names():
    data = {"url": "u", "record": {"data": {"naam": "eik", "hoogte": 3}, "index": 1}}
    assert rules.select_fields(data, ["record__data__naam", "absent"]) == {
        "record": {"data": {"naam": "eik"}}
    }
    assert rules.field_names(data) == {
        "url",
        "record__data__naam",
        "record__data__hoogte",
        "record__index",
    }


def test_type_version_status():
    assert rules.type_version_problems("published", current_version=False) == []
    assert rules.type_version_problems("draft", current_version=True)[0].code == (
        "unpublished-type-version"
    )
    assert rules.type_version_problems("deprecated", current_version=True) == []
    assert rules.type_version_problems("deprecated", current_version=False)[0].code == (
        "deprecated-type-version"
    )


def test_geometry_parsing():
    assert rules.parse_geometry({"type": "Point", "coordinates": [1, 2]}).bounds == (1, 2, 1, 2)
    with pytest.raises(rules.BadGeometry):
        rules.parse_geometry({"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [0, 0]]]})


def test_version_changes():
    assert type_rules.version_change_problems("draft", "published", schema_changed=True) == []
    assert type_rules.version_change_problems("published", "deprecated", schema_changed=False) == []
    [problem] = type_rules.version_change_problems("published", "published", schema_changed=True)
    assert problem.code == "non-draft-version-update"
    assert type_rules.json_schema_problems({"type": "object"}) == []
    assert type_rules.json_schema_problems({"type": 3})[0].code == "invalid-json-schema"


def test_shipped_objecttypes_have_valid_schemas():
    from fundament.components.objecttypen.services import default_documents

    documents = default_documents()
    assert [d["objecttype"]["name"] for d in documents] == ["verzoek", "taak", "bericht"]
    for document in documents:
        assert type_rules.json_schema_problems(document["jsonSchema"]) == []
