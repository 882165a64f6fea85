"""Objects API 2.7.0: objects typed by an objecttype, every change a record with formal and
material history, data attribute filters, geometry search, permissions per objecttype."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.objecten.kanalen import OBJECTEN
    from fundament.components.objecten.routes import ROOT, router
    from fundament.components.objecttypen.services import COLLECTIONS

    return Component(
        name="objecten",
        code="objecten",
        root=ROOT,
        api_version="2.7.0",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(OBJECTEN,),
        collections=COLLECTIONS,
    )
