"""Use cases of the Objects API, one module per concern."""
