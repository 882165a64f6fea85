"""Use cases of the Besluiten API; each write owns its transaction (change + audit + outbox)."""
