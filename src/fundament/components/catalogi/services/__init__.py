"""Use cases of the Catalogi API, one module per resource; `base` holds what they share."""
