"""List filters: every data_attr operator (in SQL on both databases), data_attrs,
data_icontains, type, typeVersion, ordering, and malformed expressions."""

from __future__ import annotations

import pytest

from tests.components.objecten.conftest import OBJECTS, Api, codes

LIST = f"{OBJECTS}/objects"


@pytest.fixture
async def bomen(api: Api) -> str:
    type_url = await api.objecttype()
    for data in (
        {
            "naam": "Eik",
            "hoogte": 12,
            "plantdatum": "2001-04-01",
            "kenmerken": {"kleur": "groen", "leeftijd": 20},
        },
        {
            "naam": "beuk",
            "hoogte": 7.5,
            "plantdatum": "2015-10-10",
            "kenmerken": {"kleur": "rood", "leeftijd": 8},
        },
        {"naam": "100", "hoogte": 100, "plantdatum": "onbekend"},
    ):
        await api.object(type_url, data)
    return type_url


async def _names(api: Api, **params: object) -> list[str]:
    response = await api.get(LIST, params=params)
    assert response.status_code == 200, response.text
    return sorted(item["record"]["data"]["naam"] for item in response.json()["results"])


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("naam__exact__beuk", ["beuk"]),
        ("naam__exact__eik", []),
        ("hoogte__exact__12", ["Eik"]),
        ("hoogte__exact__7.5", ["beuk"]),
        ("naam__exact__100", ["100"]),
        ("hoogte__exact__100", ["100"]),
        ("hoogte__gt__7.5", ["100", "Eik"]),
        ("hoogte__gte__7.5", ["100", "Eik", "beuk"]),
        ("hoogte__lt__12", ["beuk"]),
        ("hoogte__lte__12", ["Eik", "beuk"]),
        ("plantdatum__gt__2010-01-01", ["beuk"]),
        ("plantdatum__lte__2001-04-01", ["Eik"]),
        ("naam__icontains__EI", ["Eik"]),
        ("naam__icontains__%", []),
        ("naam__in__beuk|Eik|esdoorn", ["Eik", "beuk"]),
        ("hoogte__in__12|100", ["100", "Eik"]),
        ("kenmerken__kleur__exact__rood", ["beuk"]),
        ("kenmerken__leeftijd__gte__10", ["Eik"]),
        ("kenmerken__kleur__icontains__OE", ["Eik"]),
        ("onbekend__exact__x", []),
    ],
)
async def test_data_attr_operators(api: Api, bomen: str, expression: str, expected: list[str]):
    assert await _names(api, data_attr=expression) == expected


async def test_data_attr_repeats_and_allows_commas(api: Api, bomen: str):
    params = [("data_attr", "hoogte__gt__5"), ("data_attr", "naam__icontains__e")]
    response = await api.get(LIST, params=params)
    assert sorted(i["record"]["data"]["naam"] for i in response.json()["results"]) == [
        "Eik",
        "beuk",
    ]
    assert await _names(api, data_attr="naam__exact__a,b") == []


async def test_data_attrs_is_comma_separated(api: Api, bomen: str):
    assert await _names(api, data_attrs="hoogte__gt__5,naam__icontains__uk") == ["beuk"]


async def test_data_icontains_searches_every_string_value(api: Api, bomen: str):
    assert await _names(api, data_icontains="ROO") == ["beuk"]
    assert await _names(api, data_icontains="onbek") == ["100"]
    assert await _names(api, data_icontains="zzz") == []


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"data_attr": "naam"}, "invalid-data-attr-query"),
        ({"data_attr": "naam__like__x"}, "invalid-data-attr-query"),
        ({"data_attr": "hoogte__gt__hoog"}, "invalid-data-attr-query"),
        ({"data_attr": "__exact__x"}, "invalid-data-attr-query"),
        ({"data_attr": 'na"am__exact__x'}, "invalid-data-attr-query"),
        ({"data_attrs": "naam__exact__x,hoogte"}, "invalid-data-attrs-query"),
        ({"ordering": "record__naam"}, "invalid"),
        ({"typeVersion": "een"}, "invalid"),
    ],
)
async def test_malformed_filters_are_a_400(api: Api, bomen: str, params: dict, code: str):
    response = await api.get(LIST, params=params)
    assert response.status_code == 400
    assert code in codes(response)


async def test_type_and_type_version_filters(api: Api, bomen: str):
    other = await api.objecttype()
    await api.object(other, {"naam": "anders"})
    assert await _names(api, type=other) == ["anders"]
    assert len(await _names(api, type=bomen)) == 3
    assert len(await _names(api, typeVersion=1)) == 4
    assert await _names(api, typeVersion=2) == []


async def test_ordering_on_data_and_record_fields(api: Api, bomen: str):
    async def order(value: str) -> list[str]:
        response = await api.get(LIST, params={"ordering": value})
        assert response.status_code == 200, response.text
        return [item["record"]["data"]["naam"] for item in response.json()["results"]]

    assert await order("record__data__hoogte") == ["beuk", "Eik", "100"]
    assert await order("-record__data__hoogte") == ["100", "Eik", "beuk"]
    assert (await order("-record__data__kenmerken__leeftijd,record__index"))[-1] == "100"


async def test_pagination(api: Api, bomen: str):
    first = (await api.get(LIST, params={"pageSize": 2})).json()
    assert first["count"] == 3 and len(first["results"]) == 2 and first["next"]
    second = (await api.get(LIST, params={"pageSize": 2, "page": 2})).json()
    assert len(second["results"]) == 1 and second["previous"]
    assert (await api.get(LIST, params={"page": 9})).status_code == 404
