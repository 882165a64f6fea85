"""Wire models of the Catalogi API 1.3.1, one module per resource."""
