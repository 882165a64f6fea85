"""Klantinteracties API 0.9.0 (Open Klant): partijen, klantcontacten, actoren and internetaken —
the integrated customer view of the contact centre and the portal."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.klantinteracties.kanalen import KLANTINTERACTIES
    from fundament.components.klantinteracties.routes import ROOT, router

    return Component(
        name="klantinteracties",
        code="kic",
        root=ROOT,
        api_version="0.9.0",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(KLANTINTERACTIES,),
    )
