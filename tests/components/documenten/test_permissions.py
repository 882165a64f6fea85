"""Authorisation per informatieobjecttype and maximum vertrouwelijkheidaanduiding (in SQL)."""

from __future__ import annotations

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten
from tests.conftest import Clients


async def test_lists_and_reads_are_limited_to_the_granted_types_and_confidentiality(
    client: httpx.AsyncClient, admin: dict[str, str], clients: Clients, api: Documenten
):
    mine, other = await api.iotype(), await api.iotype()
    open_doc = await api.create(mine, vertrouwelijkheidaanduiding="openbaar")
    intern = await api.create(mine, vertrouwelijkheidaanduiding="intern")
    secret = await api.create(mine, vertrouwelijkheidaanduiding="geheim")
    elsewhere = await api.create(other)
    for document in (open_doc, secret, elsewhere):
        await api.post(
            h.GEBRUIKSRECHTEN,
            {
                "informatieobject": document["url"],
                "startdatum": "2019-01-01T00:00:00",
                "omschrijvingVoorwaarden": "x",
            },
        )
    reader = await clients.with_autorisaties(
        "drc-limited", [h.drc(h.LEZEN, iotype=mine, max_vertrouwelijkheid="intern")], admin
    )
    page = await client.get(h.EIO, headers=reader)
    assert h.urls(page) == [open_doc["url"], intern["url"]]
    assert page.json()["count"] == 2
    rechten = await client.get(h.GEBRUIKSRECHTEN, headers=reader)
    assert [r["informatieobject"] for r in rechten.json()] == [open_doc["url"]]
    zoek = await client.post(h.ZOEK, json={"uuid__in": [h.uuid_of(secret["url"])]}, headers=reader)
    assert zoek.json()["count"] == 0
    assert (await client.get(h.path_of(intern["url"]), headers=reader)).status_code == 200
    for document in (secret, elsewhere):
        h.assert_problem(await client.get(h.path_of(document["url"]), headers=reader), 403)
        download = await client.get(f"{h.path_of(document['url'])}/download", headers=reader)
        h.assert_problem(download, 403)


async def test_writes_need_the_scope_for_the_type(
    client: httpx.AsyncClient, admin: dict[str, str], clients: Clients, api: Documenten
):
    mine, other = await api.iotype(), await api.iotype()
    writer = await clients.with_autorisaties(
        "drc-writer",
        [h.drc(h.LEZEN, h.AANMAKEN, iotype=mine, max_vertrouwelijkheid="intern")],
        admin,
    )
    assert (
        await client.post(h.EIO, json=h.informatieobject(mine), headers=writer)
    ).status_code == 201
    for body in (
        h.informatieobject(other),
        h.informatieobject(mine, vertrouwelijkheidaanduiding="geheim"),
    ):
        h.assert_problem(await client.post(h.EIO, json=body, headers=writer), 403)
    document = await api.create(mine)
    h.assert_problem(await client.delete(h.path_of(document["url"]), headers=writer), 403)
    patch = await client.patch(h.path_of(document["url"]), json={"titel": "x"}, headers=writer)
    h.assert_problem(patch, 403)


async def test_no_token_or_no_scope_is_403(
    client: httpx.AsyncClient, admin: dict[str, str], clients: Clients, document: dict
):
    h.assert_problem(await client.get(h.EIO), 403)
    nobody = await clients.with_autorisaties(
        "ac-only", [{"component": "ac", "scopes": ["autorisaties.lezen"]}], admin
    )
    h.assert_problem(await client.get(h.EIO, headers=nobody), 403)
    h.assert_problem(await client.get(h.path_of(document["url"]), headers=nobody), 403)
