"""Zaken lists and search (GET /zaken, POST /zaken/_zoek): filters and authorisation in SQL
(zrc-006), a geometry `within` an area narrowed by bounding box and decided exactly."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, not_, or_, select

from fundament.common import geo
from fundament.common.pagination import PageParams
from fundament.components.zaken import models as m
from fundament.components.zaken import schemas as s
from fundament.components.zaken import views
from fundament.components.zaken.services import filters
from fundament.components.zaken.services.base import Ctx, count_and_page
from fundament.components.zaken.services.zaken import views_of

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry


async def list_zaken(
    ctx: Ctx,
    params: dict[str, Any],
    page: PageParams,
    within: geo.Geometry | None = None,
) -> tuple[int, list[s.Zaak], bool]:
    """One page of the zaken the client may read, filtered in SQL; a `within` area narrows by
    bounding box in SQL, and a candidate the box does not decide is tested exactly."""
    zaaktype = params.get("zaaktype")
    of_zaaktype = zaaktype if isinstance(zaaktype, str) else None  # filters: `zaaktype = …`
    # Core rows of the zaak's columns, not ORM objects: a page is only read and answered, and
    # building 100 tracked objects cost more than the query (issue 9).
    query = select(*views.COLUMNS).where(
        ctx.sql_filter(of_zaaktype=of_zaaktype), *filters.conditions(params)
    )
    order = filters.ordering(params.get("ordering"))
    if within is None:
        count, rows, more = await count_and_page(ctx, query, order, page.offset, page.page_size)
        return count, await views_of(ctx, rows), more
    in_box = query.where(
        m.Zaak.bbox_min_x >= within.min_x,
        m.Zaak.bbox_max_x <= within.max_x,
        m.Zaak.bbox_min_y >= within.min_y,
        m.Zaak.bbox_max_y <= within.max_y,
    )
    area = within.shape
    # The ids of the matches in list order (the whole result: a LIMIT lets PostgreSQL walk
    # the primary key backwards past every zaak outside the box), whole rows for the page.
    if within.is_box:
        # A geometry whose box lies strictly inside the rectangle is within it: only those
        # touching its edge are tested (at 1,000,000 zaken a square of 0.2° holds some
        # thousands of candidates, each read and tested before).
        strictly = and_(
            m.Zaak.bbox_min_x > within.min_x,
            m.Zaak.bbox_max_x < within.max_x,
            m.Zaak.bbox_min_y > within.min_y,
            m.Zaak.bbox_max_y < within.max_y,
        )
        edge = await _within(ctx, in_box.where(not_(strictly)), area)
        found = query.where(or_(strictly, m.Zaak.id.in_(edge)) if edge else strictly)
        matches = found.with_only_columns(m.Zaak.id).order_by(*order)
        inside = list((await ctx.session.execute(matches)).scalars())
    else:
        inside = await _within(ctx, in_box.order_by(*order), area)
    chosen = inside[page.offset : page.offset + page.page_size]
    more = len(inside) > page.offset + page.page_size
    found_rows = await ctx.session.execute(select(*views.COLUMNS).where(m.Zaak.id.in_(chosen)))
    by_id = {zaak.id: zaak for zaak in found_rows}
    return len(inside), await views_of(ctx, [by_id[key] for key in chosen]), more


async def _within(ctx: Ctx, candidates: Select[Any], area: BaseGeometry) -> list[int]:
    """The ids of the candidates (in their order) whose geometry lies within `area`; only id
    and geometry are read."""
    rows = await ctx.session.execute(candidates.with_only_columns(m.Zaak.id, m.Zaak.zaakgeometrie))
    return [key for key, geometry in rows.all() if geo.within(geometry, area)]
