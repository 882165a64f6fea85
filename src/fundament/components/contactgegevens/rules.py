"""The Contactgegevens rules on plain values."""

from __future__ import annotations

from datetime import date

from fundament.common.errors import InvalidParam


def levensloop(begin: date | None, eind: date | None, field: str) -> list[InvalidParam]:
    """Nobody dies before being born; no organisation ends before it starts."""
    if begin is not None and eind is not None and eind < begin:
        return [InvalidParam(field, "invalid", "Deze datum ligt voor de begindatum.")]
    return []
