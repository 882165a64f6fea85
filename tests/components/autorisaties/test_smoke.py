"""A first end-to-end check that the Autorisaties API answers a superuser."""

import httpx


async def test_list_applicaties_is_paginated(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get("/autorisaties/api/v1/applicaties", headers=admin)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert body["next"] is None and body["previous"] is None
    assert body["results"][0]["clientIds"] == ["test-superuser"]
    assert response.headers["API-version"] == "1.0.0"
