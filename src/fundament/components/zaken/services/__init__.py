"""Use cases of the Zaken API; each write is one transaction (change + audit + notification)."""
