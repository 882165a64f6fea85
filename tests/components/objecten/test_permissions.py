"""Authorisation per objecttype (read_only / read_and_write) for API tokens and JWT clients,
field-level read restriction reported in X-Unauthorized-Fields, and GET /permissions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from tests.components.objecten.conftest import OBJECTS, Api
from tests.conftest import Clients

LIST = f"{OBJECTS}/objects"
MakeApi = Callable[..., Awaitable[Api]]


async def test_without_a_permission_objects_are_invisible_and_forbidden(
    api: Api, token_api: MakeApi
):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    stranger = await token_api("stranger")
    assert (await stranger.get(LIST)).json()["count"] == 0
    for response in (
        await stranger.get(created["url"]),
        await stranger.get(f"{created['url']}/history"),
        await stranger.get(f"{created['url']}/1"),
        await stranger.post(
            LIST,
            {
                "type": type_url,
                "record": {"typeVersion": 1, "data": {"naam": "x"}, "startAt": "2020-01-01"},
            },
        ),
    ):
        assert response.status_code == 403
        assert response.json()["code"] == "permission_denied"


async def test_read_only_may_read_but_not_write(api: Api, token_api: MakeApi):
    type_url = await api.objecttype()
    other_type = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    await api.object(other_type, {"naam": "anders"})
    reader = await token_api("lezer", {type_url: "read_only"})
    listed = (await reader.get(LIST)).json()
    assert [item["uuid"] for item in listed["results"]] == [created["uuid"]]
    assert (await reader.get(created["url"])).status_code == 200
    assert (
        await reader.patch(created["url"], {"record": {"data": {"naam": "x"}}})
    ).status_code == 403
    assert (await reader.delete(created["url"])).status_code == 403


async def test_read_and_write_may_create_update_and_delete(api: Api, token_api: MakeApi):
    type_url = await api.objecttype()
    writer = await token_api("formulieren", {type_url: "read_and_write"})
    created = await writer.object(type_url, {"naam": "eik"})
    patched = await writer.patch(created["url"], {"record": {"data": {"naam": "beuk"}}})
    assert patched.status_code == 200
    assert (await writer.delete(created["url"])).status_code == 204


async def test_field_based_read_restriction_is_reported(api: Api, token_api: MakeApi):
    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik", "hoogte": 3})
    fields = {"1": ["uuid", "type", "record__data__naam"]}
    reader = await token_api("beperkt", {type_url: ("read_only", fields)})
    response = await reader.get(created["url"])
    assert response.status_code == 200
    assert response.json() == {
        "uuid": created["uuid"],
        "type": type_url,
        "record": {"data": {"naam": "eik"}},
    }
    header = response.headers["x-unauthorized-fields"]
    assert header.startswith(f"{type_url}:")
    hidden = set(header.split(":", 2)[-1].split(","))
    assert {"url", "record__data__hoogte", "record__index"} <= hidden
    assert "record__data__naam" not in hidden

    listed = await reader.get(LIST)
    assert listed.json()["results"] == [response.json()]
    assert "x-unauthorized-fields" in listed.headers

    asked = await reader.get(created["url"], params={"fields": "uuid,record__data__naam"})
    assert "x-unauthorized-fields" not in asked.headers

    history = (await reader.get(f"{created['url']}/history")).json()["results"]
    assert history == [{"data": {"naam": "eik"}}]
    assert (await reader.get(f"{created['url']}/1")).json() == {"data": {"naam": "eik"}}


async def test_the_permissions_endpoint_lists_the_callers_own(api: Api, token_api: MakeApi):
    type_url = await api.objecttype()
    reader = await token_api("lezer", {type_url: ("read_only", {"1": ["uuid"]})})
    response = await reader.get(f"{OBJECTS}/permissions")
    assert response.status_code == 200
    assert response.json()["results"] == [
        {"type": type_url, "mode": "read_only", "use_fields": True, "fields": {"1": ["uuid"]}}
    ]


async def test_a_jwt_client_uses_the_same_permission_rows(
    api: Api, clients: Clients, client: httpx.AsyncClient, database
):
    from fundament.components.objecten.services.permissions import set_permission

    type_url = await api.objecttype()
    created = await api.object(type_url, {"naam": "eik"})
    await clients.credentials("portaal")
    headers = await clients.headers("portaal")
    assert (await client.get(created["url"], headers=headers)).status_code == 403
    async with database.session() as session:
        await set_permission(session, "portaal", type_url, "read_only")
    assert (await client.get(created["url"], headers=headers)).status_code == 200


async def test_no_token_is_401(client: httpx.AsyncClient):
    response = await client.get(LIST)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Token"
