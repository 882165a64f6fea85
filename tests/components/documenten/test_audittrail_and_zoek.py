"""The audit trail of a document, `_zoek` by UUIDs, and `expand`."""

from __future__ import annotations

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten
from tests.conftest import Clients


async def test_audittrail_lists_the_changes_of_the_document_and_its_parts(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, document: dict
):
    lock = await api.lock(document["url"])
    await client.patch(
        h.path_of(document["url"]), json={"titel": "nieuw", "lock": lock}, headers=admin
    )
    recht = await api.post(
        h.GEBRUIKSRECHTEN,
        {
            "informatieobject": document["url"],
            "startdatum": "2019-01-01T12:00:00",
            "omschrijvingVoorwaarden": "test",
        },
    )
    trail = await client.get(f"{h.path_of(document['url'])}/audittrail", headers=admin)
    assert trail.status_code == 200
    entries = trail.json()
    assert [(e["bron"], e["actie"], e["resource"], e["resourceUrl"]) for e in entries] == [
        ("drc", "create", "enkelvoudiginformatieobject", document["url"]),
        ("drc", "partial_update", "enkelvoudiginformatieobject", document["url"]),
        ("drc", "create", "gebruiksrechten", recht["url"]),
    ]
    assert all(e["hoofdObject"] == document["url"] for e in entries)
    assert entries[1]["wijzigingen"]["oud"]["titel"] == "testobject"
    assert entries[1]["wijzigingen"]["nieuw"]["titel"] == "nieuw"
    one = await client.get(
        f"{h.path_of(document['url'])}/audittrail/{entries[0]['uuid']}", headers=admin
    )
    assert one.json() == entries[0]
    missing = await client.get(
        f"{h.path_of(document['url'])}/audittrail/{h.MISSING_UUID}", headers=admin
    )
    h.assert_problem(missing, 404)


async def test_audittrail_needs_its_scope(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    document: dict,
    iotype: str,
):
    reader = await clients.with_autorisaties("drc-reader", [h.drc(h.LEZEN, iotype=iotype)], admin)
    trail = await client.get(f"{h.path_of(document['url'])}/audittrail", headers=reader)
    h.assert_problem(trail, 403)
    auditor = await clients.with_autorisaties(
        "drc-auditor", [h.drc(h.AUDITTRAILS, iotype=iotype)], admin
    )
    trail = await client.get(f"{h.path_of(document['url'])}/audittrail", headers=auditor)
    assert trail.status_code == 200


async def test_zoek_by_uuids(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    one, _, three = [await api.create(iotype) for _ in range(3)]
    body = {"uuid__in": [h.uuid_of(one["url"]), h.uuid_of(three["url"]), h.MISSING_UUID]}
    found = await client.post(h.ZOEK, json=body, headers=admin)
    assert h.urls(found) == [one["url"], three["url"]]
    assert found.json()["count"] == 2
    as_in_the_oas = await client.post(
        h.ZOEK, json={"uuid_In": [h.uuid_of(one["url"])]}, headers=admin
    )
    assert h.urls(as_in_the_oas) == [one["url"]]
    empty = await client.post(h.ZOEK, json={}, headers=admin)
    assert h.first_param(empty) == ("nonFieldErrors", "empty_search_body")
    bad = await client.post(h.ZOEK, json={"uuid__in": ["geen-uuid"]}, headers=admin)
    assert h.first_param(bad) == ("uuid__in.0", "invalid")


async def test_expand_informatieobjecttype_and_informatieobject(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Documenten,
    document: dict,
    iotype: str,
):
    read = await client.get(
        h.path_of(document["url"]), params={"expand": "informatieobjecttype"}, headers=admin
    )
    assert read.json()["_expand"]["informatieobjecttype"]["url"] == iotype
    assert "_expand" not in (await api.get(document["url"]))
    listed = await client.get(h.EIO, params={"expand": "informatieobjecttype"}, headers=admin)
    assert listed.json()["results"][0]["_expand"]["informatieobjecttype"]["omschrijving"]
    zoek = await client.post(
        h.ZOEK,
        json={"uuid__in": [h.uuid_of(document["url"])], "expand": "informatieobjecttype"},
        headers=admin,
    )
    assert zoek.json()["results"][0]["_expand"]["informatieobjecttype"]["url"] == iotype
    recht = await api.post(
        h.GEBRUIKSRECHTEN,
        {
            "informatieobject": document["url"],
            "startdatum": "2019-01-01T12:00:00",
            "omschrijvingVoorwaarden": "test",
        },
    )
    nested = await client.get(
        h.path_of(recht["url"]),
        params={"expand": "informatieobject,informatieobject.informatieobjecttype"},
        headers=admin,
    )
    expanded = nested.json()["_expand"]["informatieobject"]
    assert expanded["url"] == document["url"]
    assert expanded["_expand"]["informatieobjecttype"]["url"] == iotype
    bad = await client.get(h.path_of(document["url"]), params={"expand": "zaak"}, headers=admin)
    assert h.first_param(bad) == ("expand", "invalid_choice")
