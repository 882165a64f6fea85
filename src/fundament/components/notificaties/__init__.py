"""Notificaties API 1.0.0 (NRC): kanalen, abonnementen, and routing notificaties to them."""

from __future__ import annotations

from pathlib import Path

from fundament.common.component import Component


def component() -> Component:
    from fundament.components.notificaties.kanalen import KANALEN
    from fundament.components.notificaties.routes import ROOT, router

    return Component(
        name="notificaties",
        code="nrc",
        root=ROOT,
        api_version="1.0.0",
        router=router,
        openapi_file=Path(__file__).with_name("openapi.yaml"),
        kanalen=KANALEN,
    )
