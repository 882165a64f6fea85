"""ZgwRoute's query parameters: the filters a list collects with query_values(), and the 400
for a parameter the route does not know."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, Depends, FastAPI, Query

from fundament.common.problems import install_exception_handlers
from fundament.common.routing import ZgwRoute, query_values

router = APIRouter(route_class=ZgwRoute)


@router.get("/items")
async def items(
    filters: dict[str, str] = Depends(query_values("identificatie", "zaaktype", "startdatum")),
    expand: str | None = Query(None),
) -> dict[str, object]:
    return {"filters": filters, "order": list(filters), "expand": expand}


def _client() -> httpx.AsyncClient:
    app = FastAPI()
    install_exception_handlers(app)
    app.include_router(router)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


async def test_query_values_collects_the_filters_sent_in_the_order_named() -> None:
    async with _client() as client:
        response = await client.get(
            "/items", params=[("startdatum", "2026-01-01"), ("identificatie", "Z-1")]
        )
    assert response.status_code == 200
    assert response.json() == {
        "filters": {"identificatie": "Z-1", "startdatum": "2026-01-01"},
        "order": ["identificatie", "startdatum"],
        "expand": None,
    }


async def test_query_values_keeps_an_empty_value_and_the_last_of_a_repeated_one() -> None:
    async with _client() as client:
        response = await client.get(
            "/items", params=[("zaaktype", "a"), ("zaaktype", "b"), ("identificatie", "")]
        )
    assert response.json()["filters"] == {"identificatie": "", "zaaktype": "b"}


async def test_a_parameter_neither_collected_nor_declared_is_refused() -> None:
    async with _client() as client:
        known = await client.get("/items", params={"expand": "zaaktype", "zaaktype": "x"})
        unknown = await client.get("/items", params={"zaaktype": "x", "onbekend": "1"})
    assert known.status_code == 200
    assert unknown.status_code == 400
    assert unknown.headers["content-type"] == "application/problem+json"
    assert [(p["name"], p["code"]) for p in unknown.json()["invalidParams"]] == [
        ("onbekend", "unknown-parameters")
    ]
