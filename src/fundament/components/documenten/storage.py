"""Where document contents live: a small streaming interface, and its filesystem backend.

Contents never pass through the database and are never held whole in memory: writers take
chunks, readers yield chunks. A writer's content becomes visible under its key only on
`commit()` (the filesystem backend renames a `.part` file), so readers never see half a file.
An S3-compatible backend implements the same protocol: `writer()` as a multipart upload,
`read()` as a streamed GetObject, `delete()` as DeleteObjects.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import anyio

READ_CHUNK = 1 << 20  # bytes per chunk when streaming a content out
_WRITE_BUFFER = 1 << 20  # bytes gathered before one write to disk


@dataclass(frozen=True, slots=True)
class Stored:
    """A committed content: its key and its size in bytes."""

    key: str
    size: int


class ContentWriter(Protocol):
    """Receives one content in chunks; nothing is visible until `commit()`."""

    @property
    def size(self) -> int: ...

    async def write(self, data: bytes) -> None: ...

    async def commit(self) -> Stored: ...

    async def abort(self) -> None: ...


class Storage(Protocol):
    """A content store addressed by opaque keys."""

    def writer(self) -> ContentWriter: ...

    def read(self, key: str, chunk_size: int = READ_CHUNK) -> AsyncIterator[bytes]: ...

    def local_path(self, key: str) -> Path | None:
        """The file of a key when the backend keeps files (lets a download use sendfile)."""
        ...

    async def delete(self, keys: Iterable[str]) -> None: ...


def new_key() -> str:
    """A fresh key, spread over month directories: `2026/11/<32 hex>`."""
    now = datetime.now(UTC)
    return f"{now:%Y/%m}/{uuid.uuid4().hex}"


class FileWriter:
    """Writes to `<key>.part` with buffered thread-pool writes; `commit()` renames it."""

    def __init__(self, root: Path) -> None:
        self._key = new_key()
        self._final = root / self._key
        self._part = self._final.with_name(self._final.name + ".part")
        self._file: anyio.AsyncFile[bytes] | None = None
        self._buffer = bytearray()
        self._size = 0

    @property
    def size(self) -> int:
        return self._size

    async def _open(self) -> anyio.AsyncFile[bytes]:
        if self._file is None:
            await anyio.Path(self._part.parent).mkdir(parents=True, exist_ok=True)
            self._file = await anyio.open_file(self._part, "wb")
        return self._file

    async def _flush(self) -> None:
        file = await self._open()
        if self._buffer:
            await file.write(bytes(self._buffer))
            self._buffer.clear()

    async def write(self, data: bytes) -> None:
        self._size += len(data)
        self._buffer += data
        if len(self._buffer) >= _WRITE_BUFFER:
            await self._flush()

    async def commit(self) -> Stored:
        await self._flush()
        assert self._file is not None
        await self._file.aclose()
        await anyio.to_thread.run_sync(os.replace, self._part, self._final)
        return Stored(self._key, self._size)

    async def abort(self) -> None:
        self._buffer.clear()
        if self._file is not None:
            await self._file.aclose()
        await anyio.to_thread.run_sync(_unlink, self._part)


def _unlink(path: Path) -> None:
    path.unlink(missing_ok=True)


class FileSystemStorage:
    """Contents as files under one directory (the default: `<data dir>/documenten`)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"storage key outside the storage root: {key!r}")
        return path

    def writer(self) -> FileWriter:
        return FileWriter(self.root)

    async def read(self, key: str, chunk_size: int = READ_CHUNK) -> AsyncIterator[bytes]:
        async with await anyio.open_file(self._path(key), "rb") as file:
            while chunk := await file.read(chunk_size):
                yield chunk

    def local_path(self, key: str) -> Path | None:
        return self._path(key)

    async def delete(self, keys: Iterable[str]) -> None:
        for key in keys:
            await anyio.to_thread.run_sync(_unlink, self._path(key))


async def copy_into(storage: Storage, writer: ContentWriter, keys: Iterable[str]) -> None:
    """Append the contents of `keys`, in order, to `writer` (merging bestandsdelen)."""
    for key in keys:
        async for chunk in storage.read(key):
            await writer.write(chunk)
