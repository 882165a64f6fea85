"""Moved into the package (`fundament.referentielijsten.server`); kept for existing imports."""

from fundament.referentielijsten.server import PAGE_SIZE, Referentielijsten

__all__ = ["PAGE_SIZE", "Referentielijsten"]
