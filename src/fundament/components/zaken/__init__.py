"""Zaken API 1.5.1 (ZRC): zaken with statussen, rollen, resultaten, objecten, documenten,
archiving, search by geometry, and authorisation in SQL."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.zaken import shapes
    from fundament.components.zaken.kanalen import ZAKEN
    from fundament.components.zaken.routes import ROOT, router
    from fundament.components.zaken.services import mirrors
    from fundament.components.zaken.services.references import COLLECTIONS

    mirrors.register()
    return Component(
        name="zaken",
        code="zrc",
        root=ROOT,
        api_version="1.5.1",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(ZAKEN,),
        collections=COLLECTIONS,
        warm=shapes.schemas,
    )
