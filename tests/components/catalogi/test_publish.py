"""Publishing (`/publish`) and what a published type still allows (ztc-009, ztc-012)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi
from tests.conftest import Clients

# Per main type: its collection and a full body for a catalogus.
TYPES: dict[str, tuple[str, Callable[..., dict[str, Any]]]] = {
    "zaaktype": (h.ZAAKTYPEN, h.zaaktype),
    "informatieobjecttype": (h.INFORMATIEOBJECTTYPEN, h.informatieobjecttype),
    "besluittype": (h.BESLUITTYPEN, h.besluittype),
}


@pytest.fixture(params=sorted(TYPES))
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


async def _published(api: Catalogi, catalogus: dict, kind: str) -> tuple[dict, dict]:
    """A published type of this kind, and the body it was created with."""
    path, make = TYPES[kind]
    body = make(catalogus["url"])
    created = await api.post(path, body)
    return await api.publish(created["url"]), body


async def test_publish_sets_concept_false_and_answers_the_type(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    path, make = TYPES[kind]
    created = await api.post(path, make(catalogus["url"]))
    assert created["concept"] is True

    response = await client.post(f"{h.path_of(created['url'])}/publish", headers=admin)
    assert response.status_code == 200, response.text
    assert response.json() == {**created, "concept": False}
    assert response.headers["ETag"]
    assert (await api.get(created["url"]))["concept"] is False


async def test_publishing_an_unknown_type_is_404(
    client: httpx.AsyncClient, admin: dict[str, str], kind: str
):
    path, _ = TYPES[kind]
    response = await client.post(f"{path}/{h.MISSING_UUID}/publish", headers=admin)
    h.assert_problem(response, 404, "not_found")


async def test_zaaktype_with_a_concept_besluittype_cannot_be_published(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-012a"""
    besluittype = await api.besluittype(catalogus["url"])
    zaaktype = await api.zaaktype(catalogus["url"], besluittypen=[besluittype["url"]])
    response = await client.post(f"{h.path_of(zaaktype['url'])}/publish", headers=admin)
    assert h.first_param(response) == ("nonFieldErrors", "concept-relation")
    assert (await api.get(zaaktype["url"]))["concept"] is True

    await api.publish(besluittype["url"])
    await api.publish(zaaktype["url"])


async def test_zaaktype_with_a_concept_informatieobjecttype_cannot_be_published(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    """ztc-012b: the informatieobjecttype is related through a zaaktype-informatieobjecttype."""
    iot = await api.informatieobjecttype(catalogus["url"])
    zaaktype = await api.zaaktype(catalogus["url"])
    await api.ziot(zaaktype["url"], iot["url"])
    response = await client.post(f"{h.path_of(zaaktype['url'])}/publish", headers=admin)
    assert h.first_param(response) == ("nonFieldErrors", "concept-relation")

    await api.publish(iot["url"])
    await api.publish(zaaktype["url"])


async def test_put_of_a_published_type_is_400_non_concept_object(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    """ztc-009a/e/i"""
    published, body = await _published(api, catalogus, kind)
    response = await client.put(
        h.path_of(published["url"]), json={**body, "omschrijving": "aangepast"}, headers=writer
    )
    assert h.first_param(response) == ("nonFieldErrors", "non-concept-object")
    assert await api.get(published["url"]) == published


async def test_patch_of_a_published_type_is_400_non_concept_object(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    """ztc-009b/f/j: also when eindeGeldigheid is sent along with another field."""
    published, _ = await _published(api, catalogus, kind)
    for patch in ({"omschrijving": "aangepast"}, {"omschrijving": "x", "eindeGeldigheid": None}):
        response = await client.patch(h.path_of(published["url"]), json=patch, headers=writer)
        assert h.first_param(response) == ("nonFieldErrors", "non-concept-object")
    assert await api.get(published["url"]) == published


async def test_patch_of_only_einde_geldigheid_of_a_published_type_is_allowed(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    """ztc-009c/g/k"""
    published, _ = await _published(api, catalogus, kind)
    patch = {"eindeGeldigheid": "2030-12-12"}
    response = await client.patch(h.path_of(published["url"]), json=patch, headers=writer)
    assert response.status_code == 200, response.text
    assert response.json() == {**published, **patch}


async def test_delete_of_a_published_type_is_400_non_concept_object(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    """ztc-009d/h/l"""
    published, _ = await _published(api, catalogus, kind)
    response = await client.delete(h.path_of(published["url"]), headers=writer)
    assert h.first_param(response) == ("nonFieldErrors", "non-concept-object")
    assert await api.get(published["url"]) == published


async def test_forced_scopes_allow_correcting_and_deleting_a_published_type(
    client: httpx.AsyncClient, forcer: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    published, body = await _published(api, catalogus, kind)
    path = h.path_of(published["url"])
    put = await client.put(path, json={**body, "omschrijving": "correctie"}, headers=forcer)
    assert put.status_code == 200, put.text
    assert (put.json()["omschrijving"], put.json()["concept"]) == ("correctie", False)
    patch = await client.patch(path, json={"omschrijving": "gecorrigeerd"}, headers=forcer)
    assert patch.status_code == 200, patch.text
    assert patch.json()["omschrijving"] == "gecorrigeerd"
    assert (await client.delete(path, headers=forcer)).status_code == 204
    h.assert_problem(await client.get(path, headers=forcer), 404, "not_found")


async def test_the_superuser_may_change_and_delete_a_published_type(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    published, _ = await _published(api, catalogus, kind)
    path = h.path_of(published["url"])
    patch = await client.patch(path, json={"omschrijving": "gecorrigeerd"}, headers=admin)
    assert patch.status_code == 200, patch.text
    assert (await client.delete(path, headers=admin)).status_code == 204


async def test_each_forced_scope_covers_only_its_own_operation(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    api: Catalogi,
    catalogus: dict,
    kind: str,
):
    published, _ = await _published(api, catalogus, kind)
    path = h.path_of(published["url"])
    schrijven = await clients.with_autorisaties(
        "forced-write", [h.ztc(h.LEZEN, h.GEFORCEERD_SCHRIJVEN)], admin
    )
    verwijderen = await clients.with_autorisaties(
        "forced-delete", [h.ztc(h.LEZEN, h.SCHRIJVEN, h.GEFORCEERD_VERWIJDEREN)], admin
    )
    patch = {"omschrijving": "gecorrigeerd"}
    refused = await client.patch(path, json=patch, headers=verwijderen)
    assert h.first_param(refused) == ("nonFieldErrors", "non-concept-object")
    assert (await client.patch(path, json=patch, headers=schrijven)).status_code == 200
    h.assert_problem(await client.delete(path, headers=schrijven), 403, "permission_denied")
    assert (await client.delete(path, headers=verwijderen)).status_code == 204


async def test_concept_types_can_be_changed_and_deleted_without_forced_scopes(
    client: httpx.AsyncClient, writer: dict[str, str], api: Catalogi, catalogus: dict, kind: str
):
    path, make = TYPES[kind]
    created = await api.post(path, make(catalogus["url"]))
    response = await client.patch(
        h.path_of(created["url"]), json={"omschrijving": "anders"}, headers=writer
    )
    assert response.status_code == 200, response.text
    assert (await client.delete(h.path_of(created["url"]), headers=writer)).status_code == 204
