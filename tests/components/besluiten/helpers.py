"""Paths, bodies and assertions shared by the Besluiten API tests."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from fundament.common.problems import PROBLEM_JSON

ROOT = "/besluiten/api/v1"
BESLUITEN = f"{ROOT}/besluiten"
BIO = f"{ROOT}/besluitinformatieobjecten"
CATALOGI = "/catalogi/api/v1"
DOCUMENTEN = "/documenten/api/v1"
OIO = f"{DOCUMENTEN}/objectinformatieobjecten"
MISSING_UUID = "7a1c3bb4-6a0f-4e1c-9d0b-3f2a33c0b5e1"

LEZEN = "besluiten.lezen"
AANMAKEN = "besluiten.aanmaken"
BIJWERKEN = "besluiten.bijwerken"
VERWIJDEREN = "besluiten.verwijderen"
AUDITTRAILS = "audittrails.lezen"


def brc(*scopes: str, besluittype: str) -> dict[str, Any]:
    """An autorisatie on the Besluiten API for one besluittype."""
    return {"component": "brc", "scopes": list(scopes), "besluittype": besluittype}


def besluit(besluittype: str, **fields: Any) -> dict[str, Any]:
    """The suite's body (brc-001a)."""
    return {
        "verantwoordelijkeOrganisatie": "000000000",
        "besluittype": besluittype,
        "datum": "2019-01-01",
        "ingangsdatum": "2018-01-01",
        **fields,
    }


def informatieobject(iotype: str) -> dict[str, Any]:
    return {
        "bronorganisatie": "000000000",
        "creatiedatum": "2019-01-01",
        "titel": "testobject",
        "auteur": "testauteur",
        "taal": "eng",
        "inhoud": base64.b64encode(b"string").decode(),
        "informatieobjecttype": iotype,
        "bestandsomvang": 6,
    }


def path_of(url: str) -> str:
    return url.removeprefix("http://testserver")


def uuid_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON), response.headers
    body = response.json()
    if code is not None:
        assert body["code"] == code, body
    return body


def first_param(response: httpx.Response) -> tuple[str, str]:
    """The first (name, code) of a 400 ValidatieFout: what the VNG suite checks."""
    body = assert_problem(response, 400, "invalid")
    param = body["invalidParams"][0]
    return param["name"], param["code"]


def invalid_params(response: httpx.Response) -> set[tuple[str, str]]:
    body = assert_problem(response, 400, "invalid")
    return {(param["name"], param["code"]) for param in body["invalidParams"]}
