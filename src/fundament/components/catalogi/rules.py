"""The Catalogi API's rules (GZ docs/standaard/catalogi) as functions on plain values.

Codes are those of the standard and the VNG conformance suite (RUNNING.md §4.6).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from fundament.common.errors import InvalidParam

NON_FIELD = "nonFieldErrors"

# Fields a published type may still change without the forced scope (ztc-009).
ALWAYS_EDITABLE = frozenset({"einde_geldigheid"})


def non_concept_object(concept: bool, changed: Iterable[str], forced: bool) -> list[InvalidParam]:
    """ztc-009: a published type only accepts a new eindeGeldigheid, unless forced."""
    if concept or forced or not (set(changed) - ALWAYS_EDITABLE):
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "non-concept-object",
            "Het is niet toegestaan een gepubliceerd object te wijzigen.",
        )
    ]


def non_concept_object_delete(concept: bool, forced: bool) -> list[InvalidParam]:
    if concept or forced:
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "non-concept-object",
            "Het is niet toegestaan een gepubliceerd object te verwijderen.",
        )
    ]


def non_concept_zaaktype(zaaktype_concept: bool, forced: bool) -> list[InvalidParam]:
    """ztc-010/011: parts of a published zaaktype cannot be added, changed or removed."""
    if zaaktype_concept or forced:
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "non-concept-zaaktype",
            "Het zaaktype is gepubliceerd; wijzigingen zijn niet toegestaan.",
        )
    ]


def non_concept_relation(related_concepts: Iterable[bool], forced: bool) -> list[InvalidParam]:
    """ztc-010/011: a type linked to a published type cannot be changed, removed or linked."""
    if forced or all(related_concepts):
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "non-concept-relation",
            "Een gerelateerd object is gepubliceerd; dit is niet toegestaan.",
        )
    ]


def same_catalogus(own: int, related: Iterable[int]) -> list[InvalidParam]:
    """Types may only be related within one catalogus."""
    if all(catalogus == own for catalogus in related):
        return []
    return [
        InvalidParam(
            NON_FIELD,
            "relations-incorrect-catalogus",
            "De relaties moeten tot dezelfde catalogus behoren.",
        )
    ]


@dataclass(frozen=True, slots=True)
class Version:
    """One version of a type: its validity and whether it is published."""

    begin: date
    einde: date | None
    concept: bool


def overlapping_versions(new: Version, others: Sequence[Version], name: str) -> list[InvalidParam]:
    """ztc-016: versions with the same identificatie must not overlap in validity.

    The order of begin and end is not checked: the suite ends a zaaktype before it begins
    (ztc-010h) and expects 200, as Open Zaak answers.

    As in Open Zaak, every existing version counts (concept or not) and the end date is
    inclusive.
    """
    for other in others:
        other_end = other.einde or date.max
        new_end = new.einde or date.max
        if new.begin <= other_end and other.begin <= new_end:
            return [
                InvalidParam(
                    "beginGeldigheid",
                    "overlap",
                    f"Er bestaat al een {name} met dezelfde identificatie in deze "
                    "geldigheidsperiode.",
                )
            ]
    return []


# ztc-015: formats of an eigenschap and the lengths they imply.
EIGENSCHAP_LENGTE = {"datum": "8", "datum_tijd": "14"}


def eigenschap_specificatie(spec: Mapping[str, object]) -> list[InvalidParam]:
    problems: list[InvalidParam] = []
    formaat = str(spec.get("formaat", ""))
    lengte = str(spec.get("lengte", ""))
    if formaat in EIGENSCHAP_LENGTE and lengte != EIGENSCHAP_LENGTE[formaat]:
        problems.append(
            InvalidParam(
                "specificatie.lengte",
                "invalid-length",
                f"Voor formaat {formaat} is de lengte {EIGENSCHAP_LENGTE[formaat]}.",
            )
        )
    if formaat in {"tekst", "getal"}:
        number = lengte.replace(",", ".", 1)
        try:
            float(number)
        except ValueError:
            problems.append(
                InvalidParam("specificatie.lengte", "invalid", "De lengte moet een getal zijn.")
            )
    kardinaliteit = str(spec.get("kardinaliteit", ""))
    if kardinaliteit != "N" and not kardinaliteit.isdigit():
        problems.append(
            InvalidParam(
                "specificatie.kardinaliteit", "invalid", "Kardinaliteit is een getal of N."
            )
        )
    return problems


def concept_relation() -> InvalidParam:
    """ztc-012: a type can only be published once the types it relates to are."""
    return InvalidParam(
        NON_FIELD,
        "concept-relation",
        "Alle gerelateerde objecten moeten eerst gepubliceerd worden.",
    )
