"""The Notificaties API's rules (GZ standaard/notificaties, Open Notificaties) on plain values."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from fundament.common.errors import InvalidParam

# A filter value that accepts any value of the kenmerk (Open Notificaties' wildcard).
WILDCARD = "*"


def naam_unchanged(current: str, sent: str) -> list[InvalidParam]:
    """A kanaal's naam is its identity for publishers and abonnementen: it cannot change."""
    if current != sent:
        return [InvalidParam("naam", "wijzigen-niet-toegelaten", "De naam van een kanaal is vast.")]
    return []


def kanaal_exists(name: str, naam: str, known: Collection[str], code: str) -> list[InvalidParam]:
    """Abonnementen and notificaties name a kanaal that is registered."""
    if naam not in known:
        return [InvalidParam(name, code, f"Kanaal {naam!r} bestaat niet.")]
    return []


def abonnement_filters_known(
    index: int, filters: Collection[str], kanaal_filters: Collection[str]
) -> list[InvalidParam]:
    """An abonnement filters only on kenmerken its kanaal declares (the kanaal's `filters`)."""
    unknown = sorted(set(filters) - set(kanaal_filters))
    if unknown:
        return [
            InvalidParam(
                f"kanalen.{index}.filters",
                "inconsistent-abonnement-filters",
                f"Het kanaal kent geen kenmerk(en) {', '.join(unknown)}.",
            )
        ]
    return []


def kenmerken_known(
    kenmerken: Collection[str], kanaal_filters: Collection[str]
) -> list[InvalidParam]:
    """A notificatie carries only kenmerken its kanaal declares: notifications stay
    information-poor (privacy by design), so nothing undeclared travels to subscribers."""
    unknown = sorted(set(kenmerken) - set(kanaal_filters))
    if unknown:
        return [
            InvalidParam(
                "kenmerken",
                "kenmerken_inconsistent",
                f"Het kanaal kent geen kenmerk(en) {', '.join(unknown)}.",
            )
        ]
    return []


def auth_or_credentials(auth: str, client_id: str, secret: str) -> list[InvalidParam]:
    """How to authorise to the callback: the standard's fixed `auth` value, or (a Fundament
    extension) client credentials to mint a JWT per attempt — both parts of them. With
    credentials, `auth` is not used."""
    if client_id and not secret:
        return [InvalidParam("authSecret", "required", "Geef het secret bij authClientId.")]
    if secret and not client_id:
        return [InvalidParam("authClientId", "required", "Geef de client id bij authSecret.")]
    if not client_id and not auth:
        return [InvalidParam("auth", "required", "Dit veld is vereist.")]
    return []


def cloudevents_unused(
    send_cloudevents: bool, cloudevent_filters: Collection[object]
) -> list[InvalidParam]:
    """Open Notificaties' experimental CloudEvents delivery is not offered: say so, rather than
    accept an abonnement that would never receive what it asks for."""
    problems = []
    if send_cloudevents:
        problems.append(
            InvalidParam("sendCloudevents", "cloudevents-not-supported", "Niet ondersteund.")
        )
    if cloudevent_filters:
        problems.append(
            InvalidParam("cloudeventFilters", "cloudevents-not-supported", "Niet ondersteund.")
        )
    return problems


def filters_match(filters: Mapping[str, str], kenmerken: Mapping[str, str]) -> bool:
    """Routing: a notificatie reaches an abonnement's kanaal entry when every filter holds — the
    kenmerk has the filter's value, or the filter is the wildcard `*`."""
    for key, wanted in filters.items():
        if wanted == WILDCARD:
            continue
        if kenmerken.get(key) != wanted:
            return False
    return True
