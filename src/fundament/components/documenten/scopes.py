"""Scopes of the Documenten API 1.4.2 (GZ docs/standaard/documenten, OAS security)."""

COMPONENT = "drc"

SCOPE_LEZEN = "documenten.lezen"
SCOPE_AANMAKEN = "documenten.aanmaken"
SCOPE_BIJWERKEN = "documenten.bijwerken"
SCOPE_VERWIJDEREN = "documenten.verwijderen"
SCOPE_LOCK = "documenten.lock"
SCOPE_GEFORCEERD_UNLOCK = "documenten.geforceerd-unlock"
SCOPE_GEFORCEERD_BIJWERKEN = "documenten.geforceerd-bijwerken"
SCOPE_AUDITTRAILS_LEZEN = "audittrails.lezen"
