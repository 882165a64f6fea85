"""Bad input is always a 400/404 problem+json with the standard's codes, never a 422 or 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.components.autorisaties.conftest import CreateApplicatie, ReadOutbox
from tests.components.autorisaties.helpers import (
    APPLICATIES,
    CONSUMER,
    applicatie,
    assert_problem,
    invalid_params,
    zrc,
)

BAD_BODIES: list[tuple[str, Any, set[tuple[str, str]]]] = [
    ("client-ids-as-string", {**applicatie(), "clientIds": "app"}, {("clientIds", "not_a_list")}),
    ("label-as-list", {**applicatie("app"), "label": ["lijst"]}, {("label", "invalid")}),
    (
        "heeft-alle-as-object",
        {**applicatie("app"), "heeftAlleAutorisaties": {}},
        {("heeftAlleAutorisaties", "invalid")},
    ),
    ("label-too-long", applicatie("app", label="x" * 101), {("label", "max_length")}),
    ("client-id-too-long", applicatie("ok", "x" * 51), {("clientIds.1", "max_length")}),
    ("label-empty", applicatie("app", label=""), {("label", "blank")}),
    ("label-missing", {"clientIds": ["app"], "autorisaties": [zrc()]}, {("label", "required")}),
    ("client-ids-missing", {"label": "x", "autorisaties": [zrc()]}, {("clientIds", "required")}),
    ("client-id-twice", applicatie("app", "app"), {("clientIds", "unique")}),
    (
        "unknown-component",
        applicatie("app", autorisaties=[{**zrc(), "component": "xyz"}]),
        {("autorisaties.0.component", "invalid_choice")},
    ),
    (
        "invalid-max-vertrouwelijkheid",
        applicatie("app", autorisaties=[zrc(max_vertrouwelijkheid="topgeheim")]),
        {("autorisaties.0.maxVertrouwelijkheidaanduiding", "invalid_choice")},
    ),
    (
        "invalid-zaaktype-url",
        applicatie("app", autorisaties=[zrc(zaaktype="geen url")]),
        {("autorisaties.0.zaaktype", "invalid")},
    ),
    (
        "scopes-missing",
        applicatie("app", autorisaties=[{"component": "ac"}]),
        {("autorisaties.0.scopes", "required")},
    ),
    ("body-not-an-object", [applicatie("app")], {("nonFieldErrors", "invalid")}),
]


@pytest.mark.parametrize(
    ("body", "expected"), [case[1:] for case in BAD_BODIES], ids=[case[0] for case in BAD_BODIES]
)
async def test_create_with_bad_body_is_400_with_the_fields_code(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    outbox: ReadOutbox,
    body: Any,
    expected: set[tuple[str, str]],
):
    response = await client.post(APPLICATIES, json=body, headers=admin)
    assert invalid_params(response) == expected
    assert await outbox() == []


@pytest.mark.parametrize(
    ("body", "expected"), [case[1:] for case in BAD_BODIES], ids=[case[0] for case in BAD_BODIES]
)
async def test_put_with_bad_body_is_400_and_changes_nothing(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    create_applicatie: CreateApplicatie,
    body: Any,
    expected: set[tuple[str, str]],
):
    created = await create_applicatie(applicatie("app"))
    response = await client.put(created["url"], json=body, headers=admin)
    assert invalid_params(response) == expected
    assert (await client.get(created["url"], headers=admin)).json() == created


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        ({"label": ["lijst"]}, {("label", "invalid")}),
        ({"label": "x" * 101}, {("label", "max_length")}),
        ({"clientIds": "app"}, {("clientIds", "not_a_list")}),
        ({"heeftAlleAutorisaties": {}}, {("heeftAlleAutorisaties", "invalid")}),
        (
            {"autorisaties": [{**zrc(), "component": "xyz"}]},
            {("autorisaties.0.component", "invalid_choice")},
        ),
    ],
    ids=["label-list", "label-too-long", "client-ids-string", "heeft-alle-object", "component"],
)
async def test_patch_with_bad_body_is_400_and_changes_nothing(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    create_applicatie: CreateApplicatie,
    patch: dict[str, Any],
    expected: set[tuple[str, str]],
):
    created = await create_applicatie(applicatie("app"))
    response = await client.patch(created["url"], json=patch, headers=admin)
    assert invalid_params(response) == expected
    assert (await client.get(created["url"], headers=admin)).json() == created


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{bad json", {("nonFieldErrors", "parse_error")}),
        (b'{"clientIds": ["a"],}', {("nonFieldErrors", "parse_error")}),
        (b"", {("nonFieldErrors", "required")}),
    ],
    ids=["garbage", "trailing-comma", "empty"],
)
async def test_malformed_or_missing_json_is_400(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    content: bytes,
    expected: set[tuple[str, str]],
):
    headers = {**admin, "Content-Type": "application/json"}
    response = await client.post(APPLICATIES, content=content, headers=headers)
    assert invalid_params(response) == expected


async def test_non_json_content_type_is_415(client: httpx.AsyncClient, admin: dict[str, str]):
    headers = {**admin, "Content-Type": "text/plain"}
    response = await client.post(APPLICATIES, content=b"label=x", headers=headers)
    assert_problem(response, 415, "unsupported_media_type")


@pytest.mark.parametrize(
    ("path", "params", "unknown"),
    [
        (APPLICATIES, {"onbekend": "1"}, "onbekend"),
        (APPLICATIES, {"clientId": "a"}, "clientId"),
        (CONSUMER, {"clientId": "a", "client_id": "a"}, "client_id"),
    ],
    ids=["list", "list-singular-client-id", "consumer"],
)
async def test_unknown_query_parameter_is_400(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    path: str,
    params: dict[str, str],
    unknown: str,
):
    response = await client.get(path, params=params, headers=admin)
    assert invalid_params(response) == {(unknown, "unknown-parameters")}


async def test_page_that_is_not_a_number_is_400(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(APPLICATIES, params={"page": "een"}, headers=admin)
    assert invalid_params(response) == {("page", "invalid")}


async def test_page_past_the_end_is_404(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(APPLICATIES, params={"page": 2}, headers=admin)
    assert_problem(response, 404, "not_found")


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
async def test_path_that_is_not_a_uuid_is_404(
    client: httpx.AsyncClient, admin: dict[str, str], method: str
):
    body = applicatie("app") if method in {"PUT", "PATCH"} else None
    response = await client.request(method, f"{APPLICATIES}/geen-uuid", json=body, headers=admin)
    assert_problem(response, 404, "not_found")


async def test_unsupported_method_is_405(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.delete(APPLICATIES, headers=admin)
    assert_problem(response, 405, "method_not_allowed")
