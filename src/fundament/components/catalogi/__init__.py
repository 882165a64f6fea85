"""Catalogi API 1.3.1 (ZTC): the case-type catalogue every other ZGW component validates against."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.catalogi.kanalen import BESLUITTYPEN, INFORMATIEOBJECTTYPEN, ZAAKTYPEN
    from fundament.components.catalogi.routes import ROOT, router
    from fundament.components.catalogi.services.references import COLLECTIONS

    return Component(
        name="catalogi",
        code="ztc",
        root=ROOT,
        api_version="1.3.1",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(ZAAKTYPEN, INFORMATIEOBJECTTYPEN, BESLUITTYPEN),
        collections=COLLECTIONS,
    )
