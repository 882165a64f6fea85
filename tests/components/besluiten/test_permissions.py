"""Authorisation: scopes per besluittype; lists filtered in SQL to the granted besluittypen."""

from __future__ import annotations

from tests.components.besluiten import helpers as h
from tests.components.besluiten.conftest import Api, Types
from tests.conftest import Clients


async def test_scopes_and_besluittypen_limit_what_a_client_sees_and_does(
    api: Api, types: Types, clients: Clients, admin: dict[str, str]
):
    other_type = await api.besluittype(types.catalogus)
    mine = await api.besluit(types.besluittype)
    theirs = await api.besluit(other_type)
    reader = await clients.with_autorisaties(
        "lezer", [h.brc(h.LEZEN, h.AUDITTRAILS, besluittype=types.besluittype)], admin
    )
    page = await api.http.get(h.BESLUITEN, headers=reader)
    assert [b["url"] for b in page.json()["results"]] == [mine["url"]]
    assert page.json()["count"] == 1
    hidden = await api.http.get(h.path_of(theirs["url"]), headers=reader)
    h.assert_problem(hidden, 403, "permission_denied")
    trail = await api.http.get(f"{h.path_of(mine['url'])}/audittrail", headers=reader)
    assert trail.status_code == 200
    create = await api.http.post(h.BESLUITEN, json=h.besluit(types.besluittype), headers=reader)
    h.assert_problem(create, 403, "permission_denied")
    update = await api.http.patch(h.path_of(mine["url"]), json={}, headers=reader)
    h.assert_problem(update, 403, "permission_denied")
    delete = await api.http.delete(h.path_of(mine["url"]), headers=reader)
    h.assert_problem(delete, 403, "permission_denied")


async def test_creating_needs_the_scope_for_that_besluittype(
    api: Api, types: Types, clients: Clients, admin: dict[str, str]
):
    other_type = await api.besluittype(types.catalogus)
    writer = await clients.with_autorisaties(
        "schrijver", [h.brc(h.AANMAKEN, h.LEZEN, besluittype=types.besluittype)], admin
    )
    allowed = await api.http.post(h.BESLUITEN, json=h.besluit(types.besluittype), headers=writer)
    assert allowed.status_code == 201, allowed.text
    refused = await api.http.post(h.BESLUITEN, json=h.besluit(other_type), headers=writer)
    h.assert_problem(refused, 403, "permission_denied")


async def test_besluitinformatieobjecten_follow_their_besluit(
    api: Api, types: Types, clients: Clients, admin: dict[str, str]
):
    other_type = await api.besluittype(types.catalogus, [types.iotype])
    document = await api.document(types.iotype)
    for besluittype in (types.besluittype, other_type):
        besluit = await api.besluit(besluittype)
        await api.post(h.BIO, {"besluit": besluit["url"], "informatieobject": document})
    reader = await clients.with_autorisaties(
        "lezer", [h.brc(h.LEZEN, besluittype=other_type)], admin
    )
    listed = await api.http.get(h.BIO, headers=reader)
    assert len(listed.json()) == 1


async def test_no_token_is_403(api: Api):
    response = await api.http.get(h.BESLUITEN)
    h.assert_problem(response, 403, "not_authenticated")
