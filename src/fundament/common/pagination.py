"""Page-number pagination in the ZGW shape `{count, next, previous, results}`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from fastapi import Query, Request
from pydantic import BaseModel

from fundament.common.errors import NotFound
from fundament.common.urls import public_url

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500


class Page(BaseModel, Generic[T]):
    count: int
    next: str | None
    previous: str | None
    results: list[T]


@dataclass(frozen=True, slots=True)
class PageParams:
    page: int
    page_size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


async def page_params(
    page: int = Query(1, ge=1, description="Een pagina binnen de gepagineerde set resultaten."),
    page_size: int = Query(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        alias="pageSize",
        description="Het aantal resultaten terug te geven per pagina.",
    ),
) -> PageParams:
    return PageParams(page=page, page_size=page_size)


def page_of(
    request: Request,
    params: PageParams,
    count: int,
    results: list[T],
    has_next: bool | None = None,
) -> Page[T]:
    """Build the page envelope; a page past the end is a 404, as in Open Zaak. With `has_next`
    (the query looked one row ahead) the links follow the rows, not the count, so an estimated
    count (see `count_rows`) never produces a wrong link."""
    last = max(1, -(-count // params.page_size))
    if has_next is not None:
        last = params.page + 1 if has_next else params.page
        if not results and params.page > 1:
            raise NotFound("Ongeldige pagina.", code="not_found")
    elif params.page > last:
        raise NotFound("Ongeldige pagina.", code="not_found")

    def link(number: int) -> str:
        return public_url(request, request.url.include_query_params(page=number))

    return Page[T](
        count=count,
        next=link(params.page + 1) if params.page < last else None,
        previous=link(params.page - 1) if params.page > 1 else None,
        results=results,
    )
