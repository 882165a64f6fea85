"""Types relate only within one catalogus (ztc-013): `relations-incorrect-catalogus`."""

from __future__ import annotations

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi

WRONG = ("nonFieldErrors", "relations-incorrect-catalogus")


@pytest.fixture
async def other(api: Catalogi) -> dict:
    """A second catalogus."""
    return await api.catalogus()


async def test_besluittype_with_an_informatieobjecttype_of_another_catalogus_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, other: dict
):
    """ztc-013d/e/f"""
    foreign = await api.informatieobjecttype(other["url"])
    body = h.besluittype(catalogus["url"], informatieobjecttypen=[foreign["url"]])
    assert h.first_param(await client.post(h.BESLUITTYPEN, json=body, headers=admin)) == WRONG

    besluittype = await api.besluittype(catalogus["url"])
    path = h.path_of(besluittype["url"])
    patch = {"informatieobjecttypen": [foreign["url"]]}
    for response in (
        await client.put(path, json=body, headers=admin),
        await client.patch(path, json=patch, headers=admin),
    ):
        assert h.first_param(response) == WRONG
    assert (await api.get(besluittype["url"]))["informatieobjecttypen"] == []


async def test_zaaktype_with_a_besluittype_of_another_catalogus_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, other: dict
):
    """ztc-013g/h/i"""
    foreign = await api.besluittype(other["url"])
    body = h.zaaktype(catalogus["url"], besluittypen=[foreign["url"]])
    assert h.first_param(await client.post(h.ZAAKTYPEN, json=body, headers=admin)) == WRONG

    zaaktype = await api.zaaktype(catalogus["url"])
    path = h.path_of(zaaktype["url"])
    for response in (
        await client.put(path, json=body, headers=admin),
        await client.patch(path, json={"besluittypen": [foreign["url"]]}, headers=admin),
    ):
        assert h.first_param(response) == WRONG


async def test_zaaktype_with_a_deelzaaktype_of_another_catalogus_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, other: dict
):
    foreign = await api.zaaktype(other["url"], identificatie="DEEL")
    body = h.zaaktype(catalogus["url"], deelzaaktypen=[foreign["url"]])
    assert h.first_param(await client.post(h.ZAAKTYPEN, json=body, headers=admin)) == WRONG


async def test_ziot_across_catalogussen_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, other: dict
):
    """ztc-013j/k/l"""
    zaaktype = await api.zaaktype(catalogus["url"])
    own = await api.informatieobjecttype(catalogus["url"])
    foreign = await api.informatieobjecttype(other["url"])
    body = h.ziot(zaaktype["url"], foreign["url"])
    assert h.first_param(await client.post(h.ZIOTS, json=body, headers=admin)) == WRONG

    existing = await api.ziot(zaaktype["url"], own["url"])
    path = h.path_of(existing["url"])
    for response in (
        await client.put(path, json=body, headers=admin),
        await client.patch(path, json={"informatieobjecttype": foreign["url"]}, headers=admin),
    ):
        assert h.first_param(response) == WRONG
    assert await api.get(existing["url"]) == existing


async def test_resultaattype_with_types_of_another_catalogus_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, other: dict
):
    zaaktype = await api.zaaktype(catalogus["url"])
    besluittype = await api.besluittype(other["url"])
    iot = await api.informatieobjecttype(other["url"])
    for field, url in (("besluittypen", besluittype["url"]), ("informatieobjecttypen", iot["url"])):
        body = api.resultaattype_body(zaaktype["url"], **{field: [url]})
        response = await client.post(h.RESULTAATTYPEN, json=body, headers=admin)
        assert h.first_param(response) == WRONG


async def test_relations_within_one_catalogus_are_fine(api: Catalogi, catalogus: dict):
    iot = await api.informatieobjecttype(catalogus["url"])
    besluittype = await api.besluittype(catalogus["url"], informatieobjecttypen=[iot["url"]])
    zaaktype = await api.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    ziot = await api.ziot(zaaktype["url"], iot["url"])
    assert ziot["catalogus"] == zaaktype["catalogus"] == catalogus["url"]
