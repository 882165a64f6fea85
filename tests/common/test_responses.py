"""HTTP caching and headers: ETag/If-None-Match/HEAD, API-version, Location on create."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from fundament.common.middleware import ApiVersionMiddleware
from fundament.common.problems import install_exception_handlers
from tests.common.helpers import APPLICATIES, ROOT, assert_problem

API_VERSION = "1.0.0"  # of the Autorisaties API
NEW = {
    "clientIds": ["etag-client"],
    "label": "ETag",
    "autorisaties": [
        {
            "component": "zrc",
            "scopes": ["zaken.lezen"],
            "zaaktype": "https://ztc.example/zaaktypen/1",
            "maxVertrouwelijkheidaanduiding": "intern",
        },
        {"component": "ac", "scopes": ["autorisaties.lezen"]},
    ],
}


@pytest.fixture
async def created(client: httpx.AsyncClient, admin: dict[str, str]) -> httpx.Response:
    response = await client.post(APPLICATIES, json=NEW, headers=admin)
    assert response.status_code == 201, response.text
    return response


async def test_created_response_has_location_of_the_new_resource(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    location = created.headers["Location"]
    assert location == created.json()["url"]
    assert location.startswith(f"http://testserver{APPLICATIES}/")
    fetched = await client.get(location, headers=admin)
    assert fetched.status_code == 200
    assert fetched.json() == created.json()


async def test_detail_has_a_strong_etag(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    response = await client.get(created.headers["Location"], headers=admin)
    etag = response.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 2


async def test_etag_is_stable_between_reads(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    url = created.headers["Location"]
    first = await client.get(url, headers=admin)
    second = await client.get(url, headers=admin)
    assert first.headers["ETag"] == second.headers["ETag"]


async def test_etag_of_write_response_matches_the_next_read(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    url = created.headers["Location"]
    read = await client.get(url, headers=admin)
    assert created.headers["ETag"] == read.headers["ETag"]
    patched = await client.patch(url, json={"label": "Anders"}, headers=admin)
    reread = await client.get(url, headers=admin)
    assert patched.headers["ETag"] == reread.headers["ETag"]


@pytest.mark.parametrize("form", ["{etag}", "W/{etag}", '"ander", {etag}', "*"])
async def test_matching_if_none_match_is_304_without_body(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response, form: str
):
    url = created.headers["Location"]
    etag = (await client.get(url, headers=admin)).headers["ETag"]
    response = await client.get(url, headers={**admin, "If-None-Match": form.format(etag=etag)})
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["ETag"] == etag
    assert response.headers["API-version"] == API_VERSION


async def test_other_if_none_match_gets_the_full_body(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    url = created.headers["Location"]
    response = await client.get(url, headers={**admin, "If-None-Match": '"verouderd"'})
    assert response.status_code == 200
    assert response.json()["url"] == url


async def test_head_is_200_with_headers_and_no_body(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    url = created.headers["Location"]
    get = await client.get(url, headers=admin)
    head = await client.head(url, headers=admin)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert head.headers["Content-Type"] == get.headers["Content-Type"]
    assert int(head.headers["Content-Length"]) == len(get.content)
    assert head.headers["API-version"] == API_VERSION


async def test_head_with_matching_if_none_match_is_304(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    url = created.headers["Location"]
    etag = (await client.head(url, headers=admin)).headers["ETag"]
    response = await client.head(url, headers={**admin, "If-None-Match": etag})
    assert response.status_code == 304


async def test_etag_changes_when_the_resource_changes(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    url = created.headers["Location"]
    before = (await client.get(url, headers=admin)).headers["ETag"]
    assert (await client.patch(url, json={"label": "Nieuw"}, headers=admin)).status_code == 200
    after = await client.get(url, headers={**admin, "If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["ETag"] != before
    assert after.json()["label"] == "Nieuw"


async def test_api_version_on_successful_responses(
    client: httpx.AsyncClient, admin: dict[str, str], created: httpx.Response
):
    url = created.headers["Location"]
    assert created.headers["API-version"] == API_VERSION
    responses = [
        await client.get(APPLICATIES, headers=admin),
        await client.get(url, headers=admin),
        await client.put(url, json=NEW, headers=admin),
        await client.delete(url, headers=admin),
        await client.get(f"{ROOT}/openapi.json"),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 204, 200]
    assert all(r.headers["API-version"] == API_VERSION for r in responses)


ANONYMOUS = None  # send no Authorization header


@pytest.mark.parametrize(
    ("method", "path", "headers", "status", "code"),
    [
        ("GET", APPLICATIES, ANONYMOUS, 403, "not_authenticated"),
        ("GET", f"{APPLICATIES}?onbekend=1", {}, 400, "invalid"),
        ("GET", f"{ROOT}/onbekend", {}, 404, "not_found"),
        ("DELETE", APPLICATIES, {}, 405, "method_not_allowed"),
        ("GET", APPLICATIES, {"Accept": "text/html"}, 406, "not_acceptable"),
        ("POST", APPLICATIES, {"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
    ],
)
async def test_api_version_on_error_responses(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    method: str,
    path: str,
    headers: dict[str, str] | None,
    status: int,
    code: str,
):
    sent = {} if headers is ANONYMOUS else {**admin, **headers}
    response = await client.request(
        method, path, content=b"{}" if method == "POST" else None, headers=sent
    )
    assert_problem(response, status, code)
    assert response.headers["API-version"] == API_VERSION


async def test_no_api_version_outside_component_roots(client: httpx.AsyncClient):
    response = await client.get("/_health")
    assert response.status_code == 200
    assert "API-version" not in response.headers


async def test_api_version_on_unexpected_500():
    app = FastAPI()
    install_exception_handlers(app)

    @app.get("/test/api/v1/kapot")
    async def broken() -> None:
        raise RuntimeError("kapot")

    app.add_middleware(ApiVersionMiddleware, versions={"/test/api/v1": "9.8.7"})
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/test/api/v1/kapot")
    assert_problem(response, 500, "error")
    assert response.headers["API-version"] == "9.8.7"
