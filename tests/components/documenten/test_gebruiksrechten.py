"""Gebruiksrechten: CRUD, date filters, the informatieobject cannot change."""

from __future__ import annotations

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten


def recht(document: str, **fields: str) -> dict[str, str]:
    return {
        "informatieobject": document,
        "startdatum": "2019-01-02T12:00:00",
        "omschrijvingVoorwaarden": "test",
        **fields,
    }


async def test_crud(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, document: dict
):
    created = await api.post(h.GEBRUIKSRECHTEN, recht(document["url"]))
    assert created["einddatum"] is None
    path = h.path_of(created["url"])
    assert (await client.get(path, headers=admin)).json() == created
    head = await client.head(path, headers=admin)
    assert head.status_code == 200 and head.headers["ETag"]
    put = await client.put(
        path, json=recht(document["url"], omschrijvingVoorwaarden="anders"), headers=admin
    )
    assert put.json()["omschrijvingVoorwaarden"] == "anders"
    patch = await client.patch(path, json={"einddatum": "2020-01-01T00:00:00Z"}, headers=admin)
    assert patch.json()["einddatum"] == "2020-01-01T00:00:00Z"
    other = await api.create(document["informatieobjecttype"])
    moved = await client.patch(path, json={"informatieobject": other["url"]}, headers=admin)
    assert h.first_param(moved) == ("informatieobject", "wijzigen-niet-toegelaten")
    assert (await client.delete(path, headers=admin)).status_code == 204
    h.assert_problem(await client.get(path, headers=admin), 404)


async def test_list_filters_on_informatieobject_and_dates(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    one, two = await api.create(iotype), await api.create(iotype)
    early = await api.post(h.GEBRUIKSRECHTEN, recht(one["url"], startdatum="2019-01-01T00:00:00"))
    late = await api.post(
        h.GEBRUIKSRECHTEN,
        recht(two["url"], startdatum="2019-06-01T00:00:00", einddatum="2019-12-31T00:00:00"),
    )

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(h.GEBRUIKSRECHTEN, params=params, headers=admin))

    assert await listed() == [early["url"], late["url"]]
    assert await listed(informatieobject=one["url"]) == [early["url"]]
    assert await listed(startdatum__gt="2019-01-01T00:00:00") == [late["url"]]
    assert await listed(startdatum__gte="2019-01-01T00:00:00Z") == [early["url"], late["url"]]
    assert await listed(startdatum__lt="2019-06-01T00:00:00") == [early["url"]]
    assert await listed(startdatum__lte="2019-06-01T00:00:00") == [early["url"], late["url"]]
    assert await listed(einddatum__lt="2020-01-01T00:00:00") == [late["url"]]
    assert await listed(einddatum__gte="2020-01-01T00:00:00") == []
    bad = await client.get(h.GEBRUIKSRECHTEN, params={"einddatum__gt": "morgen"}, headers=admin)
    assert h.first_param(bad) == ("einddatum__gt", "invalid")


async def test_informatieobject_must_be_a_document_of_this_api(
    client: httpx.AsyncClient, admin: dict[str, str], foreign: str
):
    for url in (
        f"http://testserver{h.EIO}/{h.MISSING_UUID}",
        f"{foreign}/documenten/api/v1/enkelvoudiginformatieobjecten/{h.MISSING_UUID}",
        "http://testserver/elders",
    ):
        response = await client.post(h.GEBRUIKSRECHTEN, json=recht(url), headers=admin)
        assert h.first_param(response) == ("informatieobject", "bad-url")
