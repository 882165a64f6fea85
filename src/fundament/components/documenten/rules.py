"""The Documenten API's rules (GZ docs/standaard/documenten, drc-001..010) on plain values.

Codes are those of the standard and of the VNG conformance suite (folder `drc`).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date

from fundament.common.errors import InvalidParam
from fundament.components.documenten.schemas.common import STATUS_INVALID_FOR_RECEIVED

NON_FIELD = "nonFieldErrors"


def new_lock() -> str:
    """drc-009: an unguessable lock id (128 random bits, hex as the suite expects)."""
    return secrets.token_hex(16)


def informatieobjecttype_published(concept: object) -> list[InvalidParam]:
    """drc-001: a document's informatieobjecttype must be published (`concept` false)."""
    if concept is False:
        return []
    return [
        InvalidParam(
            "informatieobjecttype",
            "not-published",
            "Het informatieobjecttype is nog niet gepubliceerd (concept).",
        )
    ]


def status_for_received(status: str, ontvangstdatum: date | None) -> list[InvalidParam]:
    """drc-005: a received document (with ontvangstdatum) cannot be in_bewerking or
    ter_vaststelling."""
    if ontvangstdatum is None or status not in STATUS_INVALID_FOR_RECEIVED:
        return []
    return [
        InvalidParam(
            "status",
            "invalid_for_received",
            "De statuswaarden in_bewerking en ter_vaststelling zijn niet van toepassing op "
            "ontvangen documenten.",
        )
    ]


def indicatie_gebruiksrecht(value: bool | None, has_gebruiksrechten: bool) -> list[InvalidParam]:
    """drc-006: the indicatie follows the gebruiksrechten; a client cannot set or clear it."""
    if has_gebruiksrechten and not value:
        return [
            InvalidParam(
                "indicatieGebruiksrecht",
                "existing-gebruiksrechten",
                "De indicatie kan niet weg zolang er gebruiksrechten zijn.",
            )
        ]
    if value and not has_gebruiksrechten:
        return [
            InvalidParam(
                "indicatieGebruiksrecht",
                "missing-gebruiksrechten",
                "De indicatie wordt 'ja' door gebruiksrechten aan te maken, niet direct.",
            )
        ]
    return []


def file_size(received: int | None, bestandsomvang: int | None) -> list[InvalidParam]:
    """The content's size must be the stated bestandsomvang."""
    if received is None or bestandsomvang is None or received == bestandsomvang:
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "file-size",
            f"De inhoud is {received} bytes; bestandsomvang zegt {bestandsomvang}.",
        )
    ]


def lock_for_update(current: str, given: str | None) -> list[InvalidParam]:
    """drc-009/010: only a checked-out document is written, and only with its lock id."""
    if not current:
        return [InvalidParam(NON_FIELD, "unlocked", "Een niet-gelockt document wijzigt niet.")]
    if not given:
        return [InvalidParam(NON_FIELD, "missing-lock-id", "Het lock-id ontbreekt.")]
    if not secrets.compare_digest(current.encode(), given.encode()):
        return [InvalidParam(NON_FIELD, "incorrect-lock-id", "Het lock-id is niet juist.")]
    return []


def lock_matches(current: str, given: str) -> list[InvalidParam]:
    """drc-009: unlocking or uploading a part needs the lock id (unless forced)."""
    if current and given and secrets.compare_digest(current.encode(), given.encode()):
        return []
    return [InvalidParam(NON_FIELD, "incorrect-lock-id", "Het lock-id is niet juist.")]


def not_locked(current: str) -> list[InvalidParam]:
    """A checked-out document cannot be checked out again."""
    if not current:
        return []
    return [InvalidParam(NON_FIELD, "existing-lock", "Het document is al gelockt.")]


def upload_complete(
    part_sizes: Sequence[int | None], has_content: bool, bestandsomvang: int | None
) -> list[InvalidParam]:
    """Unlock after a chunked upload: every part present (`incomplete-upload`), or none
    and then no content expected (`file-size`). `None` is a part not yet uploaded."""
    uploaded = [size for size in part_sizes if size is not None]
    if uploaded and len(uploaded) != len(part_sizes):
        return [
            InvalidParam(NON_FIELD, "incomplete-upload", "Nog niet alle bestandsdelen zijn er.")
        ]
    if not uploaded and not has_content and (bestandsomvang or 0) > 0:
        return [
            InvalidParam(
                NON_FIELD, "file-size", "Upload de bestandsdelen, of zet bestandsomvang op 0."
            )
        ]
    return []


def part_sizes(total: int, part_size: int) -> list[int]:
    """The sizes of the bestandsdelen a content of `total` bytes is split into."""
    sizes = [part_size] * (total // part_size)
    if total % part_size:
        sizes.append(total % part_size)
    return sizes


def no_relations(relations: int) -> list[InvalidParam]:
    """drc-008: a document is deleted only when no objectinformatieobjecten remain."""
    if not relations:
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "pending-relations",
            "Verwijder eerst alle relaties (objectinformatieobjecten) van het document.",
        )
    ]


def unlocked_for_delete(lock: str) -> list[InvalidParam]:
    """A checked-out document is not deleted (as Open Zaak: `destroy-locked`)."""
    if not lock:
        return []
    return [
        InvalidParam(NON_FIELD, "destroy-locked", "Een gelockt document wordt niet verwijderd.")
    ]


def unique_relation(exists: bool) -> list[InvalidParam]:
    """drc-003: one objectinformatieobject per (object, informatieobject)."""
    if not exists:
        return []
    return [
        InvalidParam(NON_FIELD, "unique", "De velden object en informatieobject moeten uniek zijn.")
    ]


def relation_in_source(exists: bool) -> list[InvalidParam]:
    """drc-004: an objectinformatieobject mirrors a relation that exists in the Zaken or
    Besluiten API."""
    if exists:
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "inconsistent-relation",
            "De relatie tussen object en informatieobject bestaat niet in de bron-API.",
        )
    ]


def relation_gone_from_source(exists: bool) -> list[InvalidParam]:
    """The mirror goes only after the relation in the source API went."""
    if not exists:
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "remote-relation-exists",
            "De relatie bestaat nog in de bron-API; verwijder die daar.",
        )
    ]


def immutable(name: str, changed: bool) -> list[InvalidParam]:
    if not changed:
        return []
    return [InvalidParam(name, "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")]


def one_address(filled: Sequence[bool]) -> list[InvalidParam]:
    """A verzending has exactly one way of reaching the betrokkene (as the DRC reference
    implementation and Open Zaak require): an address, fax, e-mail, MijnOverheid or phone."""
    if sum(filled) == 1:
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "invalid-address",
            "Een verzending heeft precies één correspondentieadres of contactkanaal.",
        )
    ]
