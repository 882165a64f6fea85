"""Scopes of the Catalogi API (GZ docs/standaard/catalogi)."""

COMPONENT = "ztc"

SCOPE_LEZEN = "catalogi.lezen"
SCOPE_SCHRIJVEN = "catalogi.schrijven"
SCOPE_GEFORCEERD_SCHRIJVEN = "catalogi.geforceerd-schrijven"
SCOPE_GEFORCEERD_VERWIJDEREN = "catalogi.geforceerd-verwijderen"

# ztc-014: reading zaaktypen is also allowed with the read scope of Zaken or Documenten.
READ_ALTERNATIVES = ((COMPONENT, SCOPE_LEZEN), ("zrc", "zaken.lezen"), ("drc", "documenten.lezen"))
