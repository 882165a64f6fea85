"""The streaming JSON body reader: `inhoud` decoded piece by piece, whatever the chunking."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from fundament.common.errors import ValidationFailed
from fundament.components.documenten.storage import FileSystemStorage
from fundament.components.documenten.upload import read_json_body


async def _chunks(body: bytes, size: int) -> AsyncIterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


def _files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


async def _read(storage: FileSystemStorage, body: bytes, size: int = 7):
    parsed = await read_json_body(_chunks(body, size), storage)
    content = b""
    if parsed.inhoud.content is not None:
        content = b"".join([chunk async for chunk in storage.read(parsed.inhoud.content.key)])
    return parsed, content


@pytest.mark.parametrize("size", [1, 2, 3, 5, 64, 10_000])
async def test_inhoud_is_split_off_at_any_chunking(tmp_path: Path, size: int):
    storage = FileSystemStorage(tmp_path)
    data = os.urandom(3000)
    body = json.dumps(
        {"titel": 'a "quoted" \\ title', "inhoud": base64.b64encode(data).decode(), "x": [1, {}]}
    ).encode()
    parsed, content = await _read(storage, body, size)
    assert parsed.data == {"titel": 'a "quoted" \\ title', "x": [1, {}]}
    assert parsed.inhoud.sent is True
    assert content == data
    assert parsed.inhoud.content is not None and parsed.inhoud.content.size == 3000


async def test_json_escapes_and_a_data_uri_prefix_are_understood(tmp_path: Path):
    storage = FileSystemStorage(tmp_path)
    encoded = base64.b64encode(b"\xff\xfe\xfd" * 40).decode()
    escaped = encoded.replace("/", "\\/")[:20] + "\\n" + encoded.replace("/", "\\/")[20:]
    body = ('{"inhoud": "data:application/pdf;base64,' + escaped + '"}').encode()
    _, content = await _read(storage, body, 3)
    assert content == b"\xff\xfe\xfd" * 40
    unicode = b'{"inhoud": "\\u0063\\u0033\\u0052\\u0079aW5n"}'
    _, content = await _read(storage, unicode, 4)
    assert content == b"string"


async def test_nested_inhoud_keys_stay_metadata(tmp_path: Path):
    storage = FileSystemStorage(tmp_path)
    body = b'{"ondertekening": {"inhoud": "abc"}, "lijst": ["inhoud", "x"], "inhoud": null}'
    parsed, _ = await _read(storage, body)
    assert parsed.data == {"ondertekening": {"inhoud": "abc"}, "lijst": ["inhoud", "x"]}
    assert parsed.inhoud.sent is True and parsed.inhoud.content is None
    absent, _ = await _read(storage, b'{"titel": "x"}')
    assert absent.inhoud.sent is False
    empty, _ = await _read(storage, b'{"inhoud": ""}')
    assert empty.inhoud.sent is True and empty.inhoud.content is None
    assert _files(tmp_path) == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b'{"inhoud": "c3Ry*W5n"}', "invalid-base64"),
        (b'{"inhoud": "c3RyaW5"}', "incorrect-base64-padding"),
        (b'{"inhoud": "c3Q=c3Q="}', "invalid-base64"),
        (b'{"inhoud": "c3Ry aW5n"}', "invalid-base64"),
        (b'{"inhoud": "c3Ry\\"aW5n"}', "invalid-base64"),
        (b'{"inhoud": 12}', "invalid"),
        (b'{"inhoud": "c3RyaW5n", "inhoud": "c3RyaW5n"}', "invalid"),
        (b'{"titel": "x", "inhoud": "c3RyaW5n"', "parse_error"),
        (b'{"titel": "x", "inhoud": "c3RyaW', "parse_error"),
        (b'{"titel": }', "parse_error"),
        (b"", "parse_error"),
    ],
)
async def test_bad_bodies_are_400_and_leave_nothing_stored(tmp_path: Path, body: bytes, code: str):
    storage = FileSystemStorage(tmp_path)
    with pytest.raises(ValidationFailed) as failure:
        await read_json_body(_chunks(body, 3), storage)
    assert failure.value.invalid_params[0].code == code
    assert _files(tmp_path) == []


async def test_oversized_metadata_is_refused(tmp_path: Path):
    storage = FileSystemStorage(tmp_path)
    body = json.dumps({"beschrijving": "x" * (2 << 20)}).encode()
    with pytest.raises(ValidationFailed) as failure:
        await read_json_body(_chunks(body, 65536), storage)
    assert failure.value.invalid_params[0].code == "max_length"


def test_storage_keys_cannot_leave_the_root(tmp_path: Path):
    with pytest.raises(ValueError):
        FileSystemStorage(tmp_path).local_path("../../etc/passwd")
