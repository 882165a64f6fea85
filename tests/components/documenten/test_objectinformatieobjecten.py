"""Objectinformatieobjecten: the mirror of a relation in the Zaken or Besluiten API.

Foreign objects are checked over real HTTP (a loopback "Zaken API"); objects of this
deployment through the relation checker the Zaken component registers (simulated here).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from fastapi import FastAPI

from fundament.common.db import Database
from fundament.common.urls import LocalResource
from fundament.components.documenten.services import objectinformatieobjecten as mirrors
from fundament.components.documenten.services import relations
from fundament.settings import Settings
from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import PART_SIZE, Documenten, ForeignApis
from tests.conftest import settings_for

ZAAK_UUID = "11111111-2222-4333-8444-555555555555"


@pytest.fixture
def zaak(foreign: str) -> Iterator[str]:
    """A zaak in the foreign Zaken API."""
    url = f"{foreign}/zaken/api/v1/zaken/{ZAAK_UUID}"
    ForeignApis.zaken[url] = {"url": url, "zaaktype": f"{foreign}/zaaktype"}
    yield url
    ForeignApis.zaken.pop(url, None)
    ForeignApis.relations.clear()


def oio(document: str, object_url: str, object_type: str = "zaak") -> dict[str, str]:
    return {"informatieobject": document, "object": object_url, "objectType": object_type}


async def test_drc_002_to_004_with_a_foreign_zaak(
    client: httpx.AsyncClient, admin: dict[str, str], document: dict, zaak: str, foreign: str
):
    async def post(body: dict[str, str]) -> httpx.Response:
        return await client.post(h.OIO, json=body, headers=admin)

    # drc-002: the object must resolve, to a zaak or besluit.
    assert h.first_param(await post(oio(document["url"], f"{foreign}/404"))) == (
        "object",
        "bad-url",
    )
    assert h.first_param(await post(oio(document["url"], f"{foreign}/404", "besluit"))) == (
        "object",
        "bad-url",
    )
    assert h.first_param(await post(oio(document["url"], f"{foreign}/html"))) == (
        "object",
        "invalid-resource",
    )
    assert h.first_param(await post(oio(document["url"], zaak, "besluit"))) == (
        "object",
        "invalid-resource",
    )
    # drc-004: the relation must exist in the Zaken API.
    assert h.first_param(await post(oio(document["url"], zaak))) == (
        "nonFieldErrors",
        "inconsistent-relation",
    )
    ForeignApis.relations.add((zaak, document["url"]))
    created = await post(oio(document["url"], zaak))
    assert created.status_code == 201, created.text
    assert created.json()["objectType"] == "zaak"
    # drc-003: once.
    assert h.first_param(await post(oio(document["url"], zaak))) == ("nonFieldErrors", "unique")
    # drc-008: the document is not deleted while the mirror exists.
    delete = await client.delete(h.path_of(document["url"]), headers=admin)
    assert h.first_param(delete) == ("nonFieldErrors", "pending-relations")
    # The mirror goes only after the relation went at the source.
    path = h.path_of(created.json()["url"])
    refused = await client.delete(path, headers=admin)
    assert h.first_param(refused) == ("nonFieldErrors", "remote-relation-exists")
    ForeignApis.relations.clear()
    assert (await client.delete(path, headers=admin)).status_code == 204
    assert (await client.delete(h.path_of(document["url"]), headers=admin)).status_code == 204


async def test_list_filters_and_read(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str, zaak: str
):
    one, two = await api.create(iotype), await api.create(iotype)
    for document in (one, two):
        ForeignApis.relations.add((zaak, document["url"]))
    first = await api.post(h.OIO, oio(one["url"], zaak))
    second = await api.post(h.OIO, oio(two["url"], zaak))

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(h.OIO, params=params, headers=admin))

    assert await listed() == [first["url"], second["url"]]
    assert await listed(object=zaak) == [first["url"], second["url"]]
    assert await listed(object=zaak, informatieobject=two["url"]) == [second["url"]]
    assert await listed(object="http://elders/zaken/1") == []
    read = await client.get(h.path_of(first["url"]), headers=admin)
    assert read.json() == first
    assert (await client.head(h.path_of(first["url"]), headers=admin)).status_code == 200
    expanded = await client.get(
        h.path_of(first["url"]), params={"expand": "informatieobject"}, headers=admin
    )
    assert expanded.json()["_expand"]["informatieobject"]["url"] == one["url"]


@pytest.fixture
def settings(database: Database, tmp_path: Path) -> Settings:
    """Without the Zaken and Besluiten components: these tests stand in for them (the Zaken
    tests cover the real thing, zrc-005)."""
    return settings_for(
        database, tmp_path, without=("zaken", "besluiten"), documenten_part_size=PART_SIZE
    )


@pytest.fixture
def local_zaken(app: FastAPI, database: Database) -> Iterator[set[tuple[str, str]]]:
    """This deployment "has" a Zaken API: its zaken resolve locally and its relations are
    answered by a registered relation checker (as the Zaken component will do)."""
    related: set[tuple[str, str]] = set()

    async def load(session: Any, key: Any, api_root: str) -> dict[str, Any]:
        return {"url": f"{api_root}/zaken/{key}", "zaaktype": "http://testserver/zt"}

    async def checker(session: Any, object_url: str, informatieobject_url: str) -> bool:
        return (object_url, informatieobject_url) in related

    app.state.resolver.register(LocalResource("/zaken/api/v1", "zaken", load))
    relations.register_relation_checker("zaak", checker)
    yield related
    relations.unregister_relation_checker("zaak")


async def test_local_zaak_relations_use_the_registered_checker_and_the_mirror_functions(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    document: dict,
    local_zaken: set[tuple[str, str]],
    database: Database,
):
    zaak = f"http://testserver/zaken/api/v1/zaken/{ZAAK_UUID}"
    body = oio(document["url"], zaak)
    assert h.first_param(await client.post(h.OIO, json=body, headers=admin)) == (
        "nonFieldErrors",
        "inconsistent-relation",
    )
    # The Zaken component adds its relation and the mirror in one transaction (zrc-005).
    local_zaken.add((zaak, document["url"]))
    async with database.session() as session:
        await mirrors.create_mirror(session, UUID(h.uuid_of(document["url"])), zaak, "zaak")
        await session.commit()
    assert h.first_param(await client.post(h.OIO, json=body, headers=admin)) == (
        "nonFieldErrors",
        "unique",
    )
    [mirror] = (await client.get(h.OIO, params={"object": zaak}, headers=admin)).json()
    refused = await client.delete(h.path_of(mirror["url"]), headers=admin)
    assert h.first_param(refused) == ("nonFieldErrors", "remote-relation-exists")
    local_zaken.clear()
    async with database.session() as session:
        await mirrors.delete_mirror(session, UUID(h.uuid_of(document["url"])), zaak)
        await session.commit()
    assert (await client.get(h.OIO, params={"object": zaak}, headers=admin)).json() == []


async def test_a_local_zaak_without_a_zaken_component_is_a_bad_url(
    client: httpx.AsyncClient, admin: dict[str, str], document: dict
):
    zaak = f"http://testserver/zaken/api/v1/zaken/{ZAAK_UUID}"
    response = await client.post(h.OIO, json=oio(document["url"], zaak), headers=admin)
    assert h.first_param(response) == ("object", "bad-url")


async def test_a_foreign_besluit_and_a_failing_source_api(
    client: httpx.AsyncClient, admin: dict[str, str], document: dict, foreign: str
):
    besluit = f"{foreign}/besluiten/api/v1/besluiten/{ZAAK_UUID}"
    broken = f"{foreign}/kapot/zaken/{ZAAK_UUID}"
    ForeignApis.zaken[besluit] = {"url": besluit, "besluittype": f"{foreign}/besluittype"}
    ForeignApis.zaken[broken] = {"url": broken, "zaaktype": f"{foreign}/zaaktype"}
    try:
        ForeignApis.relations.add((besluit, document["url"]))
        created = await client.post(
            h.OIO, json=oio(document["url"], besluit, "besluit"), headers=admin
        )
        assert created.status_code == 201, created.text
        assert created.json()["objectType"] == "besluit"
        failing = await client.post(h.OIO, json=oio(document["url"], broken), headers=admin)
        assert h.first_param(failing) == ("nonFieldErrors", "relation-lookup-error")
    finally:
        ForeignApis.zaken.pop(besluit, None)
        ForeignApis.zaken.pop(broken, None)
        ForeignApis.relations.clear()
