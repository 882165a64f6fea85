"""Contactgegevens API 1.1.1 (Open Klant): contact details of persons and organisations that are
in no basisregistratie."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.contactgegevens.kanalen import CONTACTGEGEVENS
    from fundament.components.contactgegevens.routes import ROOT, router

    return Component(
        name="contactgegevens",
        code="cgc",
        root=ROOT,
        api_version="1.1.1",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=(CONTACTGEGEVENS,),
    )
