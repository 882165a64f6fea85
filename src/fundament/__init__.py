"""Fundament: the Common Ground platform (ZGW and related standard APIs)."""

__version__ = "0.1.0"
