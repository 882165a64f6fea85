"""BesluitInformatieObject wire models (create and read; the relation itself never changes)."""

from __future__ import annotations

from fundament.common.schemas import Url, WireModel
from fundament.components.besluiten.schemas.besluit import Expansion


class BesluitInformatieObjectCreate(WireModel):
    informatieobject: Url
    besluit: Url


class BesluitInformatieObject(WireModel):
    url: str
    informatieobject: str
    besluit: str
    expand: Expansion = None
