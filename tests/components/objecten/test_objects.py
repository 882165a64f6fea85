"""Objects: records validated against their objecttype version, history (formal, material,
corrections), Crs headers, audit and notifications."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from sqlalchemy import select

from fundament.common.audit import AuditTrail
from fundament.common.db import Database
from tests.components.objecten.conftest import OBJECTS, Api, ReadOutbox, codes, names

LIST = f"{OBJECTS}/objects"


def today() -> str:
    return datetime.now(UTC).date().isoformat()


async def test_create_and_read_an_object(api: Api):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik", "hoogte": 12})
    assert created["type"] == type_url
    assert created["url"] == f"http://testserver{LIST}/{created['uuid']}"
    record = created["record"]
    assert record["index"] == 1 and record["typeVersion"] == 1
    assert record["data"] == {"naam": "eik", "hoogte": 12}
    assert record["startAt"] == "2020-01-01" and record["endAt"] is None
    assert record["registrationAt"] == today()
    assert record["correctionFor"] is None and record["correctedBy"] is None
    assert record["references"] == []

    read = await api.get(created["url"])
    assert read.status_code == 200 and read.json() == created
    assert read.headers["content-crs"] == "EPSG:4326"
    cached = await api.get(created["url"], headers={"If-None-Match": read.headers["etag"]})
    assert cached.status_code == 304


async def test_every_schema_violation_is_listed_with_its_path(api: Api):
    type_url = await api.objecttype()
    response = await api.post(
        LIST,
        {
            "type": type_url,
            "record": {
                "typeVersion": 1,
                "data": {"hoogte": "hoog", "kenmerken": {"leeftijd": 1.5}},
                "startAt": "2020-01-01",
            },
        },
    )
    assert response.status_code == 400
    assert set(codes(response)) == {"invalid-json-schema"}
    assert sorted(names(response)) == [
        "record.data",
        "record.data.hoogte",
        "record.data.kenmerken.leeftijd",
    ]


async def test_an_unpublished_or_unknown_type_version_is_a_400(api: Api):
    draft_type = await api.objecttype(publish=False)
    response = await api.post(
        LIST,
        {"type": draft_type, "record": {"typeVersion": 1, "data": {}, "startAt": "2020-01-01"}},
    )
    assert response.status_code == 400 and codes(response) == ["unpublished-type-version"]
    published = await api.objecttype()
    response = await api.post(
        LIST,
        {"type": published, "record": {"typeVersion": 9, "data": {}, "startAt": "2020-01-01"}},
    )
    assert response.status_code == 400 and names(response) == ["record.typeVersion"]


async def test_a_type_that_is_no_objecttype_is_a_400(api: Api):
    for url in (
        f"http://testserver{OBJECTS}/objecttypes/0f2b8a7e-3c1d-4f0a-9a57-7e2b8c1d0009",
        "not a url",
    ):
        response = await api.post(
            LIST, {"type": url, "record": {"typeVersion": 1, "data": {}, "startAt": "2020-01-01"}}
        )
        assert response.status_code == 400, response.text
        assert names(response) == ["type"]


async def test_required_record_fields_and_malformed_json(api: Api):
    type_url = await api.objecttype()
    response = await api.post(LIST, {"type": type_url, "record": {"data": {}}})
    assert response.status_code == 400
    assert set(names(response)) == {"record.typeVersion", "record.startAt"}
    raw = await api.http.post(
        LIST,
        content=b"{nope",
        headers={**api.headers, "Content-Crs": "EPSG:4326", "Content-Type": "application/json"},
    )
    assert raw.status_code == 400


async def test_geometry_is_validated_and_only_allowed_where_the_type_allows(api: Api):
    no_geo = await api.objecttype(allowGeometry=False)
    point = {"type": "Point", "coordinates": [5.1, 52.1]}
    response = await api.post(
        LIST,
        {
            "type": no_geo,
            "record": {
                "typeVersion": 1,
                "data": {"naam": "x"},
                "geometry": point,
                "startAt": "2020-01-01",
            },
        },
    )
    assert response.status_code == 400 and codes(response) == ["geometry-not-allowed"]

    geo = await api.objecttype()
    for bad in (
        {"type": "Point", "coordinates": "here"},
        {"type": "Circle", "coordinates": [1, 2]},
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]},
        {"type": "LineString", "coordinates": [[0, 0]]},
        {"type": "Point", "coordinates": [True, 2]},
        {"type": "GeometryCollection", "geometries": [{"type": "Point"}]},
    ):
        response = await api.post(
            LIST,
            {
                "type": geo,
                "record": {
                    "typeVersion": 1,
                    "data": {"naam": "x"},
                    "geometry": bad,
                    "startAt": "2020-01-01",
                },
            },
        )
        assert response.status_code == 400, bad
        assert codes(response) == ["invalid-geometry"], bad
    created = await api.object(geo, {"naam": "eik"}, geometry=point)
    assert created["record"]["geometry"] == point


async def test_content_crs_is_required_on_writes_and_only_wgs84_is_offered(
    api: Api, client: httpx.AsyncClient
):
    type_url = await api.objecttype()
    body = {
        "type": type_url,
        "record": {"typeVersion": 1, "data": {"naam": "x"}, "startAt": "2020-01-01"},
    }
    missing = await client.post(LIST, json=body, headers=api.headers)
    assert missing.status_code == 412 and missing.json()["code"] == "missing-content-crs"
    other = await api.post(LIST, body, headers={"Content-Crs": "EPSG:28992"})
    assert other.status_code == 406
    accept = await api.get(LIST, headers={"Accept-Crs": "EPSG:28992"})
    assert accept.status_code == 406


async def test_put_adds_a_record_and_ends_the_previous_one(api: Api):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    response = await api.put(
        created["url"],
        {
            "type": type_url,
            "record": {"typeVersion": 1, "data": {"naam": "beuk"}, "startAt": "2021-06-01"},
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["record"]["index"] == 2
    history = (await api.get(f"{created['url']}/history")).json()
    assert history["count"] == 2
    first, second = history["results"]
    assert first["index"] == 1 and first["endAt"] == "2021-06-01"
    assert second["index"] == 2 and second["endAt"] is None
    assert (await api.get(f"{created['url']}/1")).json()["data"] == {"naam": "eik"}
    assert (await api.get(f"{created['url']}/2")).json()["data"] == {"naam": "beuk"}
    assert (await api.get(f"{created['url']}/3")).status_code == 404
    assert (await api.get(f"{created['url']}/x")).status_code == 404


async def test_patch_merges_data_and_keeps_other_record_fields(api: Api):
    type_url = await api.objecttype()
    created = await api.object(
        type_url, {"naam": "eik", "hoogte": 3, "kenmerken": {"kleur": "groen", "leeftijd": 4}}
    )
    response = await api.patch(
        created["url"], {"record": {"data": {"hoogte": None, "kenmerken": {"leeftijd": 5}}}}
    )
    assert response.status_code == 200, response.text
    record = response.json()["record"]
    assert record["data"] == {"naam": "eik", "kenmerken": {"kleur": "groen", "leeftijd": 5}}
    assert record["typeVersion"] == 1 and record["startAt"] == "2020-01-01"
    assert record["index"] == 2


async def test_a_patch_that_breaks_the_schema_is_a_400_and_adds_no_record(api: Api):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    response = await api.patch(created["url"], {"record": {"data": {"naam": None}}})
    assert response.status_code == 400 and names(response) == ["record.data"]
    assert (await api.get(f"{created['url']}/history")).json()["count"] == 1


async def test_type_and_uuid_of_an_object_are_immutable(api: Api):
    type_url = await api.objecttype()
    other = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    response = await api.patch(created["url"], {"type": other})
    assert response.status_code == 400 and codes(response) == ["immutable-field"]
    response = await api.patch(created["url"], {"uuid": "0f2b8a7e-3c1d-4f0a-9a57-7e2b8c1d0009"})
    assert codes(response) == ["immutable-field"]


async def test_a_correction_names_the_record_it_corrects(api: Api):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    response = await api.patch(
        created["url"],
        {"record": {"data": {"naam": "eikenboom"}, "correctionFor": 1, "startAt": "2020-01-01"}},
    )
    assert response.status_code == 200, response.text
    assert response.json()["record"]["correctionFor"] == 1
    first = (await api.get(f"{created['url']}/1")).json()
    assert first["correctedBy"] == 2
    unknown = await api.patch(created["url"], {"record": {"correctionFor": 7}})
    assert unknown.status_code == 400 and codes(unknown) == ["does_not_exist"]


async def test_formal_and_material_history_queries(api: Api, database: Database):
    from fundament.components.objecten import models as m

    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "v1"}, startAt="2020-01-01")
    await api.patch(created["url"], {"record": {"data": {"naam": "v2"}, "startAt": "2022-01-01"}})
    await api.patch(created["url"], {"record": {"data": {"naam": "v3"}, "startAt": "2999-01-01"}})
    # Registered on different days (material history): record 1 in 2020, 2 in 2022, 3 today.
    async with database.session() as session:
        from datetime import date

        for index, day in ((1, date(2020, 1, 5)), (2, date(2022, 1, 5))):
            row = (
                await session.execute(select(m.Record).where(m.Record.index == index))
            ).scalar_one()
            row.registration_at = day
        await session.commit()

    async def naam(**params: str) -> list[str]:
        response = await api.get(LIST, params=params)
        assert response.status_code == 200, response.text
        return [item["record"]["data"]["naam"] for item in response.json()["results"]]

    assert await naam() == ["v2"]  # today: v3 starts in the future
    assert await naam(date="2021-01-01") == ["v1"]
    assert await naam(date="2019-01-01") == []
    assert await naam(date="2999-06-01") == ["v3"]
    assert await naam(registrationDate="2021-01-01") == ["v1"]
    assert await naam(registrationDate="2023-01-01") == ["v2"]
    assert await naam(registrationDate="2019-01-01") == []
    both = await api.get(LIST, params={"date": "2021-01-01", "registrationDate": "2021-01-01"})
    assert both.status_code == 400 and codes(both) == ["invalid-date-query-params"]
    bad = await api.get(LIST, params={"date": "gisteren"})
    assert bad.status_code == 400
    # The detail shows the newest record.
    assert (await api.get(created["url"])).json()["record"]["data"]["naam"] == "v3"


async def test_delete_removes_the_object_and_its_records(api: Api, database: Database):
    from fundament.components.objecten import models as m

    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    await api.patch(created["url"], {"record": {"data": {"naam": "beuk"}}})
    assert (await api.delete(created["url"])).status_code == 204
    assert (await api.get(created["url"])).status_code == 404
    async with database.session() as session:
        assert (await session.execute(select(m.Record))).first() is None


async def test_delete_for_one_zaak_keeps_an_object_other_zaken_refer_to(api: Api):
    type_url = await api.objecttype()
    zaak1, zaak2 = "https://zaken.example/zaken/1", "https://zaken.example/zaken/2"
    created = await api.object(
        type_url,
        {"naam": "eik"},
        references=[{"type": "zaak", "url": zaak1}, {"type": "zaak", "url": zaak2}],
    )
    kept = await api.delete(created["url"], params={"zaak": zaak1})
    assert kept.status_code == 200 and kept.json() == {"behouden": [created["url"]]}
    record = (await api.get(created["url"])).json()["record"]
    assert record["references"] == [{"type": "zaak", "url": zaak2}]
    assert (await api.delete(created["url"], params={"zaak": zaak2})).status_code == 204


async def test_writes_record_audit_and_notify_kanaal_objecten(
    api: Api, outbox: ReadOutbox, database: Database
):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    await api.patch(created["url"], {"record": {"data": {"naam": "beuk"}}})
    await api.delete(created["url"])
    messages = await outbox()
    assert [(n.kanaal, n.actie) for n in messages] == [
        ("objecten", "create"),
        ("objecten", "partial_update"),
        ("objecten", "destroy"),
    ]
    assert all(n.kenmerken == {"objectType": type_url} for n in messages)
    assert messages[0].as_notificatie()["hoofdObject"] == created["url"]
    async with database.session() as session:
        trail = (
            (
                await session.execute(
                    select(AuditTrail).where(AuditTrail.bron == "objecten").order_by(AuditTrail.id)
                )
            )
            .scalars()
            .all()
        )
    assert [t.actie for t in trail] == ["create", "partial_update", "destroy"]


async def test_a_failing_write_leaves_no_notification(api: Api, outbox: ReadOutbox):
    type_url = await api.objecttype()
    response = await api.post(
        LIST, {"type": type_url, "record": {"typeVersion": 1, "data": {}, "startAt": "2020-01-01"}}
    )
    assert response.status_code == 400
    assert await outbox() == []


async def test_fields_selects_parts_of_the_object(api: Api):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik", "hoogte": 3})
    response = await api.get(created["url"], params={"fields": "uuid,record__data__naam"})
    assert response.json() == {"uuid": created["uuid"], "record": {"data": {"naam": "eik"}}}
    listed = await api.get(LIST, params={"fields": "url"})
    assert listed.json()["results"] == [{"url": created["url"]}]
    bad = await api.get(LIST, params={"fields": "naam"})
    assert bad.status_code == 400


async def test_an_unknown_object_is_404(api: Api):
    assert (await api.get(f"{LIST}/0f2b8a7e-3c1d-4f0a-9a57-7e2b8c1d0009")).status_code == 404
    assert (await api.get(f"{LIST}/not-a-uuid")).status_code == 404
