"""Page-number pagination: `{count, next, previous, results}` with absolute links."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from fundament.common.audit import Actor
from fundament.common.db import Database
from fundament.common.pagination import DEFAULT_PAGE_SIZE
from fundament.components.autorisaties import services
from fundament.components.autorisaties.schemas import ApplicatieCreate
from tests.common.helpers import APPLICATIES, assert_problem

EXTRA = 105  # plus the admin's own applicatie
TOTAL = EXTRA + 1
LIST_URL = f"http://testserver{APPLICATIES}"


@pytest.fixture
async def many(database: Database, admin: dict[str, str]) -> int:
    """EXTRA applicaties next to the admin's, created through the services layer."""
    actor = Actor(client_id="seed")
    async with database.session() as session:
        for n in range(EXTRA):
            data = ApplicatieCreate(
                client_ids=[f"client-{n:03}"], label=f"app {n}", heeft_alle_autorisaties=True
            )
            await services.create_applicatie(
                session, actor, "http://testserver/autorisaties/api/v1", data
            )
    return TOTAL


def link(url: str | None) -> tuple[str, dict[str, list[str]]]:
    """A pagination link split into its absolute base and its query."""
    assert url is not None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}", parse_qs(parts.query)


async def page(client: httpx.AsyncClient, admin: dict[str, str], **params: Any) -> dict[str, Any]:
    response = await client.get(APPLICATIES, params=params, headers=admin)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert list(body) == ["count", "next", "previous", "results"]
    return body


async def test_first_page_has_default_size_and_absolute_next_link(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    body = await page(client, admin)
    assert body["count"] == many
    assert len(body["results"]) == DEFAULT_PAGE_SIZE
    assert body["previous"] is None
    assert link(body["next"]) == (LIST_URL, {"page": ["2"]})


async def test_last_page_has_the_rest_and_a_previous_link(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    body = await page(client, admin, page=2)
    assert body["count"] == many
    assert len(body["results"]) == many - DEFAULT_PAGE_SIZE
    assert body["next"] is None
    assert link(body["previous"]) == (LIST_URL, {"page": ["1"]})


async def test_pages_together_hold_every_item_once(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    first = await page(client, admin)
    second = await page(client, admin, page=2)
    urls = [item["url"] for item in first["results"] + second["results"]]
    assert len(urls) == len(set(urls)) == many


async def test_following_next_links_walks_every_page(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    seen: list[str] = []
    url: str | None = f"{APPLICATIES}?pageSize=40"
    pages = 0
    while url is not None:
        response = await client.get(url, headers=admin)
        assert response.status_code == 200
        body = response.json()
        seen += [item["url"] for item in body["results"]]
        url = body["next"]
        pages += 1
    assert pages == 3  # 106 items by 40
    assert len(seen) == len(set(seen)) == many


async def test_page_size_is_kept_in_links(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    body = await page(client, admin, page=2, pageSize=50)
    assert body["count"] == many
    assert len(body["results"]) == 50
    assert link(body["next"]) == (LIST_URL, {"page": ["3"], "pageSize": ["50"]})
    assert link(body["previous"]) == (LIST_URL, {"page": ["1"], "pageSize": ["50"]})


async def test_filters_are_kept_in_links(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    wanted = "client-000,client-001,client-002"
    body = await page(client, admin, clientIds=wanted, pageSize=2)
    assert body["count"] == 3
    assert link(body["next"]) == (
        LIST_URL,
        {"clientIds": [wanted], "pageSize": ["2"], "page": ["2"]},
    )


async def test_page_past_the_end_is_404(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    response = await client.get(APPLICATIES, params={"page": 3}, headers=admin)
    assert_problem(response, 404, "not_found")


async def test_empty_list_has_one_empty_page(client: httpx.AsyncClient, admin: dict[str, str]):
    body = await page(client, admin, clientIds="nobody")
    assert body == {"count": 0, "next": None, "previous": None, "results": []}
    response = await client.get(
        APPLICATIES, params={"clientIds": "nobody", "page": 2}, headers=admin
    )
    assert_problem(response, 404, "not_found")


async def test_exactly_full_page_has_no_next_link(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    body = await page(client, admin, pageSize=many)
    assert len(body["results"]) == many
    assert body["next"] is None and body["previous"] is None


async def test_base_url_setting_is_used_in_links(
    client_with: Any, admin: dict[str, str], many: int
):
    async with client_with(base_url="https://zgw.example.nl/") as http:
        response = await http.get(APPLICATIES, params={"page": 2}, headers=admin)
    assert response.status_code == 200
    body = response.json()
    base = f"https://zgw.example.nl{APPLICATIES}"
    assert link(body["previous"]) == (base, {"page": ["1"]})
    assert all(item["url"].startswith(f"{base}/") for item in body["results"])


async def test_links_follow_the_requested_host_without_base_url(
    client: httpx.AsyncClient, admin: dict[str, str], many: int
):
    response = await client.get(
        f"https://api.gemeente.example{APPLICATIES}", params={"page": 2}, headers=admin
    )
    assert response.status_code == 200
    assert link(response.json()["previous"]) == (
        f"https://api.gemeente.example{APPLICATIES}",
        {"page": ["1"]},
    )
