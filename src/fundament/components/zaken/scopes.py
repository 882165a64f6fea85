"""Scopes of the Zaken API 1.5.1 (GZ docs/standaard/zaken, OAS security)."""

COMPONENT = "zrc"

SCOPE_LEZEN = "zaken.lezen"
SCOPE_AANMAKEN = "zaken.aanmaken"
SCOPE_BIJWERKEN = "zaken.bijwerken"
SCOPE_VERWIJDEREN = "zaken.verwijderen"
SCOPE_HEROPENEN = "zaken.heropenen"
SCOPE_GEFORCEERD_BIJWERKEN = "zaken.geforceerd-bijwerken"
SCOPE_STATUSSEN_TOEVOEGEN = "zaken.statussen.toevoegen"
SCOPE_AUDITTRAILS_LEZEN = "audittrails.lezen"
