"""Request bodies, paths and assertions shared by the Documenten API tests."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from fundament.common.problems import PROBLEM_JSON

ROOT = "/documenten/api/v1"
EIO = f"{ROOT}/enkelvoudiginformatieobjecten"
ZOEK = f"{EIO}/_zoek"
GEBRUIKSRECHTEN = f"{ROOT}/gebruiksrechten"
OIO = f"{ROOT}/objectinformatieobjecten"
VERZENDINGEN = f"{ROOT}/verzendingen"
CATALOGI = "/catalogi/api/v1"
MISSING_UUID = "7a1c3bb4-6a0f-4e1c-9d0b-3f2a33c0b5e1"

LEZEN = "documenten.lezen"
AANMAKEN = "documenten.aanmaken"
BIJWERKEN = "documenten.bijwerken"
VERWIJDEREN = "documenten.verwijderen"
LOCK = "documenten.lock"
GEFORCEERD_UNLOCK = "documenten.geforceerd-unlock"
AUDITTRAILS = "audittrails.lezen"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def drc(*scopes: str, iotype: str, max_vertrouwelijkheid: str = "zeer_geheim") -> dict[str, Any]:
    """An autorisatie on the Documenten API for one informatieobjecttype."""
    return {
        "component": "drc",
        "scopes": list(scopes),
        "informatieobjecttype": iotype,
        "maxVertrouwelijkheidaanduiding": max_vertrouwelijkheid,
    }


def informatieobject(iotype: str, **fields: Any) -> dict[str, Any]:
    """The suite's body (drc-001a): six bytes of content."""
    return {
        "bronorganisatie": "000000000",
        "creatiedatum": "2019-01-01",
        "titel": "testobject",
        "auteur": "testauteur",
        "taal": "eng",
        "inhoud": b64(b"string"),
        "informatieobjecttype": iotype,
        "bestandsomvang": 6,
        **fields,
    }


def path_of(url: str) -> str:
    """`http://testserver/documenten/...` → `/documenten/...`."""
    return url.removeprefix("http://testserver")


def uuid_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    assert body["status"] == status
    if code is not None:
        assert body["code"] == code, body
    return body


def invalid_params(response: httpx.Response) -> set[tuple[str, str]]:
    body = assert_problem(response, 400, "invalid")
    return {(param["name"], param["code"]) for param in body["invalidParams"]}


def first_param(response: httpx.Response) -> tuple[str, str]:
    """The first (name, code) of a 400: what the VNG suite checks."""
    body = assert_problem(response, 400, "invalid")
    param = body["invalidParams"][0]
    return param["name"], param["code"]


def urls(page: httpx.Response) -> list[str]:
    assert page.status_code == 200, page.text
    body = page.json()
    items = body["results"] if isinstance(body, dict) else body
    return [item["url"] for item in items]
