"""Bench: a large document (default 512 MiB) up and down through `fundament serve`, with the
server's peak resident memory (VmHWM) — issue 4's "a 2 GiB document is never held in memory".

Usage: .venv/bin/python bench/documenten_large_file.py [SIZE_MIB]
Runs a throw-away SQLite deployment in a temporary directory; prints times and peak RSS.
"""

from __future__ import annotations

import base64
import hashlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

CHUNK = 3 * 256 * 1024
BIN = Path(sys.executable).parent / "fundament"
BLOCK = os.urandom(CHUNK)  # repeated: generating content is not what is measured


def pieces(size: int, offset: int = 0) -> Iterator[bytes]:
    """Bytes `offset` … `offset + size` of the content (BLOCK repeated)."""
    position, end = offset, offset + size
    while position < end:
        start = position % CHUNK
        piece = BLOCK[start : min(CHUNK, start + end - position)]
        yield piece
        position += len(piece)


def json_body(size: int, iotype: str) -> Iterator[bytes]:
    yield (
        b'{"bronorganisatie": "000000000", "creatiedatum": "2019-01-01", "titel": "groot", '
        b'"auteur": "bench", "taal": "nld", "informatieobjecttype": "'
        + iotype.encode()
        + b'", "inhoud": "'
    )
    for piece in pieces(size):
        yield base64.b64encode(piece)
    yield b'"}'


def part_body(offset: int, size: int, lock: str) -> Iterator[bytes]:
    yield (
        b'--b\r\nContent-Disposition: form-data; name="lock"\r\n\r\n' + lock.encode() + b"\r\n"
        b'--b\r\nContent-Disposition: form-data; name="inhoud"; filename="d"\r\n\r\n'
    )
    yield from pieces(size, offset)
    yield b"\r\n--b--\r\n"


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def sha_of_download(http: httpx.Client, url: str) -> str:
    digest = hashlib.sha256()
    with http.stream("GET", f"{url}/download") as response:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            digest.update(chunk)
    return digest.hexdigest()


def main() -> None:
    size = int(float(sys.argv[1]) * 2**20) if len(sys.argv) > 1 else 512 * 2**20
    digest = hashlib.sha256()
    for piece in pieces(size):
        digest.update(piece)
    expected = digest.hexdigest()
    with tempfile.TemporaryDirectory() as data:
        env = {
            **os.environ,
            "FUNDAMENT_DATA_DIR": data,
            "FUNDAMENT_COMPONENTS": "autorisaties,catalogi,documenten",
            "FUNDAMENT_DEMO_CLIENT": "false",
            "FUNDAMENT_DOCUMENTEN_PART_SIZE": str(128 * 2**20),
            "FUNDAMENT_LOG_LEVEL": "WARNING",
        }
        subprocess.run(
            [BIN, "client", "add", "bench", "--secret", "s", "--superuser"],
            env=env,
            check=True,
            capture_output=True,
        )
        token = (
            subprocess.run(
                [BIN, "token", "bench"], env=env, check=True, capture_output=True, text=True
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen(
            [BIN, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env
        )
        base = f"http://127.0.0.1:{port}"
        headers = {"Authorization": f"Bearer {token}"}
        try:
            with httpx.Client(base_url=base, headers=headers, timeout=600) as http:
                for _ in range(100):
                    try:
                        http.get("/_health")
                        break
                    except httpx.TransportError:
                        time.sleep(0.1)
                catalogus = http.post(
                    "/catalogi/api/v1/catalogussen",
                    json={"domein": "BENCH", "rsin": "000000000", "contactpersoonBeheerNaam": "b"},
                ).json()
                iotype = http.post(
                    "/catalogi/api/v1/informatieobjecttypen",
                    json={
                        "catalogus": catalogus["url"],
                        "omschrijving": "groot",
                        "vertrouwelijkheidaanduiding": "openbaar",
                        "beginGeldigheid": "2019-01-01",
                        "informatieobjectcategorie": "bench",
                    },
                ).json()["url"]
                http.post(f"{iotype.removeprefix(base)}/publish").raise_for_status()
                baseline = peak_rss_mib(server.pid)

                start = time.perf_counter()
                created = http.post(
                    "/documenten/api/v1/enkelvoudiginformatieobjecten",
                    content=json_body(size, iotype),
                    headers={"Content-Type": "application/json"},
                )
                created.raise_for_status()
                url = created.json()["url"].removeprefix(base)
                up = time.perf_counter() - start
                start = time.perf_counter()
                assert sha_of_download(http, url) == expected
                down = time.perf_counter() - start
                print(
                    f"base64 JSON upload {size / 2**20:.0f} MiB: {up:.1f} s; download {down:.1f} s"
                )

                start = time.perf_counter()
                chunked = http.post(
                    "/documenten/api/v1/enkelvoudiginformatieobjecten",
                    json={
                        "bronorganisatie": "000000000",
                        "creatiedatum": "2019-01-01",
                        "titel": "delen",
                        "auteur": "bench",
                        "taal": "nld",
                        "informatieobjecttype": iotype,
                        "bestandsomvang": size,
                    },
                ).json()
                offset = 0
                for deel in chunked["bestandsdelen"]:
                    http.put(
                        deel["url"].removeprefix(base),
                        content=part_body(offset, deel["omvang"], chunked["lock"]),
                        headers={"Content-Type": "multipart/form-data; boundary=b"},
                    ).raise_for_status()
                    offset += deel["omvang"]
                url = chunked["url"].removeprefix(base)
                http.post(f"{url}/unlock", json={"lock": chunked["lock"]}).raise_for_status()
                print(
                    f"chunked upload ({len(chunked['bestandsdelen'])} parts) + merge: "
                    f"{time.perf_counter() - start:.1f} s"
                )
                assert sha_of_download(http, url) == expected
                print(
                    f"server peak RSS: {peak_rss_mib(server.pid):.0f} MiB "
                    f"(before the documents: {baseline:.0f} MiB)"
                )
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
