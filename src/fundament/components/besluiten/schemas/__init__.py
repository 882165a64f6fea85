"""Wire models of the Besluiten API, one module per resource."""
