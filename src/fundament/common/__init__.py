"""Plumbing shared by every component: errors, auth, pagination, HTTP caching, audit, outbox."""
