"""Enkelvoudiginformatieobjecten: create, read, list with filters and pagination, delete."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten, ReadOutbox


async def test_create_answers_201_with_version_1_and_a_download_url(
    client: httpx.AsyncClient, admin: dict[str, str], iotype: str
):
    body = h.informatieobject(iotype, identificatie="DOC-1", trefwoorden=["brief", "aanvraag"])
    response = await client.post(h.EIO, json=body, headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["versie"] == 1
    assert created["inhoud"] == f"{created['url']}/download?versie=1"
    assert created["bestandsomvang"] == 6
    assert created["locked"] is False
    assert created["bestandsdelen"] == []
    assert created["vertrouwelijkheidaanduiding"] == "openbaar"  # drc-007: from the type
    assert created["trefwoorden"] == ["brief", "aanvraag"]
    assert created["indicatieGebruiksrecht"] is None
    assert "lock" not in created
    read = await client.get(h.path_of(created["url"]), headers=admin)
    assert read.status_code == 200
    assert read.json() == created
    download = await client.get(f"{h.path_of(created['url'])}/download", headers=admin)
    assert download.status_code == 200
    assert download.content == b"string"
    assert download.headers["content-type"] == "application/octet-stream"


async def test_identificatie_is_generated_and_unique_per_bronorganisatie(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    first = await api.create(iotype)
    second = await api.create(iotype)
    assert re.fullmatch(r"DOCUMENT-2019-\d{10}", first["identificatie"])
    assert second["identificatie"] == f"DOCUMENT-2019-{number_of(first) + 1:010d}"
    again = await client.post(
        h.EIO, json=h.informatieobject(iotype, identificatie=first["identificatie"]), headers=admin
    )
    assert h.first_param(again) == ("identificatie", "identificatie-niet-uniek")
    other_organisation = h.informatieobject(
        iotype, identificatie=first["identificatie"], bronorganisatie="123456782"
    )
    assert (await client.post(h.EIO, json=other_organisation, headers=admin)).status_code == 201


async def test_generated_identificatie_skips_one_chosen_by_a_client(api: Documenten, iotype: str):
    first = await api.create(iotype)
    taken = f"DOCUMENT-2019-{number_of(first) + 1:010d}"
    await api.create(iotype, identificatie=taken)
    generated = await api.create(iotype)
    assert generated["identificatie"] == f"DOCUMENT-2019-{number_of(first) + 2:010d}"


def number_of(document: dict[str, Any]) -> int:
    return int(document["identificatie"].rsplit("-", 1)[1])


async def test_metadata_only_and_empty_content(api: Documenten, iotype: str):
    without = await api.create(iotype, inhoud=None, bestandsomvang=None)
    assert without["inhoud"] is None
    assert without["bestandsomvang"] is None
    empty = await api.create(iotype, inhoud="", bestandsomvang=0)
    assert empty["bestandsomvang"] == 0
    assert await api.download(empty["url"]) == b""


async def test_download_of_a_document_without_content_is_204(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    without = await api.create(iotype, inhoud=None, bestandsomvang=None)
    response = await client.get(f"{h.path_of(without['url'])}/download", headers=admin)
    assert response.status_code == 204


async def test_list_shows_latest_versions_filtered_and_paginated(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    a = await api.create(iotype, identificatie="A", trefwoorden=["x", "y"])
    b = await api.create(iotype, identificatie="B", trefwoorden=["y"])
    c = await api.create(iotype, identificatie="C", bronorganisatie="123456782")

    async def listed(**params: Any) -> list[str]:
        return h.urls(await client.get(h.EIO, params=params, headers=admin))

    assert await listed() == [a["url"], b["url"], c["url"]]
    assert await listed(identificatie="B") == [b["url"]]
    assert await listed(bronorganisatie="123456782") == [c["url"]]
    assert await listed(trefwoorden="y") == [a["url"], b["url"]]
    assert await listed(trefwoorden="x,y") == [a["url"]]
    page = await client.get(h.EIO, params={"pageSize": 2, "page": 2}, headers=admin)
    assert page.json()["count"] == 3
    assert [item["url"] for item in page.json()["results"]] == [c["url"]]
    assert page.json()["previous"] and page.json()["next"] is None
    lock = await api.lock(a["url"])
    patched = await client.patch(
        h.path_of(a["url"]), json={"titel": "nieuw", "lock": lock}, headers=admin
    )
    assert patched.status_code == 200
    page = (await client.get(h.EIO, params={"identificatie": "A"}, headers=admin)).json()
    assert page["count"] == 1
    assert page["results"][0]["versie"] == 2


async def test_head_and_etag(client: httpx.AsyncClient, admin: dict[str, str], document: dict):
    path = h.path_of(document["url"])
    get = await client.get(path, headers=admin)
    head = await client.head(path, headers=admin)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    cached = await client.get(path, headers={**admin, "If-None-Match": get.headers["ETag"]})
    assert cached.status_code == 304


async def test_delete_removes_document_gebruiksrechten_trail_and_content(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, document: dict, settings
):
    await api.post(
        h.GEBRUIKSRECHTEN,
        {
            "informatieobject": document["url"],
            "startdatum": "2019-01-01T12:00:00",
            "omschrijvingVoorwaarden": "test",
        },
    )
    stored = list((settings.data_dir / "documenten").rglob("*"))
    assert any(path.is_file() for path in stored)
    path = h.path_of(document["url"])
    assert (await client.delete(path, headers=admin)).status_code == 204
    h.assert_problem(await client.get(path, headers=admin), 404, "not_found")
    rechten = await client.get(
        h.GEBRUIKSRECHTEN, params={"informatieobject": document["url"]}, headers=admin
    )
    assert rechten.json() == []
    h.assert_problem(await client.get(f"{path}/audittrail", headers=admin), 404)
    assert not [p for p in (settings.data_dir / "documenten").rglob("*") if p.is_file()]


async def test_each_write_enqueues_a_notification_with_the_kenmerken(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Documenten,
    iotype: str,
    outbox: ReadOutbox,
):
    created = await api.create(iotype, vertrouwelijkheidaanduiding="intern")
    lock = await api.lock(created["url"])
    await client.patch(h.path_of(created["url"]), json={"lock": lock, "titel": "t"}, headers=admin)
    await api.unlock(created["url"], lock)
    await client.delete(h.path_of(created["url"]), headers=admin)
    messages = [m for m in await outbox() if m.kanaal == "documenten"]
    assert [(m.kanaal, m.resource, m.actie) for m in messages] == [
        ("documenten", "enkelvoudiginformatieobject", "create"),
        ("documenten", "enkelvoudiginformatieobject", "partial_update"),
        ("documenten", "enkelvoudiginformatieobject", "destroy"),
    ]
    assert all(m.hoofd_object == created["url"] for m in messages)
    assert messages[0].kenmerken == {
        "bronorganisatie": "000000000",
        "informatieobjecttype": iotype,
        "vertrouwelijkheidaanduiding": "intern",
    }


async def test_download_accepts_octet_stream_and_other_routes_do_not(
    client: httpx.AsyncClient, admin: dict[str, str], document: dict
):
    path = h.path_of(document["url"])
    accept = {**admin, "Accept": "application/octet-stream"}
    download = await client.get(f"{path}/download", headers=accept)
    assert download.status_code == 200
    assert download.content == b"string"
    h.assert_problem(await client.get(path, headers=accept), 406)
