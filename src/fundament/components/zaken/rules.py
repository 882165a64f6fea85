"""The Zaken API's rules on plain values (zrc-001..023); each returns the problems it finds."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from fundament.common.errors import InvalidParam

NON_FIELD = "nonFieldErrors"


def zaaktype_published(zaaktype: Mapping[str, Any]) -> list[InvalidParam]:
    """zrc-001: a zaak is only made for a published zaaktype."""
    if zaaktype.get("concept"):
        return [InvalidParam("zaaktype", "not-published", "Het zaaktype is nog een concept.")]
    return []


def immutable(name: str, changed: bool) -> list[InvalidParam]:
    if changed:
        return [
            InvalidParam(name, "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        ]
    return []


def identificatie_unique(taken: bool) -> list[InvalidParam]:
    """zrc-002: (bronorganisatie, identificatie) identifies one zaak."""
    if taken:
        return [
            InvalidParam(
                "identificatie",
                "identificatie-niet-uniek",
                "Deze identificatie bestaat al voor deze bronorganisatie.",
            )
        ]
    return []


def betaling(betalingsindicatie: str, laatste_betaaldatum: datetime | None) -> list[InvalidParam]:
    """zrc-014: nothing is paid when nothing is due; a payment date is not in the future."""
    if laatste_betaaldatum is None:
        return []
    if betalingsindicatie == "nvt":
        return [
            InvalidParam(
                "laatsteBetaaldatum",
                "betaling-nvt",
                'Bij betalingsindicatie "nvt" hoort geen laatste betaaldatum.',
            )
        ]
    if laatste_betaaldatum > datetime.now(UTC):
        return [
            InvalidParam(
                "laatsteBetaaldatum",
                "date-in-future",
                "De betaaldatum mag niet in de toekomst liggen.",
            )
        ]
    return []


def producten_of_diensten(given: Collection[str], allowed: Collection[str]) -> list[InvalidParam]:
    """zrc-015: only products or services the zaaktype lists."""
    if set(given) - set(allowed):
        return [
            InvalidParam(
                "productenOfDiensten",
                "invalid-products-services",
                "Niet alle producten/diensten komen voor in het zaaktype.",
            )
        ]
    return []


def hoofdzaak(is_self: bool, is_deelzaak: bool) -> list[InvalidParam]:
    """zrc-013: a hoofdzaak is not the zaak itself and not itself a deelzaak."""
    if is_self:
        return [
            InvalidParam(
                "hoofdzaak", "self-forbidden", "Een zaak kan niet zijn eigen hoofdzaak zijn."
            )
        ]
    if is_deelzaak:
        return [
            InvalidParam(
                "hoofdzaak", "deelzaak-als-hoofdzaak", "Een deelzaak kan geen hoofdzaak zijn."
            )
        ]
    return []


def archief(
    archiefstatus: str,
    archiefnominatie: str | None,
    archiefactiedatum: object,
    documents_archived: bool,
) -> list[InvalidParam]:
    """zrc-022: archived only with nominatie, actiedatum and every document archived."""
    if archiefstatus == "nog_te_archiveren":
        return []
    if not documents_archived:
        return [
            InvalidParam(
                "archiefstatus",
                "documents-not-archived",
                "Alle informatieobjecten van de zaak moeten de status gearchiveerd hebben.",
            )
        ]
    if not archiefnominatie:
        return [
            InvalidParam(
                "archiefnominatie",
                "archiefnominatie-not-set",
                "Archiefnominatie moet gezet zijn als de zaak gearchiveerd wordt.",
            )
        ]
    if archiefactiedatum is None:
        return [
            InvalidParam(
                "archiefactiedatum",
                "archiefactiedatum-not-set",
                "Archiefactiedatum moet gezet zijn als de zaak gearchiveerd wordt.",
            )
        ]
    return []


def belongs_to_zaaktype(
    type_url: str, listed: Collection[str], code: str = "zaaktype-mismatch"
) -> list[InvalidParam]:
    """zrc-016..020: a status-, rol-, resultaattype or eigenschap of another zaaktype."""
    if type_url not in listed:
        return [InvalidParam(NON_FIELD, code, "Het type hoort niet bij het zaaktype van de zaak.")]
    return []


def informatieobjecttype_allowed(iot: str, listed: Collection[str]) -> list[InvalidParam]:
    """zrc-017: the document's informatieobjecttype is one the zaaktype lists."""
    return belongs_to_zaaktype(iot, listed, "missing-zaaktype-informatieobjecttype-relation")


def gebruiksrecht_set(unset: bool) -> list[InvalidParam]:
    """zrc-007: a zaak closes only when every document has indicatieGebruiksrecht set."""
    if unset:
        return [
            InvalidParam(
                NON_FIELD,
                "indicatiegebruiksrecht-unset",
                "Van alle informatieobjecten moet indicatieGebruiksrecht gezet zijn.",
            )
        ]
    return []


def resultaat_before_eindstatus(has_resultaat: bool) -> list[InvalidParam]:
    """zrc-007: a zaak closes only with a resultaat."""
    if not has_resultaat:
        return [
            InvalidParam(NON_FIELD, "resultaat-does-not-exist", "De zaak heeft nog geen resultaat.")
        ]
    return []


def unique(name: str, taken: bool) -> list[InvalidParam]:
    if taken:
        return [InvalidParam(name, "unique", "Dit object bestaat al.")]
    return []


def archive_open(archiefstatus: str) -> list[InvalidParam]:
    """A zaak that is (being) archived takes no new documents."""
    if archiefstatus != "nog_te_archiveren":
        return [
            InvalidParam(
                NON_FIELD,
                "zaak-archiefstatus-invalid",
                'De zaak moet de archiefstatus "nog_te_archiveren" hebben.',
            )
        ]
    return []
