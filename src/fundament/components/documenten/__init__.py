"""Documenten API 1.4.2 (DRC): documents with versions, locking, chunked upload and streaming."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.documenten.kanalen import DOCUMENTEN
    from fundament.components.documenten.routes import ROOT, router
    from fundament.components.documenten.services.references import COLLECTIONS

    return Component(
        name="documenten",
        code="drc",
        root=ROOT,
        api_version="1.4.2",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(DOCUMENTEN,),
        collections=COLLECTIONS,
    )
