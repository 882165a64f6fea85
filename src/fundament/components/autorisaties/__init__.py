"""Autorisaties API 1.0.0 (AC): which client may do what, asked by every other component."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.autorisaties.kanalen import KANAAL
    from fundament.components.autorisaties.routes import ROOT, router

    return Component(
        name="autorisaties",
        code="ac",
        root=ROOT,
        api_version="1.0.0",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(KANAAL,),
    )
