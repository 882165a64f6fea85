"""Delivery of outbox notifications: routing, callbacks with retries, dead letters, remote NRC."""
