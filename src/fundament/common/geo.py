"""GeoJSON geometries (EPSG:4326): validation, bounding boxes and the exact `within` test.

Stored as GeoJSON with its bounding box in indexed columns, so a search "within this polygon"
first narrows the rows in SQL (box inside the polygon's box, on SQLite and PostgreSQL alike)
and then decides exactly with shapely (DESIGN.md, Geometry).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fundament.common.errors import InvalidParam

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

TYPES = frozenset(
    {
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    }
)


@dataclass(frozen=True, slots=True)
class Geometry:
    geojson: dict[str, Any]
    min_x: float
    min_y: float
    max_x: float
    max_y: float

    @property
    def is_box(self) -> bool:
        """Whether the area is an axis-aligned rectangle (a map view, say): then a geometry
        whose bounding box lies strictly inside it is within it, without testing it."""
        from shapely.geometry import box, shape

        return bool(shape(self.geojson).equals(box(self.min_x, self.min_y, self.max_x, self.max_y)))

    @property
    def shape(self) -> BaseGeometry:
        """As a shapely geometry, prepared (indexed) for many `within` tests against it."""
        import shapely  # on first use (docs/deployment.md, Memory)
        from shapely.geometry import shape

        area = shape(self.geojson)
        shapely.prepare(area)
        return area


def parse(value: Any, name: str) -> tuple[Geometry | None, list[InvalidParam]]:
    """A GeoJSON geometry object checked for type and coordinates; problems by field name."""
    if not isinstance(value, dict) or value.get("type") not in TYPES:
        return None, [InvalidParam(name, "invalid", "Geef een geldige GeoJSON-geometrie.")]
    import shapely  # on first use (docs/deployment.md, Memory)
    from shapely.geometry import shape

    try:
        geometry = shape(value)
    except (
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        KeyError,
        shapely.errors.ShapelyError,
    ):
        return None, [
            InvalidParam(name, "invalid", "De coördinaten van de geometrie zijn ongeldig.")
        ]
    if geometry.is_empty:
        return None, [InvalidParam(name, "invalid", "De geometrie is leeg.")]
    min_x, min_y, max_x, max_y = geometry.bounds
    # Kept as the client sent it (validated), so it reads back unchanged.
    return Geometry(value, min_x, min_y, max_x, max_y), []


def within(candidate: dict[str, Any], area: BaseGeometry) -> bool:
    """Whether `candidate` lies within `area` (asked as area-contains-candidate, the same
    predicate, so that a prepared `area` is used)."""
    from shapely.geometry import shape

    return bool(area.contains(shape(candidate)))
