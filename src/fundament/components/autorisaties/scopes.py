"""Scopes of the Autorisaties API (GZ docs/standaard/autorisaties)."""

COMPONENT = "ac"

SCOPE_LEZEN = "autorisaties.lezen"
SCOPE_BIJWERKEN = "autorisaties.bijwerken"
