"""Zaaktype versions must not overlap (ztc-016); eigenschap specificaties (ztc-015)."""

from __future__ import annotations

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi

OVERLAP = {("beginGeldigheid", "overlap")}


async def test_an_overlapping_version_of_the_same_zaaktype_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    await api.zaaktype(catalogus["url"], beginGeldigheid="2005-01-01", eindeGeldigheid="2012-01-01")
    for begin, einde in (("2011-06-01", None), ("2000-01-01", "2005-01-01"), ("2012-01-01", None)):
        body = h.zaaktype(catalogus["url"], beginGeldigheid=begin, eindeGeldigheid=einde)
        response = await client.post(h.ZAAKTYPEN, json=body, headers=admin)
        assert h.invalid_params(response) == OVERLAP, (begin, einde)
    listed = await client.get(h.ZAAKTYPEN, params={"status": "alles"}, headers=admin)
    assert listed.json()["count"] == 1


async def test_a_published_version_counts_too(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    await api.publish((await api.zaaktype(catalogus["url"]))["url"])
    body = h.zaaktype(catalogus["url"], beginGeldigheid="2010-01-01")
    assert h.invalid_params(await client.post(h.ZAAKTYPEN, json=body, headers=admin)) == OVERLAP


async def test_consecutive_versions_and_other_identificaties_are_fine(
    api: Catalogi, catalogus: dict
):
    first = await api.zaaktype(
        catalogus["url"], beginGeldigheid="2005-01-01", eindeGeldigheid="2012-01-01"
    )
    second = await api.zaaktype(
        catalogus["url"], beginGeldigheid="2012-01-02", eindeGeldigheid=None
    )
    other = await api.zaaktype(catalogus["url"], identificatie="ANDER")
    elsewhere = await api.zaaktype((await api.catalogus())["url"])
    assert len({first["url"], second["url"], other["url"], elsewhere["url"]}) == 4


async def test_changing_a_version_into_an_overlap_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    old = await api.zaaktype(
        catalogus["url"], beginGeldigheid="2005-01-01", eindeGeldigheid="2012-01-01"
    )
    await api.zaaktype(catalogus["url"], beginGeldigheid="2013-01-01", eindeGeldigheid=None)
    path = h.path_of(old["url"])
    response = await client.patch(path, json={"eindeGeldigheid": None}, headers=admin)
    assert h.invalid_params(response) == OVERLAP
    fine = await client.patch(path, json={"eindeGeldigheid": "2012-12-31"}, headers=admin)
    assert fine.status_code == 200, fine.text


async def test_a_version_does_not_overlap_with_itself(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict, zaaktype: dict
):
    path = h.path_of(zaaktype["url"])
    response = await client.put(path, json=h.zaaktype(catalogus["url"]), headers=admin)
    assert response.status_code == 200, response.text


# --- ztc-015 -------------------------------------------------------------------------------------


def specificatie(formaat: str, lengte: str, kardinaliteit: str = "1") -> dict:
    return {"formaat": formaat, "lengte": lengte, "kardinaliteit": kardinaliteit}


@pytest.mark.parametrize(
    "value",
    [specificatie("datum", "8"), specificatie("datum_tijd", "14"), specificatie("tekst", "5", "N")],
    ids=["datum", "datum-tijd", "kardinaliteit-n"],
)
async def test_eigenschap_with_a_fitting_specificatie_is_created(
    api: Catalogi, zaaktype: dict, value: dict
):
    created = await api.eigenschap(zaaktype["url"], specificatie=value)
    assert created["specificatie"] == {**value, "groep": "", "waardenverzameling": []}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (specificatie("datum", "10"), ("specificatie.lengte", "invalid-length")),
        (specificatie("datum_tijd", "8"), ("specificatie.lengte", "invalid-length")),
        (specificatie("tekst", "5", "xy"), ("specificatie.kardinaliteit", "invalid")),
        (specificatie("getal", "twee"), ("specificatie.lengte", "invalid")),
        (specificatie("kleur", "5"), ("specificatie.formaat", "invalid_choice")),
    ],
    ids=["datum-10", "datum-tijd-8", "kardinaliteit-word", "getal-word", "unknown-formaat"],
)
async def test_eigenschap_with_a_specificatie_that_does_not_fit_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], zaaktype: dict, value: dict, expected: tuple
):
    body = h.eigenschap(zaaktype["url"], specificatie=value)
    response = await client.post(h.EIGENSCHAPPEN, json=body, headers=admin)
    assert h.invalid_params(response) == {expected}


async def test_patching_a_specificatie_is_checked_too(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, zaaktype: dict
):
    created = await api.eigenschap(zaaktype["url"])
    patch = {"specificatie": specificatie("datum", "5")}
    response = await client.patch(h.path_of(created["url"]), json=patch, headers=admin)
    assert h.invalid_params(response) == {("specificatie.lengte", "invalid-length")}
    assert await api.get(created["url"]) == created
