"""Every error is a problem+json Fout/ValidatieFout; never a 422 and never a bare 500."""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel, StringConstraints, ValidationError

from fundament.common import errors
from fundament.common.problems import (
    api_error_response,
    install_exception_handlers,
    invalid_params_from_pydantic,
)
from tests.common.helpers import APPLICATIES, ROOT, assert_problem, invalid_params


class UnionChild(BaseModel):
    waarde: bool | None = None


VALID = {"clientIds": ["probleem"], "label": "probleem", "heeftAlleAutorisaties": True}


async def post(client: httpx.AsyncClient, admin: dict[str, str], body: Any) -> httpx.Response:
    return await client.post(APPLICATIES, json=body, headers=admin)


# --- request bodies ----------------------------------------------------------------------------


async def test_malformed_json_is_a_parse_error(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.post(
        APPLICATIES,
        content=b'{"clientIds": ["x"], "label": ',
        headers={**admin, "Content-Type": "application/json"},
    )
    body = assert_problem(response, 400, "invalid")
    assert "parse_error" in invalid_params(body).values()


async def test_wrong_types_are_invalid(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await post(
        client, admin, {**VALID, "label": ["lijst"], "heeftAlleAutorisaties": "misschien"}
    )
    body = assert_problem(response, 400, "invalid")
    assert invalid_params(body) == {"label": "invalid", "heeftAlleAutorisaties": "invalid"}


async def test_a_number_for_a_text_field_is_taken_as_text(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    """As DRF's CharField does (the VNG suite sends `"identificatie": 20` for a zaaktype)."""
    response = await post(client, admin, {**VALID, "label": 5})
    assert response.status_code == 201, response.text
    assert response.json()["label"] == "5"


async def test_missing_required_field_is_required(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await post(client, admin, {"label": "zonder clientIds"})
    body = assert_problem(response, 400, "invalid")
    assert invalid_params(body) == {"clientIds": "required"}


async def test_overlong_string_is_max_length(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await post(client, admin, {**VALID, "label": "x" * 101})
    body = assert_problem(response, 400, "invalid")
    assert invalid_params(body) == {"label": "max_length"}


async def test_invalid_enum_is_invalid_choice(client: httpx.AsyncClient, admin: dict[str, str]):
    autorisatie = {"component": "xyz", "scopes": ["zaken.lezen"]}
    response = await post(
        client, admin, {**VALID, "heeftAlleAutorisaties": False, "autorisaties": [autorisatie]}
    )
    body = assert_problem(response, 400, "invalid")
    assert invalid_params(body) == {"autorisaties.0.component": "invalid_choice"}


async def test_nested_field_names_are_camel_case(client: httpx.AsyncClient, admin: dict[str, str]):
    autorisatie = {
        "component": "zrc",
        "scopes": ["zaken.lezen"],
        "zaaktype": "https://ztc.example/zaaktypen/1",
        "maxVertrouwelijkheidaanduiding": "streng_geheim",
    }
    response = await post(
        client, admin, {**VALID, "heeftAlleAutorisaties": False, "autorisaties": [autorisatie]}
    )
    body = assert_problem(response, 400, "invalid")
    assert invalid_params(body) == {
        "autorisaties.0.maxVertrouwelijkheidaanduiding": "invalid_choice"
    }


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "applicatie",
        42,
        {},
        {"clientIds": "x", "label": "x"},
        {"clientIds": [None], "label": "x"},
        {"clientIds": ["x"], "label": None},
        {"clientIds": ["x"], "label": "x", "autorisaties": "alle"},
        {"clientIds": ["x"], "label": "x", "autorisaties": [1, "a", None]},
        {"clientIds": ["x"], "label": "x", "autorisaties": [{"component": "ac", "scopes": 3}]},
    ],
)
async def test_malformed_bodies_are_400_problems(
    client: httpx.AsyncClient, admin: dict[str, str], body: Any
):
    response = await post(client, admin, body)
    invalid_params(assert_problem(response, 400, "invalid"))


# --- query parameters --------------------------------------------------------------------------


async def test_unknown_query_parameter_is_rejected(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    response = await client.get(APPLICATIES, params={"zaaktype": "x"}, headers=admin)
    body = assert_problem(response, 400, "invalid")
    assert invalid_params(body) == {"zaaktype": "unknown-parameters"}


async def test_known_query_parameters_are_accepted(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    params = {"clientIds": "test-superuser", "page": "1", "pageSize": "10"}
    response = await client.get(APPLICATIES, params=params, headers=admin)
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("params", "name", "code"),
    [
        ({"page": "0"}, "page", "min_value"),
        ({"page": "een"}, "page", "invalid"),
        ({"pageSize": "0"}, "pageSize", "min_value"),
        ({"pageSize": "100000"}, "pageSize", "max_value"),
    ],
)
async def test_bad_pagination_parameters_are_400(
    client: httpx.AsyncClient, admin: dict[str, str], params: dict[str, str], name: str, code: str
):
    response = await client.get(APPLICATIES, params=params, headers=admin)
    assert invalid_params(assert_problem(response, 400, "invalid")) == {name: code}


# --- media types, paths and methods ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "content"),
    [
        ("application/x-www-form-urlencoded", b"clientIds=x&label=x"),
        ("text/plain", b'{"clientIds": ["x"], "label": "x"}'),
        ("application/xml", b"<applicatie/>"),
    ],
)
async def test_non_json_content_type_is_unsupported(
    client: httpx.AsyncClient, admin: dict[str, str], content_type: str, content: bytes
):
    headers = {**admin, "Content-Type": content_type}
    response = await client.post(APPLICATIES, content=content, headers=headers)
    assert_problem(response, 415, "unsupported_media_type")


async def test_json_content_type_with_charset_is_accepted(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    headers = {**admin, "Content-Type": "application/json; charset=utf-8"}
    response = await client.post(
        APPLICATIES, content=httpx.Request("POST", "/", json=VALID).content, headers=headers
    )
    assert response.status_code == 201, response.text


async def test_html_accept_is_not_acceptable(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(APPLICATIES, headers={**admin, "Accept": "text/html"})
    assert_problem(response, 406, "not_acceptable")


@pytest.mark.parametrize(
    "accept", ["application/json", "application/problem+json", "text/html, */*;q=0.8"]
)
async def test_json_compatible_accept_is_served(
    client: httpx.AsyncClient, admin: dict[str, str], accept: str
):
    response = await client.get(APPLICATIES, headers={**admin, "Accept": accept})
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/nergens", f"{ROOT}/nergens", f"{APPLICATIES}/a/b"])
async def test_unknown_path_is_a_404_problem(
    client: httpx.AsyncClient, admin: dict[str, str], path: str
):
    assert_problem(await client.get(path, headers=admin), 404, "not_found")


@pytest.mark.parametrize(("method", "path"), [("DELETE", APPLICATIES), ("PUT", APPLICATIES)])
async def test_wrong_method_is_a_405_problem(
    client: httpx.AsyncClient, admin: dict[str, str], method: str, path: str
):
    response = await client.request(method, path, headers=admin)
    assert_problem(response, 405, "method_not_allowed")


@pytest.mark.parametrize("key", ["not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g"])
async def test_invalid_uuid_in_path_is_a_404_problem(
    client: httpx.AsyncClient, admin: dict[str, str], key: str
):
    assert_problem(await client.get(f"{APPLICATIES}/{key}", headers=admin), 404, "not_found")
    response = await client.put(f"{APPLICATIES}/{key}", json=VALID, headers=admin)
    assert_problem(response, 404, "not_found")


async def test_unknown_uuid_is_a_404_problem(client: httpx.AsyncClient, admin: dict[str, str]):
    response = await client.get(
        f"{APPLICATIES}/6f1c2b70-0000-4000-8000-000000000000", headers=admin
    )
    assert_problem(response, 404, "not_found")


# --- the mapping itself ------------------------------------------------------------------------


def test_every_domain_error_maps_to_its_status_and_code():
    classes = [
        cls
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.ApiError)
    ]
    assert len(classes) >= 9
    for cls in classes:
        if cls is errors.ValidationFailed:
            error: errors.ApiError = cls.single("veld", "required", "Verplicht.")
        else:
            error = cls()
        response = api_error_response(error)
        assert response.status_code == cls.status
        assert response.media_type == "application/problem+json"
        assert bytes(response.body).count(f'"code": "{cls.code}"'.encode()) == 1


class UnionBody(BaseModel):
    keuze: Literal["a", "b"] | Literal[""]
    getal: str | int
    lijst: list[str] | Annotated[str, StringConstraints(max_length=2)]
    kinderen: list[UnionChild] = []


def test_union_members_do_not_appear_in_field_names():
    with pytest.raises(ValidationError) as raised:
        UnionBody.model_validate(
            {"keuze": "c", "getal": [], "lijst": "lang", "kinderen": [{"waarde": 1.5}]}
        )
    params = invalid_params_from_pydantic(raised.value.errors())
    assert sorted((p.name, p.code) for p in params) == [
        ("getal", "invalid"),
        ("keuze", "invalid_choice"),
        ("kinderen.0.waarde", "invalid"),
        ("lijst", "max_length"),
        ("lijst", "not_a_list"),
    ]


# --- unexpected exceptions ---------------------------------------------------------------------


@pytest.fixture
def error_records(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> pytest.LogCaptureFixture:
    """Capture `fundament.*` records even after configure_logging() stopped propagation."""
    monkeypatch.setattr(logging.getLogger("fundament"), "propagate", True)
    return caplog


async def test_unexpected_exception_is_a_logged_500_problem(
    error_records: pytest.LogCaptureFixture,
):
    app = FastAPI()
    install_exception_handlers(app)

    @app.get("/kapot")
    async def broken() -> None:
        raise RuntimeError("geheime interne details")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/kapot")

    body = assert_problem(response, 500, "error")
    assert "geheime interne details" not in response.text
    records = [r for r in error_records.records if r.name == "fundament.errors"]
    assert len(records) == 1
    record = records[0]
    assert record.levelno == logging.ERROR
    assert getattr(record, "instance", None) == body["instance"]
    assert body["instance"] in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
