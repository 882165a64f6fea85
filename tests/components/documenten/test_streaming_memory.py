"""Contents stream: a ~50 MB document goes up (base64 JSON, then in bestandsdelen) and down
through a real HTTP server while Python's peak memory stays a fraction of its size.

The measurement is tracemalloc's peak over server and client together (same process), not a
timing: holding the content once would already cost 50 MB, its base64 67 MB.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import random
import socket
import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from fundament.app import create_app
from fundament.common.db import Database
from fundament.settings import Settings
from tests.components.documenten import helpers as h

SIZE = 50 * 1024 * 1024 + 17
CHUNK = 3 * 64 * 1024  # a multiple of 3: base64 of each chunk has no padding
PART = 16 * 1024 * 1024
PEAK_LIMIT = 20 * 1024 * 1024


def _content(seed: int, size: int = SIZE) -> tuple[list[tuple[int, int]], str]:
    """(offset, length) pieces of a deterministic content, and its sha256."""
    pieces = [(start, min(CHUNK, size - start)) for start in range(0, size, CHUNK)]
    digest = hashlib.sha256()
    for start, length in pieces:
        digest.update(_piece(seed, start, length))
    return pieces, digest.hexdigest()


def _piece(seed: int, start: int, length: int) -> bytes:
    return random.Random(seed * 1_000_003 + start).randbytes(length)


async def _json_body(seed: int, iotype: str) -> AsyncIterator[bytes]:
    pieces, _ = _content(seed)
    yield b'{"bronorganisatie": "000000000", "creatiedatum": "2019-01-01", "titel": "groot", '
    yield b'"auteur": "test", "taal": "nld", "informatieobjecttype": "' + iotype.encode() + b'",'
    yield b' "inhoud": "'
    for start, length in pieces:
        yield base64.b64encode(_piece(seed, start, length))
    yield b'"}'


async def _part_body(seed: int, offset: int, size: int, lock: str) -> AsyncIterator[bytes]:
    yield (
        b'--grens\r\nContent-Disposition: form-data; name="lock"\r\n\r\n' + lock.encode() + b"\r\n"
        b'--grens\r\nContent-Disposition: form-data; name="inhoud"; filename="deel"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n"
    )
    end = offset + size
    for start in range(offset - offset % CHUNK, end, CHUNK):
        piece = _piece(seed, start, min(CHUNK, SIZE - start))
        yield piece[max(0, offset - start) : end - start]
    yield b"\r\n--grens--\r\n"


async def _sha256_of_download(http: httpx.AsyncClient, url: str, headers: dict) -> str:
    digest = hashlib.sha256()
    async with http.stream("GET", f"{url}/download", headers=headers) as response:
        assert response.status_code == 200
        async for chunk in response.aiter_bytes():
            digest.update(chunk)
    return digest.hexdigest()


@pytest.fixture
async def server(database: Database, tmp_path: Path) -> AsyncIterator[str]:
    """The app on a real loopback port, in this event loop."""
    settings = Settings(
        data_dir=tmp_path,
        database_url=database.url,
        url_allow_private=True,
        demo_client=False,
        documenten_part_size=PART,
    )
    app = create_app(settings, database)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    async with app.router.lifespan_context(app):
        task = asyncio.create_task(server.serve(sockets=[sock]))
        for _ in range(1000):
            if server.started:
                break
            await asyncio.sleep(0.01)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            await task
            sock.close()


async def test_large_documents_stream_up_and_down_without_being_held_in_memory(
    server: str, admin: dict[str, str], iotype: str
):
    _, expected = _content(seed=1)
    iotype_url = iotype.replace("http://testserver", server)
    async with httpx.AsyncClient(base_url=server, timeout=120) as http:
        tracemalloc.start()
        try:
            created = await http.post(
                h.EIO,
                content=_json_body(1, iotype_url),
                headers={**admin, "Content-Type": "application/json"},
            )
            assert created.status_code == 201, created.text
            document = created.json()
            assert document["bestandsomvang"] == SIZE
            path = h.path_of(document["url"].replace(server, "http://testserver"))
            assert await _sha256_of_download(http, path, admin) == expected

            chunked = await http.post(
                h.EIO,
                json={**h.informatieobject(iotype_url), "inhoud": None, "bestandsomvang": SIZE},
                headers=admin,
            )
            assert chunked.status_code == 201, chunked.text
            lock = chunked.json()["lock"]
            offset = 0
            for deel in chunked.json()["bestandsdelen"]:
                response = await http.put(
                    h.path_of(deel["url"].replace(server, "http://testserver")),
                    content=_part_body(1, offset, deel["omvang"], lock),
                    headers={**admin, "Content-Type": "multipart/form-data; boundary=grens"},
                )
                assert response.status_code == 200, response.text
                offset += deel["omvang"]
            chunked_path = h.path_of(chunked.json()["url"].replace(server, "http://testserver"))
            unlocked = await http.post(f"{chunked_path}/unlock", json={"lock": lock}, headers=admin)
            assert unlocked.status_code == 204, unlocked.text
            assert await _sha256_of_download(http, chunked_path, admin) == expected
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    print(f"peak traced memory for 2 x {SIZE} bytes up and down: {peak / 2**20:.1f} MiB")
    assert peak < PEAK_LIMIT
