"""Use cases of the Documenten API; each write owns its transaction (change + audit + outbox)."""
