"""drc-009/010: checkout with an unguessable lock id; writes need it; forced unlock."""

from __future__ import annotations

import re

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten
from tests.conftest import Clients


async def test_lock_codes_of_the_suite(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    api: Documenten,
    iotype: str,
):
    limited = await clients.with_autorisaties(
        "drc-locker",
        [h.drc(h.LEZEN, h.BIJWERKEN, h.LOCK, iotype=iotype, max_vertrouwelijkheid="geheim")],
        admin,
    )
    created = await api.create(iotype)
    path = h.path_of(created["url"])
    body = h.informatieobject(iotype, titel="aangepast")
    # drc-009a/b: an unlocked document is not written, whatever lock is given.
    put = await client.put(path, json={**body, "lock": "some_incorrect_lock"}, headers=limited)
    assert h.first_param(put) == ("nonFieldErrors", "unlocked")
    patch = await client.patch(path, json={"auteur": "x"}, headers=limited)
    assert h.first_param(patch) == ("nonFieldErrors", "unlocked")
    # drc-009c: locking answers a hex lock id; the next one differs.
    locked = await client.post(f"{path}/lock", headers=limited)
    assert locked.status_code == 200
    lock = locked.json()["lock"]
    assert re.fullmatch(r"[0-9a-f]{32}", lock)
    assert (await api.get(created["url"]))["locked"] is True
    again = await client.post(f"{path}/lock", headers=limited)
    assert h.first_param(again) == ("nonFieldErrors", "existing-lock")
    # drc-009d/e: the lock is required (PUT: the field; PATCH: `missing-lock-id`).
    assert h.first_param(await client.put(path, json=body, headers=limited)) == (
        "lock",
        "required",
    )
    patch = await client.patch(path, json={"titel": "x"}, headers=limited)
    assert h.first_param(patch) == ("nonFieldErrors", "missing-lock-id")
    # drc-009f/g: with the lock, both write.
    put = await client.put(path, json={**body, "lock": lock}, headers=limited)
    assert put.status_code == 200, put.text
    assert put.json()["titel"] == "aangepast"
    patch = await client.patch(path, json={"auteur": "nieuw", "lock": lock}, headers=limited)
    assert patch.json()["auteur"] == "nieuw"
    # drc-009h/i: a wrong lock id.
    put = await client.put(path, json={**body, "lock": "some_incorrect_lock_id"}, headers=limited)
    assert h.first_param(put) == ("nonFieldErrors", "incorrect-lock-id")
    patch = await client.patch(path, json={"auteur": "x", "lock": "wrong"}, headers=limited)
    assert h.first_param(patch) == ("nonFieldErrors", "incorrect-lock-id")
    # drc-009j: unlocking without the lock id and without the forced scope.
    unlock = await client.post(f"{path}/unlock", headers=limited)
    assert h.first_param(unlock) == ("nonFieldErrors", "incorrect-lock-id")
    # drc-009k: documenten.geforceerd-unlock unlocks without it.
    forced = await client.post(f"{path}/unlock", headers=admin)
    assert forced.status_code == 204
    assert (await api.get(created["url"]))["locked"] is False


async def test_unlock_with_the_lock_id(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    api: Documenten,
    document: dict,
):
    lock = await api.lock(document["url"])
    path = h.path_of(document["url"])
    wrong = await client.post(f"{path}/unlock", json={"lock": "nope"}, headers=admin)
    assert wrong.status_code == 204  # the superuser may force
    lock = await api.lock(document["url"])
    await api.unlock(document["url"], lock)
    assert (await api.get(document["url"]))["locked"] is False


async def test_lock_needs_the_lock_scope_for_the_type(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    api: Documenten,
    document: dict,
    iotype: str,
):
    reader = await clients.with_autorisaties("drc-reader", [h.drc(h.LEZEN, iotype=iotype)], admin)
    other_type = await api.iotype()
    elsewhere = await clients.with_autorisaties(
        "drc-elsewhere", [h.drc(h.LOCK, iotype=other_type)], admin
    )
    path = h.path_of(document["url"])
    h.assert_problem(await client.post(f"{path}/lock", headers=reader), 403)
    h.assert_problem(await client.post(f"{path}/lock", headers=elsewhere), 403)
