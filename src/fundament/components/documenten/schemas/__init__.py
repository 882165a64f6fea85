"""Wire models of the Documenten API 1.4.2, one module per resource."""
