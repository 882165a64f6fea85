"""The Autorisaties API's rules (GZ docs/standaard/autorisaties, ac-001..003) on plain values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fundament.common.errors import InvalidParam

NON_FIELD = "nonFieldErrors"


@dataclass(frozen=True, slots=True)
class AutorisatieSpec:
    component: str
    scopes: tuple[str, ...]
    zaaktype: str = ""
    informatieobjecttype: str = ""
    besluittype: str = ""
    max_vertrouwelijkheidaanduiding: str = ""


# ac-003: a component's object-bound scopes need the type (and maximum confidentiality) they
# apply to. Which scopes are object-bound follows Open Zaak: those of the component's own
# resources (`zaken.*`, `documenten.*`, `besluiten.*`), not e.g. `notificaties.publiceren`.
_TYPE_BOUND: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "zrc": (
        "zaken.",
        (
            ("zaaktype", "zaaktype"),
            ("max_vertrouwelijkheidaanduiding", "maxVertrouwelijkheidaanduiding"),
        ),
    ),
    "drc": (
        "documenten.",
        (
            ("informatieobjecttype", "informatieobjecttype"),
            ("max_vertrouwelijkheidaanduiding", "maxVertrouwelijkheidaanduiding"),
        ),
    ),
    "brc": ("besluiten.", (("besluittype", "besluittype"),)),
}


def client_ids_distinct(client_ids: Sequence[str]) -> list[InvalidParam]:
    """A client id listed twice in one applicatie is a mistake, not a second identity."""
    if len(set(client_ids)) != len(client_ids):
        return [InvalidParam("clientIds", "unique", "Een clientId komt meerdere keren voor.")]
    return []


def autorisaties_consistent(heeft_alle: bool, count: int) -> list[InvalidParam]:
    """ac-002: either `heeftAlleAutorisaties` or an explicit, non-empty list of autorisaties."""
    if heeft_alle and count:
        return [
            InvalidParam(
                NON_FIELD,
                "ambiguous-authorizations-specified",
                "Met heeftAlleAutorisaties mogen geen autorisaties opgegeven worden.",
            )
        ]
    if not heeft_alle and not count:
        return [
            InvalidParam(
                NON_FIELD,
                "missing-authorizations",
                "Geef heeftAlleAutorisaties of ten minste één autorisatie op.",
            )
        ]
    return []


def autorisatie_complete(index: int, spec: AutorisatieSpec) -> list[InvalidParam]:
    """ac-003: fields required for the component when a type-bound scope is granted."""
    bound = _TYPE_BOUND.get(spec.component)
    if bound is None:
        return []
    prefix, fields = bound
    if not any(scope.startswith(prefix) for scope in spec.scopes):
        return []
    return [
        InvalidParam(
            f"autorisaties.{index}.{wire}",
            "required",
            f"Dit veld is vereist voor scopes {prefix}* van component {spec.component}.",
        )
        for attribute, wire in fields
        if not getattr(spec, attribute)
    ]


def validate_applicatie(
    client_ids: Sequence[str], heeft_alle: bool, autorisaties: Sequence[AutorisatieSpec]
) -> list[InvalidParam]:
    """All of ac-002/ac-003 and client id distinctness; ac-001 is the database's unique key."""
    problems = client_ids_distinct(client_ids)
    problems += autorisaties_consistent(heeft_alle, len(autorisaties))
    for index, spec in enumerate(autorisaties):
        problems += autorisatie_complete(index, spec)
    return problems
