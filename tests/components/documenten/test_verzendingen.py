"""Verzendingen: CRUD, one address or contact channel, filters, pagination."""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten

ADRES = {"huisnummer": 1, "naamOpenbareRuimte": "Straat", "woonplaatsnaam": "Stad"}


def verzending(document: str, **fields: Any) -> dict[str, Any]:
    return {
        "betrokkene": "http://klanten.example.nl/api/v1/klanten/1",
        "informatieobject": document,
        "aardRelatie": "geadresseerde",
        "contactPersoon": "http://medewerkers.example.nl/1",
        "binnenlandsCorrespondentieadres": ADRES,
        **fields,
    }


async def test_crud(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, document: dict
):
    created = await api.post(h.VERZENDINGEN, verzending(document["url"], toelichting="brief"))
    assert created["binnenlandsCorrespondentieadres"] == {
        **ADRES,
        "huisletter": "",
        "huisnummerToevoeging": "",
        "postcode": "",
    }
    assert created["buitenlandsCorrespondentieadres"] is None
    assert created["mijnOverheid"] is False
    path = h.path_of(created["url"])
    assert (await client.get(path, headers=admin)).json() == created
    patch = await client.patch(path, json={"aardRelatie": "afzender"}, headers=admin)
    assert patch.status_code == 200, patch.text
    assert patch.json()["aardRelatie"] == "afzender"
    put = await client.put(
        path,
        json=verzending(document["url"], binnenlandsCorrespondentieadres=None, emailadres="a@b.nl"),
        headers=admin,
    )
    assert put.json()["emailadres"] == "a@b.nl"
    assert put.json()["binnenlandsCorrespondentieadres"] is None
    assert (await client.delete(path, headers=admin)).status_code == 204
    h.assert_problem(await client.get(path, headers=admin), 404)


async def test_exactly_one_address_or_channel(
    client: httpx.AsyncClient, admin: dict[str, str], document: dict
):
    none = verzending(document["url"], binnenlandsCorrespondentieadres=None)
    two = verzending(document["url"], telefoonnummer="0612345678")
    for body in (none, two):
        response = await client.post(h.VERZENDINGEN, json=body, headers=admin)
        assert h.first_param(response) == ("nonFieldErrors", "invalid-address")
    bad = verzending(document["url"], aardRelatie="ontvanger")
    assert h.first_param(await client.post(h.VERZENDINGEN, json=bad, headers=admin)) == (
        "aardRelatie",
        "invalid_choice",
    )


async def test_list_filters_and_pagination(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    one, two = await api.create(iotype), await api.create(iotype)
    a = await api.post(h.VERZENDINGEN, verzending(one["url"]))
    b = await api.post(h.VERZENDINGEN, verzending(two["url"], aardRelatie="afzender"))
    c = await api.post(
        h.VERZENDINGEN, verzending(two["url"], betrokkene="http://klanten.example.nl/2")
    )

    async def listed(**params: Any) -> list[str]:
        return h.urls(await client.get(h.VERZENDINGEN, params=params, headers=admin))

    assert await listed() == [a["url"], b["url"], c["url"]]
    assert await listed(aardRelatie="afzender") == [b["url"]]
    assert await listed(informatieobject=two["url"]) == [b["url"], c["url"]]
    assert await listed(betrokkene="http://klanten.example.nl/2") == [c["url"]]
    page = (await client.get(h.VERZENDINGEN, params={"pageSize": 2}, headers=admin)).json()
    assert page["count"] == 3 and page["next"]
    bad = await client.get(h.VERZENDINGEN, params={"aardRelatie": "x"}, headers=admin)
    assert h.first_param(bad) == ("aardRelatie", "invalid_choice")
