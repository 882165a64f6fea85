"""Scopes of the Besluiten API 1.1.0 (OAS security)."""

COMPONENT = "brc"

SCOPE_LEZEN = "besluiten.lezen"
SCOPE_AANMAKEN = "besluiten.aanmaken"
SCOPE_BIJWERKEN = "besluiten.bijwerken"
SCOPE_VERWIJDEREN = "besluiten.verwijderen"
SCOPE_AUDITTRAILS_LEZEN = "audittrails.lezen"
