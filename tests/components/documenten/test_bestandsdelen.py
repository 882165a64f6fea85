"""Chunked upload: create with bestandsomvang, PUT each part with the lock, unlock merges."""

from __future__ import annotations

import os

import httpx

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import PART_SIZE, Documenten


def put_part(
    client: httpx.AsyncClient, url: str, data: bytes, lock: str, headers: dict[str, str]
) -> httpx.Request:
    return client.put(
        h.path_of(url),
        data={"lock": lock},
        files={"inhoud": ("deel.bin", data, "application/octet-stream")},
        headers=headers,
    )


async def test_chunked_upload_creates_locked_parts_and_unlock_merges_them(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str, settings
):
    content = os.urandom(2 * PART_SIZE + 123)
    created = await api.create(iotype, inhoud=None, bestandsomvang=len(content))
    assert created["locked"] is True
    assert created["inhoud"] is None
    lock = created["lock"]
    delen = created["bestandsdelen"]
    assert [(d["volgnummer"], d["omvang"], d["voltooid"]) for d in delen] == [
        (1, PART_SIZE, False),
        (2, PART_SIZE, False),
        (3, 123, False),
    ]
    assert all(d["lock"] == lock for d in delen)
    # Readers do not see the lock.
    read = await api.get(created["url"])
    assert "lock" not in read and all("lock" not in d for d in read["bestandsdelen"])

    chunks = [content[:PART_SIZE], content[PART_SIZE : 2 * PART_SIZE], content[2 * PART_SIZE :]]
    # Parts may arrive in any order; they are merged by volgnummer.
    for deel, chunk in reversed(list(zip(delen, chunks, strict=True))):
        response = await put_part(client, deel["url"], chunk, lock, admin)
        assert response.status_code == 200, response.text
        assert response.json() == {
            "url": deel["url"],
            "lock": lock,
            "omvang": len(chunk),
            "voltooid": True,
            "volgnummer": deel["volgnummer"],
        }
    assert (await api.get(created["url"]))["inhoud"] is None  # nothing visible before unlock
    await api.unlock(created["url"], lock)
    done = await api.get(created["url"])
    assert done["locked"] is False
    assert done["bestandsdelen"] == []
    assert done["bestandsomvang"] == len(content)
    assert await api.download(created["url"]) == content
    # Only the merged content stays in storage.
    files = [p for p in (settings.data_dir / "documenten").rglob("*") if p.is_file()]
    assert len(files) == 1


async def test_parts_of_the_wrong_size_or_with_the_wrong_lock_are_refused(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    created = await api.create(iotype, inhoud=None, bestandsomvang=PART_SIZE + 10)
    first, _second = created["bestandsdelen"]
    lock = created["lock"]
    short = await put_part(client, first["url"], b"x" * 10, lock, admin)
    assert h.first_param(short) == ("nonFieldErrors", "file-size")
    wrong = await put_part(client, first["url"], b"x" * PART_SIZE, "0" * 32, admin)
    assert h.first_param(wrong) == ("nonFieldErrors", "incorrect-lock-id")
    no_lock = await client.put(
        h.path_of(first["url"]), files={"inhoud": ("d", b"x" * PART_SIZE)}, headers=admin
    )
    assert h.first_param(no_lock) == ("lock", "required")
    as_json = await client.put(h.path_of(first["url"]), json={"lock": lock}, headers=admin)
    h.assert_problem(as_json, 415)
    broken = await client.put(
        h.path_of(first["url"]),
        content=b'--xyz\r\nContent-Disposition: form-data; name="inhoud"\r\n\r\nabc',
        headers={**admin, "Content-Type": "multipart/form-data; boundary=xyz"},
    )
    assert h.first_param(broken)[1] == "parse_error"
    missing = await put_part(client, f"{h.ROOT}/bestandsdelen/{h.MISSING_UUID}", b"x", lock, admin)
    h.assert_problem(missing, 404)
    # One part uploaded, one missing: unlocking with the lock is refused.
    assert (await put_part(client, first["url"], b"x" * PART_SIZE, lock, admin)).status_code == 200
    response = await client.post(
        f"{h.path_of(created['url'])}/unlock", json={"lock": lock}, headers=admin
    )
    assert response.status_code == 204  # the superuser forces: the incomplete upload is dropped
    done = await api.get(created["url"])
    assert (done["inhoud"], done["bestandsomvang"], done["bestandsdelen"]) == (None, None, [])


async def test_unlock_of_an_incomplete_upload_needs_force(
    client: httpx.AsyncClient, admin: dict[str, str], clients, api: Documenten, iotype: str
):
    writer = await clients.with_autorisaties(
        "drc-writer", [h.drc(h.LEZEN, h.AANMAKEN, h.BIJWERKEN, h.LOCK, iotype=iotype)], admin
    )
    created = await Documenten(client, writer).create(
        iotype, inhoud=None, bestandsomvang=PART_SIZE + 1
    )
    lock = created["lock"]
    unlock = f"{h.path_of(created['url'])}/unlock"
    nothing = await client.post(unlock, json={"lock": lock}, headers=writer)
    assert h.first_param(nothing) == ("nonFieldErrors", "file-size")
    first = created["bestandsdelen"][0]
    assert (await put_part(client, first["url"], b"x" * PART_SIZE, lock, writer)).status_code == 200
    incomplete = await client.post(unlock, json={"lock": lock}, headers=writer)
    assert h.first_param(incomplete) == ("nonFieldErrors", "incomplete-upload")


async def test_an_update_can_start_a_new_chunked_upload(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, document: dict
):
    lock = await api.lock(document["url"])
    patch = await client.patch(
        h.path_of(document["url"]),
        json={"inhoud": None, "bestandsomvang": 5, "lock": lock},
        headers=admin,
    )
    assert patch.status_code == 200, patch.text
    assert patch.json()["versie"] == 2
    [deel] = patch.json()["bestandsdelen"]
    assert (await put_part(client, deel["url"], b"abcde", lock, admin)).status_code == 200
    await api.unlock(document["url"], lock)
    assert await api.download(document["url"]) == b"abcde"
    assert await api.download(document["url"], versie=1) == b"string"
