"""Scopes of the Notificaties API (GZ docs/standaard/notificaties)."""

COMPONENT = "nrc"

SCOPE_CONSUMEREN = "notificaties.consumeren"
SCOPE_PUBLICEREN = "notificaties.publiceren"
