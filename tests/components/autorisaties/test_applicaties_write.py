"""Changing Applicaties: PUT replaces, PATCH merges, DELETE removes; ac-001/ac-002 still hold."""

from __future__ import annotations

import httpx

from tests.components.autorisaties.conftest import CreateApplicatie
from tests.components.autorisaties.helpers import (
    APPLICATIES,
    CONSUMER,
    MISSING_UUID,
    applicatie,
    assert_problem,
    brc,
    drc,
    invalid_params,
    zrc,
)


async def test_put_replaces_every_field(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("old", label="Oud", autorisaties=[zrc(), drc()]))
    body = applicatie("new-b", "new-a", label="Nieuw", autorisaties=[brc()])
    response = await client.put(created["url"], json=body, headers=admin)

    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["url"] == created["url"]
    assert updated["clientIds"] == ["new-b", "new-a"]
    assert updated["label"] == "Nieuw"
    assert [a["component"] for a in updated["autorisaties"]] == ["brc"]
    assert (await client.get(created["url"], headers=admin)).json() == updated
    gone = await client.get(CONSUMER, params={"clientId": "old"}, headers=admin)
    assert_problem(gone, 404, "not_found")


async def test_put_may_keep_a_client_id_of_the_same_applicatie(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("keep", "drop"))
    body = applicatie("added", "keep", heeft_alle=True)
    response = await client.put(created["url"], json=body, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["clientIds"] == ["added", "keep"]
    consumer = await client.get(CONSUMER, params={"clientId": "keep"}, headers=admin)
    assert consumer.json()["url"] == created["url"]


async def test_put_taking_a_client_id_of_another_applicatie_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    other = await create_applicatie(applicatie("theirs"))
    mine = await create_applicatie(applicatie("mine", label="Mijn"))
    body = applicatie("mine", "theirs", label="Gewijzigd")
    response = await client.put(mine["url"], json=body, headers=admin)

    assert invalid_params(response) == {("clientIds", "clientId-exists")}
    assert (await client.get(mine["url"], headers=admin)).json() == mine
    assert (await client.get(other["url"], headers=admin)).json() == other


async def test_put_needs_the_full_applicatie(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    response = await client.put(created["url"], json={"label": "Alleen label"}, headers=admin)
    assert invalid_params(response) == {("clientIds", "required")}


async def test_put_applies_ac_002(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    body = applicatie("app", heeft_alle=False, autorisaties=[])
    response = await client.put(created["url"], json=body, headers=admin)
    assert invalid_params(response) == {("nonFieldErrors", "missing-authorizations")}


async def test_patch_changes_only_the_fields_sent(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    body = applicatie("b", "a", label="Oud", autorisaties=[zrc(), drc(), brc()])
    created = await create_applicatie(body)
    response = await client.patch(created["url"], json={"label": "Nieuw"}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json() == {**created, "label": "Nieuw"}
    assert (await client.get(created["url"], headers=admin)).json() == response.json()


async def test_patch_replaces_the_autorisaties_list(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app", autorisaties=[zrc(), drc()]))
    response = await client.patch(created["url"], json={"autorisaties": [brc()]}, headers=admin)
    assert response.status_code == 200, response.text
    assert [a["component"] for a in response.json()["autorisaties"]] == ["brc"]
    assert response.json()["clientIds"] == ["app"]


async def test_patch_to_heeft_alle_autorisaties_together_with_emptied_autorisaties(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    body = {"heeftAlleAutorisaties": True, "autorisaties": []}
    response = await client.patch(created["url"], json=body, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["heeftAlleAutorisaties"] is True
    assert response.json()["autorisaties"] == []


async def test_patch_to_heeft_alle_autorisaties_while_autorisaties_exist_is_ambiguous(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    response = await client.patch(
        created["url"], json={"heeftAlleAutorisaties": True}, headers=admin
    )
    assert invalid_params(response) == {("nonFieldErrors", "ambiguous-authorizations-specified")}
    assert (await client.get(created["url"], headers=admin)).json() == created


async def test_patch_removing_all_autorisaties_is_missing_authorizations(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    response = await client.patch(created["url"], json={"autorisaties": []}, headers=admin)
    assert invalid_params(response) == {("nonFieldErrors", "missing-authorizations")}


async def test_patch_applies_ac_003_to_new_autorisaties(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    body = {"autorisaties": [zrc(), {"component": "brc", "scopes": ["besluiten.lezen"]}]}
    response = await client.patch(created["url"], json=body, headers=admin)
    assert invalid_params(response) == {("autorisaties.1.besluittype", "required")}


async def test_patch_taking_a_client_id_of_another_applicatie_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    await create_applicatie(applicatie("theirs"))
    mine = await create_applicatie(applicatie("mine"))
    response = await client.patch(mine["url"], json={"clientIds": ["theirs"]}, headers=admin)
    assert invalid_params(response) == {("clientIds", "clientId-exists")}
    assert (await client.get(mine["url"], headers=admin)).json() == mine


async def test_patch_with_null_for_a_required_field_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app", label="Blijft"))
    response = await client.patch(created["url"], json={"label": None}, headers=admin)
    assert invalid_params(response) == {("label", "null")}
    assert (await client.get(created["url"], headers=admin)).json()["label"] == "Blijft"


async def test_delete_answers_204_and_the_applicatie_is_gone(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app", autorisaties=[zrc(), brc()]))
    response = await client.delete(created["url"], headers=admin)
    assert response.status_code == 204
    assert response.content == b""
    assert_problem(await client.get(created["url"], headers=admin), 404, "not_found")
    consumer = await client.get(CONSUMER, params={"clientId": "app"}, headers=admin)
    assert_problem(consumer, 404, "not_found")


async def test_client_id_of_a_deleted_applicatie_can_be_used_again(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("reused"))
    assert (await client.delete(created["url"], headers=admin)).status_code == 204
    again = await create_applicatie(applicatie("reused"))
    assert again["url"] != created["url"]


async def test_delete_twice_is_404_the_second_time(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    created = await create_applicatie(applicatie("app"))
    assert (await client.delete(created["url"], headers=admin)).status_code == 204
    assert_problem(await client.delete(created["url"], headers=admin), 404, "not_found")


async def test_writes_on_an_unknown_uuid_are_404(client: httpx.AsyncClient, admin: dict[str, str]):
    url = f"{APPLICATIES}/{MISSING_UUID}"
    put = await client.put(url, json=applicatie("app"), headers=admin)
    patch = await client.patch(url, json={"label": "x"}, headers=admin)
    delete = await client.delete(url, headers=admin)
    for response in (put, patch, delete):
        assert_problem(response, 404, "not_found")
    consumer = await client.get(CONSUMER, params={"clientId": "app"}, headers=admin)
    assert_problem(consumer, 404, "not_found")
