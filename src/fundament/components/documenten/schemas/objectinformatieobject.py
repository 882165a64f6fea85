"""ObjectInformatieObject wire models (create and read only: the standard has no update)."""

from __future__ import annotations

from fundament.common.schemas import Url, WireModel
from fundament.components.documenten.schemas.common import Expansion, ObjectType


class ObjectInformatieObjectCreate(WireModel):
    informatieobject: Url
    object: Url
    object_type: ObjectType


class ObjectInformatieObject(WireModel):
    url: str
    informatieobject: str
    object: str
    object_type: str
    expand: Expansion = None
