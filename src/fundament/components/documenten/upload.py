"""A JSON body whose top-level `inhoud` is base64 of any size, read without holding it in memory.

The body streams through a small scanner: everything except the `inhoud` string is copied into
a metadata buffer (parsed with `json` afterwards, at most `MAX_METADATA` bytes); the characters
of `inhoud` go through an incremental base64 decoder straight into a storage writer. So a
request of gigabytes costs a few megabytes of memory (issue: "a 2 GiB document must not be held
in memory"; the OAS asks providers to accept bodies of at least 4 GiB).
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from fundament.common.errors import ValidationFailed
from fundament.components.documenten.storage import ContentWriter, Storage, Stored

MAX_METADATA = 1 << 20  # bytes of JSON besides `inhoud`
STREAMED = "fundament:streamed-inhoud"  # stands in for the streamed string in the metadata

_QUOTE, _BACKSLASH = ord('"'), ord("\\")
_LBRACE, _RBRACE, _LBRACKET, _RBRACKET = ord("{"), ord("}"), ord("["), ord("]")
_COLON, _COMMA = ord(":"), ord(",")
_SPECIAL = re.compile(rb'["\\]')
_BASE64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
_SIMPLE_ESCAPES = {ord("/"): b"/", ord("n"): b"", ord("r"): b"", ord("t"): b""}
_DATA_URI = b"data:"
_DATA_URI_END = b";base64,"


def invalid_base64(reason: str = "De inhoud is geen geldige base64.") -> ValidationFailed:
    return ValidationFailed.single("inhoud", "invalid-base64", reason)


def _too_large() -> ValidationFailed:
    return ValidationFailed.single(
        "nonFieldErrors", "max_length", "De metadata (alles behalve inhoud) is te groot."
    )


@dataclass(slots=True)
class Inhoud:
    """What a write body said about the content: whether `inhoud` was sent, and what it held."""

    sent: bool = False
    content: Stored | None = None  # None: null or "" (no content)


@dataclass(slots=True)
class ParsedBody:
    data: Any
    inhoud: Inhoud


class _Base64Sink:
    """Decodes base64 text arriving in pieces of any length and writes the bytes out."""

    def __init__(self, writer: ContentWriter) -> None:
        self.writer = writer
        self._pending = b""
        self._padded = False
        self._head: bytearray | None = bytearray()  # first bytes, to strip a `data:` URI prefix

    async def feed(self, text: bytes) -> None:
        if self._head is not None:
            self._head += text
            if len(self._head) < len(_DATA_URI) and _DATA_URI.startswith(bytes(self._head)):
                return
            if not self._head.startswith(_DATA_URI):
                text, self._head = bytes(self._head), None
            else:
                end = self._head.find(_DATA_URI_END)
                if end < 0:
                    if len(self._head) > 256:
                        raise invalid_base64()
                    return
                text, self._head = bytes(self._head[end + len(_DATA_URI_END) :]), None
        if not text:
            return
        if self._padded:
            raise invalid_base64("Er staan gegevens na de base64-opvulling (=).")
        data = self._pending + text
        cut = len(data) - len(data) % 4
        block, self._pending = data[:cut], data[cut:]
        if not block:
            return
        try:
            decoded = binascii.a2b_base64(block, strict_mode=True)
        except binascii.Error as exc:
            raise invalid_base64() from exc
        self._padded = block.endswith(b"=")
        await self.writer.write(decoded)

    async def finish(self) -> None:
        if self._head is not None:
            if self._head.startswith(_DATA_URI):
                raise invalid_base64()
            head, self._head = bytes(self._head), None
            await self.feed(head)
        if self._pending:
            raise ValidationFailed.single(
                "inhoud", "incorrect-base64-padding", "De base64-opvulling (=) klopt niet."
            )


class _Splitter:
    """The scanner: JSON structure outside strings, byte by byte; `inhoud` by regex search."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.meta = bytearray()
        self.stack: list[int] = []
        self.in_string = False
        self.escape = False
        self.key_position = False
        self.after_colon = False
        self.key: bytearray | None = None
        self.last_key: str | None = None
        self.sink: _Base64Sink | None = None  # set while inside the `inhoud` string
        self.pending_escape = bytearray()
        self.inhoud = Inhoud()

    @property
    def _in_top_object(self) -> bool:
        return self.stack == [_LBRACE]

    async def feed(self, chunk: bytes) -> None:
        pos, end = 0, len(chunk)
        while pos < end:
            if self.sink is not None:
                pos = await self._stream(chunk, pos)
            else:
                pos = self._scan(chunk, pos)

    def _scan(self, chunk: bytes, pos: int) -> int:
        """Copy metadata up to the start of the `inhoud` string (or the end of the chunk)."""
        while pos < len(chunk):
            char = chunk[pos]
            pos += 1
            if self.in_string:
                self._string_char(char)
            elif char == _QUOTE and self._starts_inhoud():
                self.meta += json.dumps(STREAMED).encode()
                self.after_colon = False
                self._begin_inhoud()
                return pos
            else:
                self._structure_char(char)
            if len(self.meta) > MAX_METADATA:
                raise _too_large()
        return pos

    def _string_char(self, char: int) -> None:
        self.meta.append(char)
        if self.escape:
            self.escape = False
        elif char == _BACKSLASH:
            self.escape = True
        elif char == _QUOTE:
            self.in_string = False
            if self.key is not None:
                try:
                    self.last_key = json.loads(b'"' + bytes(self.key) + b'"')
                except ValueError:
                    self.last_key = None  # the metadata parse reports the broken JSON
                self.key = None
                self.key_position = False
            return
        if self.key is not None:
            self.key.append(char)

    def _starts_inhoud(self) -> bool:
        return self._in_top_object and self.after_colon and self.last_key == "inhoud"

    def _structure_char(self, char: int) -> None:
        self.meta.append(char)
        if char == _QUOTE:
            self.in_string = True
            if self._in_top_object and self.key_position:
                self.key = bytearray()
            self.after_colon = False
        elif char in (_LBRACE, _LBRACKET):
            self.stack.append(char)
            self.key_position = self._in_top_object
            self.after_colon = False
        elif char in (_RBRACE, _RBRACKET):
            if self.stack:
                self.stack.pop()
            self.after_colon = False
        elif char == _COLON and self._in_top_object:
            self.after_colon = True
        elif char == _COMMA and self._in_top_object:
            self.key_position = True
            self.after_colon = False

    def _begin_inhoud(self) -> None:
        if self.inhoud.sent:
            raise ValidationFailed.single("inhoud", "invalid", "inhoud staat twee keer in de body.")
        self.inhoud.sent = True
        self.sink = _Base64Sink(self.storage.writer())

    async def _stream(self, chunk: bytes, pos: int) -> int:
        """Decode `inhoud` characters up to its closing quote (or the end of the chunk)."""
        assert self.sink is not None
        while pos < len(chunk):
            if self.pending_escape:
                pos = await self._escape(chunk, pos)
                continue
            match = _SPECIAL.search(chunk, pos)
            stop = match.start() if match else len(chunk)
            if stop > pos:
                await self.sink.feed(chunk[pos:stop])
            if match is None:
                return len(chunk)
            if chunk[stop] == _QUOTE:
                await self._end_inhoud()
                return stop + 1
            self.pending_escape.append(_BACKSLASH)
            pos = stop + 1
        return pos

    async def _escape(self, chunk: bytes, pos: int) -> int:
        """A JSON escape inside `inhoud`: `\\/` is a slash, `\\n` etc. are line breaks."""
        assert self.sink is not None
        needed = 6 if len(self.pending_escape) > 1 and self.pending_escape[1] == ord("u") else 2
        while pos < len(chunk) and len(self.pending_escape) < needed:
            self.pending_escape.append(chunk[pos])
            pos += 1
            if len(self.pending_escape) == 2 and self.pending_escape[1] == ord("u"):
                needed = 6
        if len(self.pending_escape) < needed:
            return pos
        escape, self.pending_escape = bytes(self.pending_escape), bytearray()
        if escape[1] in _SIMPLE_ESCAPES:
            await self.sink.feed(_SIMPLE_ESCAPES[escape[1]])
            return pos
        if escape[1] == ord("u"):
            try:
                code = int(escape[2:], 16)
            except ValueError as exc:
                raise invalid_base64() from exc
            if code in _BASE64:
                await self.sink.feed(bytes([code]))
                return pos
            if chr(code) in "\n\r\t ":
                return pos
        raise invalid_base64()

    async def _end_inhoud(self) -> None:
        assert self.sink is not None
        sink, self.sink = self.sink, None
        await sink.finish()
        if sink.writer.size == 0:
            await sink.writer.abort()
        else:
            self.inhoud.content = await sink.writer.commit()

    async def abort(self) -> None:
        if self.sink is not None:
            await self.sink.writer.abort()
            self.sink = None


async def read_json_body(chunks: AsyncIterator[bytes], storage: Storage) -> ParsedBody:
    """The body's JSON with `inhoud` stored as content; a 400 for broken JSON or base64.

    On any error nothing stays in storage. The caller owns `inhoud.content` afterwards and must
    delete it when the write does not commit.
    """
    splitter = _Splitter(storage)
    try:
        async for chunk in chunks:
            await splitter.feed(chunk)
        if splitter.sink is not None:
            raise ValidationFailed.single(
                "nonFieldErrors", "parse_error", "De JSON eindigt midden in inhoud."
            )
        try:
            data = json.loads(bytes(splitter.meta))
        except ValueError as exc:
            raise ValidationFailed.single(
                "nonFieldErrors", "parse_error", "De body is geen geldige JSON."
            ) from exc
    except BaseException:
        await splitter.abort()
        if splitter.inhoud.content is not None:
            await storage.delete([splitter.inhoud.content.key])
        raise
    if isinstance(data, dict) and splitter.inhoud.sent:
        data.pop("inhoud", None)
    elif isinstance(data, dict) and "inhoud" in data:
        # `inhoud` was null or no string at all: null means "no content"; others are invalid.
        value = data.pop("inhoud")
        if value is not None:
            raise ValidationFailed.single("inhoud", "invalid", "inhoud moet base64-tekst zijn.")
        splitter.inhoud.sent = True
    return ParsedBody(data, splitter.inhoud)
