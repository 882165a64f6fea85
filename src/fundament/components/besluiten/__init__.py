"""Besluiten API 1.1.0 (BRC): decisions, linked to their zaak and the documents recording them."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.besluiten.kanalen import BESLUITEN
    from fundament.components.besluiten.routes import ROOT, router
    from fundament.components.besluiten.services.references import COLLECTIONS, register

    register()
    return Component(
        name="besluiten",
        code="brc",
        root=ROOT,
        api_version="1.1.0",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(BESLUITEN,),
        collections=COLLECTIONS,
    )
