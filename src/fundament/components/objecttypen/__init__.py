"""Objecttypes API 2.2.2: objecttypes with versioned JSON Schemas (draft → published →
deprecated) that the Objects API validates records against."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.objecttypen.routes import ROOT, router
    from fundament.components.objecttypen.services import COLLECTIONS

    return Component(
        name="objecttypen",
        code="objecttypen",
        root=ROOT,
        api_version="2.2.2",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        collections=COLLECTIONS,
    )
