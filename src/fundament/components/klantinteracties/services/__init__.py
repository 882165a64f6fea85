"""Use cases of the Klantinteracties API, one module per group of resources."""
