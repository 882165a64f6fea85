"""Lists and POST /zaken/_zoek: filters, geometry search, ordering and `expand`."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import event

from fundament.common import refcache
from fundament.common.db import Database
from fundament.components.catalogi.services.references import COLLECTIONS
from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Types, Zaken

# A U-shaped polygon: its bounding box is 0..10 × 0..10, the notch 4..6 × 5..10 is outside.
U_SHAPE = h.polygon((0, 0), (10, 0), (10, 10), (6, 10), (6, 5), (4, 5), (4, 10), (0, 10))


async def _search(api: Zaken, body: dict[str, Any], **params: Any) -> Any:
    return await api.http.post(h.ZOEK, json=body, params=params, headers=api.headers)


async def test_within_a_concave_polygon(api: Zaken, types: Types) -> None:
    inside = await api.zaak(types.zaaktype, zaakgeometrie=h.point(2, 2))
    inside_area = await api.zaak(
        types.zaaktype, zaakgeometrie=h.polygon((1, 1), (3, 1), (3, 3), (1, 3))
    )
    await api.zaak(types.zaaktype, zaakgeometrie=h.point(20, 20))  # outside the box
    await api.zaak(types.zaaktype, zaakgeometrie=h.point(5, 8))  # in the box, in the notch
    await api.zaak(types.zaaktype, zaakgeometrie=h.point(10, 10))  # a corner of the box
    await api.zaak(types.zaaktype)  # no geometry
    response = await _search(api, {"zaakgeometrie": {"within": U_SHAPE}})
    assert sorted(h.urls(response)) == sorted([inside["url"], inside_area["url"]])
    assert response.json()["count"] == 2


@pytest.mark.parametrize(
    ("area", "geometries"),
    [
        (U_SHAPE, [h.point(1, 1), h.point(1, 2), h.point(1, 3)]),
        # A rectangle: found by box in SQL, with one geometry touching its edge tested.
        (
            h.polygon((40, 40), (50, 40), (50, 50), (40, 50)),
            [
                h.point(45, 41),
                h.point(45, 42),
                h.point(45, 43),
                h.polygon((40, 44), (41, 44), (41, 45), (40, 45)),
            ],
        ),
    ],
)
async def test_within_combines_with_filters_and_pages(
    api: Zaken, types: Types, area: dict[str, Any], geometries: list[dict[str, Any]]
) -> None:
    found = [await api.zaak(types.zaaktype, zaakgeometrie=geometry) for geometry in geometries]
    other = await api.types()
    await api.zaak(other.zaaktype, zaakgeometrie=geometries[0])
    body = {"zaakgeometrie": {"within": area}, "zaaktype": types.zaaktype}
    size = len(found) - 1
    first = await _search(api, body, pageSize=size)
    assert first.json()["count"] == len(found) and len(first.json()["results"]) == size
    second = await _search(api, body, pageSize=size, page=2)
    assert {*h.urls(first), *h.urls(second)} == {zaak["url"] for zaak in found}


async def test_within_a_rectangle_decides_the_edge_exactly(api: Zaken, types: Types) -> None:
    """A rectangle is searched by box (strictly inside is within); what touches its edge is
    tested as for any other area."""
    box = h.polygon((20, 20), (30, 20), (30, 30), (20, 30))
    inside = await api.zaak(types.zaaktype, zaakgeometrie=h.point(25, 25))
    touching_inside = await api.zaak(
        types.zaaktype, zaakgeometrie=h.polygon((20, 22), (24, 22), (24, 24), (20, 24))
    )
    await api.zaak(types.zaaktype, zaakgeometrie=h.point(20, 25))  # on the edge
    await api.zaak(types.zaaktype, zaakgeometrie=h.point(30, 30))  # a corner
    along_edge = {"type": "LineString", "coordinates": [[20, 21], [20, 29]]}
    await api.zaak(types.zaaktype, zaakgeometrie=along_edge)  # on the boundary only
    await api.zaak(
        types.zaaktype, zaakgeometrie=h.polygon((28, 28), (32, 28), (32, 32), (28, 32))
    )  # partly outside
    await api.zaak(types.zaaktype, zaakgeometrie=h.point(35, 25))  # outside
    await api.zaak(types.zaaktype)  # no geometry
    response = await _search(api, {"zaakgeometrie": {"within": box}})
    assert sorted(h.urls(response)) == sorted([inside["url"], touching_inside["url"]])
    assert response.json()["count"] == 2
    # The same rectangle drawn from another corner, with an extra point on an edge, is the
    # same area (and searched the same way).
    redrawn = h.polygon((30, 30), (20, 30), (20, 20), (25, 20), (30, 20))
    again = await _search(api, {"zaakgeometrie": {"within": redrawn}})
    assert sorted(h.urls(again)) == sorted(h.urls(response))


async def test_search_by_uuid_and_zaaktype_lists(api: Zaken, types: Types) -> None:
    one = await api.zaak(types.zaaktype)
    two = await api.zaak(types.zaaktype)
    other = await api.types()
    three = await api.zaak(other.zaaktype)
    by_uuid = await _search(api, {"uuid__in": [one["uuid"], three["uuid"]]})
    assert sorted(h.urls(by_uuid)) == sorted([one["url"], three["url"]])
    by_type = await _search(api, {"zaaktype__in": [types.zaaktype]})
    assert sorted(h.urls(by_type)) == sorted([one["url"], two["url"]])
    both = await _search(api, {"zaaktype__in": [other.zaaktype], "uuid__in": [one["uuid"]]})
    assert h.urls(both) == []


async def test_search_refuses_unknown_fields_and_bad_geometry(api: Zaken) -> None:
    unknown = await _search(api, {"onbekend": 1})
    assert h.first_param(unknown) == ("onbekend", "unknown-parameters")
    no_within = await _search(api, {"zaakgeometrie": {"contains": U_SHAPE}})
    assert h.first_param(no_within) == ("zaakgeometrie", "invalid")
    broken = await _search(api, {"zaakgeometrie": {"within": {"type": "Polygon"}}})
    assert h.first_param(broken) == ("zaakgeometrie.within", "invalid")
    bad_uuid = await _search(api, {"uuid__in": ["geen-uuid"]})
    assert h.first_param(bad_uuid) == ("uuid__in", "invalid")


async def test_list_filters(api: Zaken, types: Types) -> None:
    early = await api.zaak(types.zaaktype, startdatum="2018-01-01", identificatie="Z-A")
    late = await api.zaak(types.zaaktype, startdatum="2021-01-01", identificatie="Z-B")
    secret = await api.zaak(
        types.zaaktype, startdatum="2020-01-01", vertrouwelijkheidaanduiding="geheim"
    )

    async def found(**params: Any) -> list[str]:
        return h.urls(await api.http.get(h.ZAKEN, params=params, headers=api.headers))

    assert await found(identificatie="Z-A") == [early["url"]]
    assert await found(startdatum__gt="2020-06-01") == [late["url"]]
    assert await found(startdatum__lte="2018-01-01") == [early["url"]]
    assert await found(ordering="startdatum") == [early["url"], secret["url"], late["url"]]
    assert await found(ordering="-startdatum") == [late["url"], secret["url"], early["url"]]
    assert secret["url"] not in await found(maximaleVertrouwelijkheidaanduiding="openbaar")
    assert await found(einddatum__isnull="false") == []
    assert len(await found(zaaktype=types.zaaktype, archiefstatus="nog_te_archiveren")) == 3
    assert await found(bronorganisatie__in="123456782,111222333") == []


async def test_expand_on_detail_list_and_search(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    deelzaak = await api.zaak(types.zaaktype, hoofdzaak=zaak["url"])
    await api.status(deelzaak["url"], types.begin)
    detail = await api.get(deelzaak["url"], expand="zaaktype,status.statustype,hoofdzaak")
    expanded = detail["_expand"]
    assert expanded["zaaktype"]["url"] == types.zaaktype
    assert expanded["status"]["_expand"]["statustype"]["url"] == types.begin
    assert expanded["hoofdzaak"]["url"] == zaak["url"]
    # The statustype's zaaktype loads only its link fields; the zaaktype expanded after it in
    # the same request is still whole, and both are what their own APIs answer.
    later = (await api.get(deelzaak["url"], expand="status.statustype,zaaktype"))["_expand"]
    assert later["status"]["_expand"]["statustype"] == await api.get(types.begin)
    assert later["zaaktype"] == await api.get(types.zaaktype)
    listed = await api.get(h.ZAKEN, expand="hoofdzaak")
    by_url = {item["url"]: item for item in listed["results"]}
    assert by_url[deelzaak["url"]]["_expand"]["hoofdzaak"]["url"] == zaak["url"]
    assert by_url[zaak["url"]]["_expand"]["hoofdzaak"] is None
    search = await _search(api, {"uuid__in": [deelzaak["uuid"]], "expand": "zaaktype"})
    assert search.json()["results"][0]["_expand"]["zaaktype"]["url"] == types.zaaktype
    plain = await api.get(deelzaak["url"])
    assert "_expand" not in plain or not plain["_expand"]


async def test_unknown_expand_is_400(api: Zaken, zaak: dict[str, Any]) -> None:
    for response in (
        await api.http.get(
            h.path_of(zaak["url"]), params={"expand": "bestaatniet"}, headers=api.headers
        ),
        await api.http.get(h.ZAKEN, params={"expand": "status..statustype"}, headers=api.headers),
        await _search(api, {"expand": "onbekend"}),
    ):
        assert h.first_param(response) == ("expand", "invalid_choice")


async def test_expand_costs_the_same_queries_for_one_zaak_or_many(
    api: Zaken, types: Types, database: Database
) -> None:
    """No N+1: the statements an expanded list page runs do not grow with its zaken."""

    async def statements_for_a_page(zaken: int) -> int:
        created = [await api.zaak(types.zaaktype) for _ in range(zaken)]
        for zaak in created:
            await api.status(zaak["url"], types.begin)
            await api.post(h.ROLLEN, h.rol(zaak["url"], types.roltype))
        seen: list[str] = []

        def count(*args: Any) -> None:
            seen.append(args[2])

        event.listen(database.engine.sync_engine, "before_cursor_execute", count)
        try:
            listed = await api.get(h.ZAKEN, expand="status.statustype,rollen,zaaktype")
        finally:
            event.remove(database.engine.sync_engine, "before_cursor_execute", count)
        assert all(item["_expand"]["rollen"] for item in listed["results"])
        return len(seen)

    assert await statements_for_a_page(1) == await statements_for_a_page(6)


async def test_expanded_types_of_a_published_zaaktype_are_kept_a_moment(
    api: Zaken, types: Types, zaak: dict[str, Any], database: Database
) -> None:
    """A statustype expanded on a zaak (catalogi/services/references) is kept in the catalogue
    cache (common/refcache) when its zaaktype is published, and answered from there the next
    time; one of a concept zaaktype never is."""
    await api.status(zaak["url"], types.begin)
    refcache.changed()
    first = await api.get(zaak["url"], expand="status.statustype")
    assert refcache.get(types.begin) == first["_expand"]["status"]["_expand"]["statustype"]
    assert (await api.get(zaak["url"], expand="status.statustype"))["_expand"] == first["_expand"]

    concept = await api.types(publish=False)
    statustypen = next(c for c in COLLECTIONS if c.collection == "statustypen")
    assert statustypen.many is not None
    key = uuid.UUID(concept.begin.rsplit("/", 1)[1])
    async with database.session() as session:
        loaded = await statustypen.many(session, [key], concept.begin.rsplit("/statustypen/")[0])
    assert loaded[key]["url"] == concept.begin
    assert refcache.get(concept.begin) is None
