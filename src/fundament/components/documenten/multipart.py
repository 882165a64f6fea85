"""A `multipart/form-data` bestandsdeel upload (`lock` + `inhoud`), streamed into storage."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from fundament.common.errors import ValidationFailed
from fundament.components.documenten.storage import ContentWriter, Storage, Stored

MAX_FIELD = 1 << 12  # bytes of a plain form field (the lock)


def _malformed(reason: str = "De multipart-body kon niet gelezen worden.") -> ValidationFailed:
    return ValidationFailed.single("nonFieldErrors", "parse_error", reason)


@dataclass(slots=True)
class PartUpload:
    """The fields of one bestandsdeel PUT: the lock, and the stored content when sent."""

    fields: dict[str, str] = field(default_factory=dict)
    content: Stored | None = None


class _Collector:
    """python-multipart callbacks are synchronous: they queue what the async loop writes."""

    def __init__(self) -> None:
        self.header_field = bytearray()
        self.header_value = bytearray()
        self.disposition = b""
        self.data: list[bytes] = []
        self.events: list[tuple[str, bytes]] = []

    def on_part_begin(self) -> None:
        self.disposition = b""

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        if bytes(self.header_field).lower() == b"content-disposition":
            self.disposition = bytes(self.header_value)
        self.header_field.clear()
        self.header_value.clear()

    def on_headers_finished(self) -> None:
        _, params = parse_options_header(self.disposition)
        self.events.append(("begin", params.get(b"name", b"")))

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self.events.append(("data", bytes(data[start:end])))

    def on_part_end(self) -> None:
        self.events.append(("end", b""))


async def read_part_upload(
    content_type: str, chunks: AsyncIterator[bytes], storage: Storage
) -> PartUpload:
    """The form's `lock` (and any other small field) and its `inhoud` file, stored as it comes."""
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise _malformed("Verwacht multipart/form-data met een boundary.")
    collector = _Collector()
    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": collector.on_part_begin,
            "on_header_field": collector.on_header_field,
            "on_header_value": collector.on_header_value,
            "on_header_end": collector.on_header_end,
            "on_headers_finished": collector.on_headers_finished,
            "on_part_data": collector.on_part_data,
            "on_part_end": collector.on_part_end,
        },
    )
    upload = PartUpload()
    name = b""
    value = bytearray()
    writer: ContentWriter | None = None
    try:
        async for chunk in chunks:
            try:
                parser.write(chunk)
            except MultipartParseError as exc:
                raise _malformed() from exc
            events, collector.events = collector.events, []
            for event, data in events:
                if event == "begin":
                    name, value = data, bytearray()
                    if name == b"inhoud":
                        if writer is not None or upload.content is not None:
                            raise _malformed("inhoud staat twee keer in het formulier.")
                        writer = storage.writer()
                elif event == "data" and writer is not None and name == b"inhoud":
                    await writer.write(data)
                elif event == "data":
                    value += data
                    if len(value) > MAX_FIELD:
                        raise _malformed(f"Het veld {name.decode(errors='replace')} is te groot.")
                elif name == b"inhoud" and writer is not None:
                    upload.content, writer = await writer.commit(), None
                else:
                    upload.fields[name.decode(errors="replace")] = value.decode(errors="replace")
        parser.finalize()
        if writer is not None:
            raise _malformed("Het formulier eindigt midden in inhoud.")
    except BaseException:
        if writer is not None:
            await writer.abort()
        if upload.content is not None:
            await storage.delete([upload.content.key])
        raise
    return upload
