"""Request bodies and problem assertions shared by the Autorisaties API tests."""

from __future__ import annotations

from typing import Any

import httpx

from fundament.common.problems import PROBLEM_JSON

ROOT = "/autorisaties/api/v1"
APPLICATIES = f"{ROOT}/applicaties"
CONSUMER = f"{APPLICATIES}/consumer"
MISSING_UUID = "7a1c3bb4-6a0f-4e1c-9d0b-3f2a33c0b5e1"

ZAAKTYPE = (
    "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/0f4f8a4e-2d5c-4a55-9e0b-4d1f0b6f2c11"
)
INFORMATIEOBJECTTYPE = (
    "https://catalogi.example.nl/catalogi/api/v1/informatieobjecttypen/"
    "5e2a4c1d-98b3-4b8b-9d7c-0c2f7a1e6b22"
)
BESLUITTYPE = (
    "https://catalogi.example.nl/catalogi/api/v1/besluittypen/9b1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e33"
)


def zrc(
    scopes: list[str] | None = None,
    zaaktype: str = ZAAKTYPE,
    max_vertrouwelijkheid: str = "openbaar",
) -> dict[str, Any]:
    return {
        "component": "zrc",
        "scopes": scopes or ["zaken.lezen"],
        "zaaktype": zaaktype,
        "maxVertrouwelijkheidaanduiding": max_vertrouwelijkheid,
    }


def drc(scopes: list[str] | None = None) -> dict[str, Any]:
    return {
        "component": "drc",
        "scopes": scopes or ["documenten.lezen"],
        "informatieobjecttype": INFORMATIEOBJECTTYPE,
        "maxVertrouwelijkheidaanduiding": "geheim",
    }


def brc(scopes: list[str] | None = None) -> dict[str, Any]:
    return {"component": "brc", "scopes": scopes or ["besluiten.lezen"], "besluittype": BESLUITTYPE}


def applicatie(
    *client_ids: str,
    label: str = "Test applicatie",
    autorisaties: list[dict[str, Any]] | None = None,
    heeft_alle: bool | None = None,
) -> dict[str, Any]:
    """A valid Applicatie body: explicit autorisaties, or all of them when `heeft_alle`."""
    body: dict[str, Any] = {"clientIds": list(client_ids), "label": label}
    if heeft_alle:
        body["heeftAlleAutorisaties"] = True
        body["autorisaties"] = autorisaties or []
    else:
        if heeft_alle is not None:
            body["heeftAlleAutorisaties"] = False
        body["autorisaties"] = [zrc()] if autorisaties is None else autorisaties
    return body


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> dict:
    """A problem+json body with the given status (and top-level code)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    assert body["status"] == status
    if code is not None:
        assert body["code"] == code, body
    return body


def invalid_params(response: httpx.Response) -> set[tuple[str, str]]:
    """The (name, code) pairs of a 400 ValidatieFout."""
    body = assert_problem(response, 400, "invalid")
    return {(param["name"], param["code"]) for param in body["invalidParams"]}


def uuid_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]
