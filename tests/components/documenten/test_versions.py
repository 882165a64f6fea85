"""Versions: every PUT/PATCH adds one; `?versie=` and `?registratieOp=` on read and download."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten


async def test_updates_add_versions_and_old_versions_stay_readable(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    created = await api.create(iotype)
    url, path = created["url"], h.path_of(created["url"])
    lock = await api.lock(url)
    put = await client.put(
        path,
        json=h.informatieobject(
            iotype, lock=lock, titel="twee", inhoud=h.b64(b"tweede"), bestandsomvang=6
        ),
        headers=admin,
    )
    assert put.status_code == 200, put.text
    assert put.json()["versie"] == 2
    assert put.json()["inhoud"] == f"{url}/download?versie=2"
    patch = await client.patch(path, json={"titel": "drie", "lock": lock}, headers=admin)
    assert patch.json()["versie"] == 3
    # A PATCH without inhoud keeps the content of the version before.
    assert patch.json()["bestandsomvang"] == 6
    await api.unlock(url, lock)

    assert (await api.get(url))["titel"] == "drie"
    assert (await api.get(url, versie=1))["titel"] == "testobject"
    assert (await api.get(url, versie=2))["titel"] == "twee"
    assert await api.download(url, versie=1) == b"string"
    assert await api.download(url, versie=2) == b"tweede"
    assert await api.download(url, versie=3) == b"tweede"
    assert await api.download(url) == b"tweede"
    h.assert_problem(await client.get(path, params={"versie": 4}, headers=admin), 404)
    h.assert_problem(await client.get(f"{path}/download", params={"versie": 9}, headers=admin), 404)
    assert h.first_param(await client.get(path, params={"versie": "x"}, headers=admin)) == (
        "versie",
        "invalid",
    )


async def test_registratie_op_picks_the_version_registered_last_before_it(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    created = await api.create(iotype)
    url = created["url"]
    first = datetime.fromisoformat(created["beginRegistratie"].replace("Z", "+00:00"))
    lock = await api.lock(url)
    second = await client.patch(
        h.path_of(url),
        json={"lock": lock, "inhoud": h.b64(b"nieuw!"), "bestandsomvang": 6},
        headers=admin,
    )
    assert second.status_code == 200, second.text
    between = (
        first
        + (datetime.fromisoformat(second.json()["beginRegistratie"].replace("Z", "+00:00")) - first)
        / 2
    )
    assert (await api.get(url, registratieOp=between.isoformat()))["versie"] == 1
    now = datetime.now(UTC).isoformat()
    assert (await api.get(url, registratieOp=now))["versie"] == 2
    assert await api.download(url, registratieOp=between.isoformat()) == b"string"
    assert await api.download(url, registratieOp=now, versie=2) == b"nieuw!"
    before = (first - timedelta(days=1)).isoformat()
    h.assert_problem(
        await client.get(h.path_of(url), params={"registratieOp": before}, headers=admin), 404
    )
    naive = (datetime.now(UTC) + timedelta(hours=1)).replace(tzinfo=None).isoformat()
    assert (await api.get(url, registratieOp=naive))["versie"] == 2
    assert h.first_param(
        await client.get(h.path_of(url), params={"registratieOp": "gisteren"}, headers=admin)
    ) == ("registratieOp", "invalid")


async def test_put_without_inhoud_replaces_the_content_with_none(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    created = await api.create(iotype)
    lock = await api.lock(created["url"])
    body = h.informatieobject(iotype, lock=lock, bestandsomvang=None)
    del body["inhoud"]
    put = await client.put(h.path_of(created["url"]), json=body, headers=admin)
    assert put.status_code == 200, put.text
    assert put.json()["inhoud"] is None
    assert await api.download(created["url"], versie=1) == b"string"
