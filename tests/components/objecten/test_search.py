"""`POST /objects/search`: geometry within a polygon (bounding box in SQL, exact with
shapely), the list filters in the body, invalid GeoJSON."""

from __future__ import annotations

from tests.components.objecten.conftest import OBJECTS, Api, codes

SEARCH = f"{OBJECTS}/objects/search"
# An L-shaped area: its bounding box holds (3, 3), the area itself does not.
AREA = {
    "type": "Polygon",
    "coordinates": [[[0, 0], [4, 0], [4, 2], [2, 2], [2, 4], [0, 4], [0, 0]]],
}


async def _seed(api: Api) -> str:
    type_url = await api.objecttype()
    for naam, geometry in (
        ("binnen", {"type": "Point", "coordinates": [1, 1]}),
        ("in-de-hoek", {"type": "Point", "coordinates": [3, 3]}),
        ("buiten", {"type": "Point", "coordinates": [9, 9]}),
        ("lijn-binnen", {"type": "LineString", "coordinates": [[0.5, 0.5], [1.5, 3.5]]}),
        ("lijn-over-de-rand", {"type": "LineString", "coordinates": [[1, 1], [3, 3]]}),
    ):
        await api.object(type_url, {"naam": naam}, geometry=geometry)
    await api.object(type_url, {"naam": "zonder"})
    return type_url


async def test_search_within_a_polygon(api: Api):
    await _seed(api)
    response = await api.post(SEARCH, {"geometry": {"within": AREA}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == 2
    assert sorted(i["record"]["data"]["naam"] for i in body["results"]) == [
        "binnen",
        "lijn-binnen",
    ]
    assert response.headers["content-crs"] == "EPSG:4326"


async def test_search_pages_after_the_exact_decision(api: Api):
    await _seed(api)
    first = await api.post(f"{SEARCH}?pageSize=1", {"geometry": {"within": AREA}})
    second = await api.post(f"{SEARCH}?pageSize=1&page=2", {"geometry": {"within": AREA}})
    assert first.json()["count"] == second.json()["count"] == 2
    names = {
        first.json()["results"][0]["record"]["data"]["naam"],
        second.json()["results"][0]["record"]["data"]["naam"],
    }
    assert names == {"binnen", "lijn-binnen"}


async def test_search_combines_geometry_with_the_list_filters(api: Api):
    type_url = await _seed(api)
    body = {"geometry": {"within": AREA}, "type": type_url, "data_attr": "naam__exact__binnen"}
    response = await api.post(SEARCH, body)
    assert [i["record"]["data"]["naam"] for i in response.json()["results"]] == ["binnen"]
    without_geometry = await api.post(SEARCH, {"data_attrs": "naam__icontains__lijn"})
    assert without_geometry.json()["count"] == 2


async def test_invalid_geojson_in_a_search_is_a_400(api: Api):
    for within in ({"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}, {"type": "Blob"}):
        response = await api.post(SEARCH, {"geometry": {"within": within}})
        assert response.status_code == 400
        assert codes(response) == ["invalid-geometry"]
    bad_filter = await api.post(SEARCH, {"data_attr": "naam__nope__x"})
    assert bad_filter.status_code == 400
