"""Links to published types (ztc-010a/c/g/h, ztc-011a/f/g): `non-concept-relation`.

A concept type linked to a published type is frozen like a published one, except for a PATCH
of eindeGeldigheid alone; and no new link to a published type can be made. A
zaaktype-informatieobjecttype is frozen only when both its zaaktype and its
informatieobjecttype are published.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi

NON_CONCEPT = ("nonFieldErrors", "non-concept-relation")


async def _assert_frozen_by_relation(
    client: httpx.AsyncClient, headers: dict[str, str], url: str, body: dict[str, Any]
) -> None:
    path = h.path_of(url)
    for response in (
        await client.put(path, json={**body, "omschrijving": "aangepast"}, headers=headers),
        await client.patch(path, json={"omschrijving": "aangepast"}, headers=headers),
        await client.delete(path, headers=headers),
    ):
        assert h.first_param(response) == NON_CONCEPT
    end = await client.patch(path, json={"eindeGeldigheid": "2030-01-01"}, headers=headers)
    assert end.status_code == 200, end.text
    assert end.json()["eindeGeldigheid"] == "2030-01-01"


async def test_besluittype_linked_to_a_published_informatieobjecttype_is_frozen(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-010a"""
    iot = await api.informatieobjecttype(catalogus["url"])
    body = h.besluittype(catalogus["url"], informatieobjecttypen=[iot["url"]])
    besluittype = await api.post(h.BESLUITTYPEN, body)
    await api.publish(iot["url"])
    await _assert_frozen_by_relation(client, writer, besluittype["url"], body)


async def test_informatieobjecttype_linked_to_a_published_besluittype_is_frozen(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-010c"""
    body = h.informatieobjecttype(catalogus["url"])
    iot = await api.post(h.INFORMATIEOBJECTTYPEN, body)
    besluittype = await api.besluittype(catalogus["url"], informatieobjecttypen=[iot["url"]])
    await api.publish(besluittype["url"])
    await _assert_frozen_by_relation(client, writer, iot["url"], body)


async def test_zaaktype_linked_to_a_published_besluittype_is_frozen(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-010h"""
    besluittype = await api.besluittype(catalogus["url"])
    body = h.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    zaaktype = await api.post(h.ZAAKTYPEN, body)
    await api.publish(besluittype["url"])
    await _assert_frozen_by_relation(client, writer, zaaktype["url"], body)


async def test_zaaktype_linked_to_a_published_informatieobjecttype_can_change_not_go(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-010h: through a zaaktype-informatieobjecttype; updates are fine, deleting is not."""
    body = h.zaaktype(catalogus["url"])
    zaaktype = await api.post(h.ZAAKTYPEN, body)
    iot = await api.informatieobjecttype(catalogus["url"])
    await api.ziot(zaaktype["url"], iot["url"])
    await api.publish(iot["url"])
    path = h.path_of(zaaktype["url"])

    put = await client.put(path, json={**body, "toelichting": "aangepast"}, headers=writer)
    assert put.status_code == 200, put.text
    patch = await client.patch(path, json={"toelichting": "weer anders"}, headers=writer)
    assert patch.status_code == 200, patch.text
    assert h.first_param(await client.delete(path, headers=writer)) == NON_CONCEPT


async def test_forced_scopes_lift_the_relation_freeze(
    client: httpx.AsyncClient, forcer: dict[str, str], api: Catalogi, catalogus: dict
):
    besluittype = await api.besluittype(catalogus["url"])
    zaaktype = await api.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    await api.publish(besluittype["url"])
    path = h.path_of(zaaktype["url"])
    assert (await client.patch(path, json={"toelichting": "x"}, headers=forcer)).status_code == 200
    assert (await client.delete(path, headers=forcer)).status_code == 204


async def test_no_new_link_from_a_besluittype_to_a_published_informatieobjecttype(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-011a: on create, PUT and PATCH."""
    iot = await api.publish((await api.informatieobjecttype(catalogus["url"]))["url"])
    linked = h.besluittype(catalogus["url"], informatieobjecttypen=[iot["url"]])
    created = await client.post(h.BESLUITTYPEN, json=linked, headers=writer)
    assert h.first_param(created) == NON_CONCEPT

    besluittype = await api.besluittype(catalogus["url"])
    path = h.path_of(besluittype["url"])
    for response in (
        await client.put(path, json=linked, headers=writer),
        await client.patch(path, json={"informatieobjecttypen": [iot["url"]]}, headers=writer),
    ):
        assert h.first_param(response) == NON_CONCEPT
    assert (await api.get(besluittype["url"]))["informatieobjecttypen"] == []


async def test_no_new_link_from_a_zaaktype_to_a_published_besluittype(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-011g: on create, PUT and PATCH."""
    besluittype = await api.publish((await api.besluittype(catalogus["url"]))["url"])
    linked = h.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    created = await client.post(h.ZAAKTYPEN, json=linked, headers=writer)
    assert h.first_param(created) == NON_CONCEPT

    zaaktype = await api.zaaktype(catalogus["url"])
    path = h.path_of(zaaktype["url"])
    for response in (
        await client.put(path, json=linked, headers=writer),
        await client.patch(path, json={"besluittypen": [besluittype["url"]]}, headers=writer),
    ):
        assert h.first_param(response) == NON_CONCEPT
    assert (await api.get(zaaktype["url"]))["besluittypen"] == []


async def test_forced_writing_may_link_to_a_published_type(
    client: httpx.AsyncClient, forcer: dict[str, str], api: Catalogi, catalogus: dict
):
    besluittype = await api.publish((await api.besluittype(catalogus["url"]))["url"])
    body = h.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    response = await client.post(h.ZAAKTYPEN, json=body, headers=forcer)
    assert response.status_code == 201, response.text


async def test_ziot_with_one_published_side_can_be_made_changed_and_removed(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-010g / ztc-011f: only the combination of two published types is fixed."""
    for publish_zaaktype in (True, False):
        zaaktype = await api.zaaktype(catalogus["url"], identificatie=f"Z{publish_zaaktype}")
        iot = await api.informatieobjecttype(catalogus["url"])
        await api.publish(zaaktype["url"] if publish_zaaktype else iot["url"])

        body = h.ziot(zaaktype["url"], iot["url"])
        created = await client.post(h.ZIOTS, json=body, headers=writer)
        assert created.status_code == 201, created.text
        path = h.path_of(created.json()["url"])
        put = await client.put(path, json={**body, "volgnummer": 2}, headers=writer)
        assert put.status_code == 200, put.text
        patch = await client.patch(path, json={"richting": "uitgaand"}, headers=writer)
        assert patch.status_code == 200, patch.text
        assert (await client.delete(path, headers=writer)).status_code == 204


async def test_ziot_between_two_published_types_is_frozen(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-010g / ztc-011f"""
    zaaktype = await api.zaaktype(catalogus["url"])
    iot = await api.informatieobjecttype(catalogus["url"])
    body = h.ziot(zaaktype["url"], iot["url"])
    existing = await api.post(h.ZIOTS, body)
    await api.publish(iot["url"])
    await api.publish(zaaktype["url"])

    new = await client.post(h.ZIOTS, json={**body, "volgnummer": 2}, headers=writer)
    assert h.first_param(new) == NON_CONCEPT
    path = h.path_of(existing["url"])
    for response in (
        await client.put(path, json={**body, "volgnummer": 3}, headers=writer),
        await client.patch(path, json={"richting": "uitgaand"}, headers=writer),
        await client.delete(path, headers=writer),
    ):
        assert h.first_param(response) == NON_CONCEPT
    assert await api.get(existing["url"]) == existing


async def test_ziot_cannot_be_moved_onto_two_published_types(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-011f: a concept link may not be pointed at a published zaaktype and iot."""
    existing = await api.ziot(
        (await api.zaaktype(catalogus["url"], identificatie="C"))["url"],
        (await api.informatieobjecttype(catalogus["url"]))["url"],
    )
    zaaktype = await api.publish((await api.zaaktype(catalogus["url"]))["url"])
    iot = await api.publish((await api.informatieobjecttype(catalogus["url"]))["url"])
    moved = h.ziot(zaaktype["url"], iot["url"])
    path = h.path_of(existing["url"])
    for response in (
        await client.put(path, json=moved, headers=writer),
        await client.patch(
            path,
            json={"zaaktype": zaaktype["url"], "informatieobjecttype": iot["url"]},
            headers=writer,
        ),
    ):
        assert h.first_param(response) == NON_CONCEPT
