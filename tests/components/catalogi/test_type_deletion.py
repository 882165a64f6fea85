"""Deleting a type takes the Autorisaties that name it along (RUNNING.md §4.3, as Open Zaak).

An Applicatie left without autorisaties is removed; every Applicatie touched gets a
notification on kanaal `autorisaties`, in the same transaction. (An Applicatie with
heeftAlleAutorisaties cannot hold autorisaties through the API, so it is never touched.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi, ReadOutbox


def zrc(url: str) -> dict[str, Any]:
    return {
        "component": "zrc",
        "scopes": ["zaken.lezen"],
        "zaaktype": url,
        "maxVertrouwelijkheidaanduiding": "openbaar",
    }


def drc(url: str) -> dict[str, Any]:
    return {
        "component": "drc",
        "scopes": ["documenten.lezen"],
        "informatieobjecttype": url,
        "maxVertrouwelijkheidaanduiding": "openbaar",
    }


def brc(url: str) -> dict[str, Any]:
    return {"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": url}


# Per type: its collection, a body for a catalogus, and an autorisatie naming a type URL.
TYPES: dict[str, tuple[str, Callable[..., dict], Callable[[str], dict]]] = {
    "zaaktype": (h.ZAAKTYPEN, h.zaaktype, zrc),
    "informatieobjecttype": (h.INFORMATIEOBJECTTYPEN, h.informatieobjecttype, drc),
    "besluittype": (h.BESLUITTYPEN, h.besluittype, brc),
}


KANAAL = {
    "zaaktype": "zaaktypen",
    "informatieobjecttype": "informatieobjecttypen",
    "besluittype": "besluittypen",
}


@pytest.fixture(params=sorted(TYPES))
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


async def _applicatie(
    client: httpx.AsyncClient, admin: dict[str, str], label: str, **body: Any
) -> dict:
    response = await client.post(
        h.APPLICATIES, json={"clientIds": [label], "label": label, **body}, headers=admin
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_deleting_a_type_removes_its_autorisaties_and_emptied_applicaties(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    outbox: ReadOutbox,
    kind: str,
):
    path, make, autorisatie = TYPES[kind]
    doomed = await api.post(path, make(catalogus["url"]))
    # Another identificatie, so that two zaaktypen do not overlap (ztc-016); others ignore it.
    kept = await api.post(path, make(catalogus["url"], omschrijving="blijft", identificatie="B"))
    only = await _applicatie(client, admin, "alleen", autorisaties=[autorisatie(doomed["url"])])
    both = await _applicatie(
        client,
        admin,
        "beide",
        autorisaties=[autorisatie(doomed["url"]), autorisatie(kept["url"])],
    )
    untouched = await _applicatie(client, admin, "los", autorisaties=[autorisatie(kept["url"])])
    before = len(await outbox())

    assert (await client.delete(h.path_of(doomed["url"]), headers=admin)).status_code == 204

    gone = await client.get(h.path_of(only["url"]), headers=admin)
    h.assert_problem(gone, 404, "not_found")
    remaining = (await client.get(h.path_of(both["url"]), headers=admin)).json()
    assert remaining["autorisaties"] == [
        a for a in both["autorisaties"] if kept["url"] in a.values()
    ]
    assert (await client.get(h.path_of(untouched["url"]), headers=admin)).json() == untouched

    added = (await outbox())[before:]
    autorisaties = {(m.resource_url, m.actie) for m in added if m.kanaal == "autorisaties"}
    assert autorisaties == {(only["url"], "destroy"), (both["url"], "partial_update")}
    assert len([m for m in added if m.kanaal == "autorisaties"]) == 2
    assert [m.actie for m in added if m.kanaal == KANAAL[kind]] == ["destroy"]


async def test_a_refused_delete_keeps_the_autorisaties(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    writer: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    outbox: ReadOutbox,
    kind: str,
):
    path, make, autorisatie = TYPES[kind]
    published = await api.publish((await api.post(path, make(catalogus["url"])))["url"])
    applicatie = await _applicatie(
        client, admin, "alleen", autorisaties=[autorisatie(published["url"])]
    )
    before = [m.id for m in await outbox()]
    refused = await client.delete(h.path_of(published["url"]), headers=writer)
    assert h.first_param(refused) == ("nonFieldErrors", "non-concept-object")
    assert (await client.get(h.path_of(applicatie["url"]), headers=admin)).json() == applicatie
    assert [m.id for m in await outbox()] == before


async def test_deleting_a_type_nobody_is_authorised_for_touches_no_applicatie(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    outbox: ReadOutbox,
    kind: str,
):
    path, make, autorisatie = TYPES[kind]
    other = await api.post(path, make(catalogus["url"], omschrijving="ander", identificatie="B"))
    doomed = await api.post(path, make(catalogus["url"]))
    applicatie = await _applicatie(client, admin, "los", autorisaties=[autorisatie(other["url"])])
    before = len(await outbox())
    assert (await client.delete(h.path_of(doomed["url"]), headers=admin)).status_code == 204
    assert (await client.get(h.path_of(applicatie["url"]), headers=admin)).json() == applicatie
    assert [m.kanaal for m in (await outbox())[before:]] == [KANAAL[kind]]
