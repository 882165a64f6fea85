"""Objecttypes API: objecttypes and versions (draft → published → deprecated), JSON Schema
checks, and the same resources under the Objects API root."""

from __future__ import annotations

import httpx
import pytest

from fundament.common.db import Database
from tests.components.objecten.conftest import OBJECTS, OBJECTTYPES, SCHEMA, Api, codes

TYPES = f"{OBJECTTYPES}/objecttypes"


async def test_create_read_list_update_and_delete_an_objecttype(api: Api):
    created = await api.created(
        TYPES, {"name": "boom", "namePlural": "bomen", "labels": {"domein": "groen"}}
    )
    assert created["url"] == f"http://testserver{TYPES}/{created['uuid']}"
    assert created["dataClassification"] == "open"
    assert created["allowGeometry"] is True
    assert created["versions"] == []

    read = await api.get(created["url"])
    assert read.status_code == 200 and read.json() == created
    assert "etag" in read.headers

    listed = (await api.get(TYPES)).json()
    assert listed["count"] == 1 and listed["results"][0]["uuid"] == created["uuid"]
    filtered = await api.get(TYPES, params={"dataClassification": "intern"})
    assert filtered.json()["count"] == 0

    patched = await api.patch(created["url"], {"description": "Bomen in de gemeente"})
    assert patched.status_code == 200
    assert patched.json()["description"] == "Bomen in de gemeente"
    assert patched.json()["name"] == "boom"

    put = await api.put(created["url"], {"name": "plant", "namePlural": "planten"})
    assert put.status_code == 200 and put.json()["labels"] == {}

    assert (await api.delete(created["url"])).status_code == 204
    assert (await api.get(created["url"])).status_code == 404


async def test_bad_objecttype_input_is_a_400(api: Api):
    response = await api.post(TYPES, {"name": "x" * 101, "dataClassification": "geheim"})
    assert response.status_code == 400
    assert set(codes(response)) >= {"max_length", "required", "invalid_choice"}


async def test_the_uuid_of_an_objecttype_cannot_change(api: Api):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    response = await api.patch(created["url"], {"uuid": "0f2b8a7e-3c1d-4f0a-9a57-7e2b8c1d0009"})
    assert response.status_code == 400 and codes(response) == ["immutable-field"]


async def test_version_lifecycle_draft_published_deprecated(api: Api):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    versions = f"{created['url']}/versions"
    draft = await api.created(versions, {"jsonSchema": SCHEMA})
    assert draft["version"] == 1 and draft["status"] == "draft"
    assert draft["publishedAt"] is None
    assert draft["objectType"] == created["url"]

    changed = await api.patch(draft["url"], {"jsonSchema": {"type": "object"}})
    assert changed.status_code == 200 and changed.json()["jsonSchema"] == {"type": "object"}

    published = await api.patch(draft["url"], {"status": "published"})
    assert published.status_code == 200 and published.json()["publishedAt"] is not None

    # Only drafts may change: not the schema of a published version, nor back to draft.
    for body in ({"jsonSchema": SCHEMA}, {"status": "draft"}):
        response = await api.patch(draft["url"], body)
        assert response.status_code == 400 and codes(response) == ["non-draft-version-update"]
    assert (await api.delete(draft["url"])).status_code == 400

    deprecated = await api.patch(draft["url"], {"status": "deprecated"})
    assert deprecated.status_code == 200 and deprecated.json()["status"] == "deprecated"
    again = await api.patch(draft["url"], {"status": "published"})
    assert codes(again) == ["non-draft-version-update"]

    second = await api.created(versions, {"jsonSchema": SCHEMA})
    assert second["version"] == 2
    listed = (await api.get(versions)).json()
    assert [v["version"] for v in listed["results"]] == [2, 1]
    objecttype = (await api.get(created["url"])).json()
    assert objecttype["versions"] == [f"{versions}/2", f"{versions}/1"]


async def test_a_draft_is_published_before_it_is_deprecated(api: Api):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    draft = await api.created(f"{created['url']}/versions", {"jsonSchema": SCHEMA})
    response = await api.patch(draft["url"], {"status": "deprecated"})
    assert response.status_code == 400 and codes(response) == ["invalid-status"]
    born = await api.post(f"{created['url']}/versions", {"status": "deprecated"})
    assert born.status_code == 400 and codes(born) == ["invalid-status"]


@pytest.mark.parametrize(
    "schema", [{"type": "objekt"}, {"properties": {"naam": {"minLength": -1}}}, {"required": 5}]
)
async def test_a_version_json_schema_must_itself_be_valid(api: Api, schema: dict):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    response = await api.post(f"{created['url']}/versions", {"jsonSchema": schema})
    assert response.status_code == 400 and codes(response) == ["invalid-json-schema"]


async def test_a_json_schema_that_is_no_object_is_a_400(api: Api):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    response = await api.post(f"{created['url']}/versions", {"jsonSchema": [1, 2]})
    assert response.status_code == 400


async def test_an_objecttype_with_versions_cannot_be_deleted(api: Api):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    draft = await api.created(f"{created['url']}/versions", {"jsonSchema": SCHEMA})
    response = await api.delete(created["url"])
    assert response.status_code == 400 and codes(response) == ["pending-versions"]
    assert (await api.delete(draft["url"])).status_code == 204
    assert (await api.delete(created["url"])).status_code == 204


@pytest.mark.parametrize("version", ["abc", "99999", "7"])
async def test_an_unknown_version_is_404(api: Api, version: str):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    response = await api.get(f"{created['url']}/versions/{version}")
    assert response.status_code == 404


async def test_the_objects_api_serves_the_same_objecttypes(api: Api):
    created = await api.created(TYPES, {"name": "boom", "namePlural": "bomen"})
    there = await api.get(f"{OBJECTS}/objecttypes/{created['uuid']}")
    assert there.status_code == 200
    assert there.json()["url"] == f"http://testserver{OBJECTS}/objecttypes/{created['uuid']}"
    version = await api.created(
        f"{OBJECTS}/objecttypes/{created['uuid']}/versions", {"jsonSchema": SCHEMA}
    )
    assert version["url"].startswith(f"http://testserver{OBJECTS}/objecttypes/")


async def test_objecttypes_need_a_token(client: httpx.AsyncClient):
    response = await client.get(TYPES)
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


async def test_an_api_token_may_use_objecttypes(client: httpx.AsyncClient, database: Database):
    from tests.components.objecten.conftest import token_headers

    headers = await token_headers(database, "beheer")
    response = await client.post(
        TYPES, json={"name": "boom", "namePlural": "bomen"}, headers=headers
    )
    assert response.status_code == 201


async def test_unknown_query_parameters_are_a_400(api: Api):
    response = await api.get(TYPES, params={"naam": "boom"})
    assert response.status_code == 400 and codes(response) == ["unknown-parameters"]
