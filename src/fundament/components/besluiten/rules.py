"""The Besluiten API's rules (brc-001..009) on plain values, each returning InvalidParams."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from fundament.common.errors import InvalidParam

NON_FIELD = "nonFieldErrors"
IDENTIFICATIE_PREFIX = "BESLUIT"


def immutable(field: str, changed: bool) -> list[InvalidParam]:
    """brc-001 (besluittype), brc-002 (identificatie, verantwoordelijkeOrganisatie), brc-006
    (zaak) and the relation of a besluitinformatieobject never change after creation."""
    if changed:
        return [
            InvalidParam(field, "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        ]
    return []


def besluittype_published(concept: object) -> list[InvalidParam]:
    """brc-001: only a published besluittype (`concept` false) may type a besluit."""
    if concept is not False:
        return [InvalidParam("besluittype", "not-published", "Het besluittype is nog een concept.")]
    return []


def datum_not_in_future(datum: date, today: date) -> list[InvalidParam]:
    """The beslisdatum lies in the past or today (OAS: "`datum` in het verleden of nu")."""
    if datum > today:
        return [
            InvalidParam("datum", "future-not-allowed", "De datum mag niet in de toekomst liggen.")
        ]
    return []


def identificatie_unique(taken: bool) -> list[InvalidParam]:
    """brc-002: (verantwoordelijkeOrganisatie, identificatie) identifies one besluit."""
    if taken:
        return [
            InvalidParam(
                "identificatie",
                "identificatie-niet-uniek",
                "Deze identificatie bestaat al voor deze verantwoordelijke organisatie.",
            )
        ]
    return []


def identificatie_prefix(year: int) -> str:
    """brc-002: a generated identificatie is `BESLUIT-<year of datum>-<10 digits>` (as Open Zaak
    numbers them)."""
    return f"{IDENTIFICATIE_PREFIX}-{year}-"


def besluittype_of_zaaktype(besluittype: str, besluittypen: Iterable[str]) -> list[InvalidParam]:
    """brc-007: a besluit of a zaak has a besluittype of that zaak's zaaktype."""
    if besluittype not in set(besluittypen):
        return [
            InvalidParam(
                NON_FIELD,
                "zaaktype-mismatch",
                "Het besluittype hoort niet bij het zaaktype van de zaak.",
            )
        ]
    return []


def informatieobjecttype_of_besluittype(
    informatieobjecttype: str, informatieobjecttypen: Iterable[str]
) -> list[InvalidParam]:
    """brc-008: a document of a besluit has an informatieobjecttype of the besluittype."""
    if informatieobjecttype not in set(informatieobjecttypen):
        return [
            InvalidParam(
                NON_FIELD,
                "missing-besluittype-informatieobjecttype-relation",
                "Het informatieobjecttype hoort niet bij het besluittype van het besluit.",
            )
        ]
    return []


def unique_relation(taken: bool) -> list[InvalidParam]:
    """A document is related to a besluit once (Open Zaak: UniqueTogetherValidator)."""
    if taken:
        return [
            InvalidParam(
                NON_FIELD, "unique", "Dit informatieobject is al aan dit besluit gerelateerd."
            )
        ]
    return []
