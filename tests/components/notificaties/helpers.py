"""Paths, request bodies and problem assertions shared by the Notificaties API tests."""

from __future__ import annotations

from typing import Any

import httpx

from fundament.common.problems import PROBLEM_JSON

ROOT = "/notificaties/api/v1"
KANAAL = f"{ROOT}/kanaal"
ABONNEMENT = f"{ROOT}/abonnement"
NOTIFICATIES = f"{ROOT}/notificaties"
MISSING_UUID = "7a1c3bb4-6a0f-4e1c-9d0b-3f2a33c0b5e1"

ZAKEN_FILTERS = ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"]
ZAAKTYPE_A = (
    "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/0f4f8a4e-2d5c-4a55-9e0b-4d1f0b6f2c11"
)
ZAAKTYPE_B = (
    "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/9b1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e33"
)


def kanaal(naam: str = "zaken", filters: list[str] | None = None) -> dict[str, Any]:
    return {
        "naam": naam,
        "documentatieLink": "https://example.com/zaken",
        "filters": ZAKEN_FILTERS if filters is None else filters,
    }


def abonnement(
    callback_url: str = "https://consumer.example.com/callback",
    *kanalen: dict[str, Any],
    auth: str = "Bearer abc123",
) -> dict[str, Any]:
    """An Abonnement body; default: kanaal `zaken` without filters."""
    return {
        "callbackUrl": callback_url,
        "auth": auth,
        "kanalen": list(kanalen) or [{"naam": "zaken", "filters": {}}],
    }


def message(
    resource_url: str = "https://zaken.example.com/zaken/api/v1/zaken/1",
    kanaal: str = "zaken",
    **kenmerken: str,
) -> dict[str, Any]:
    """A Message body (POST /notificaties) on a kanaal, with kenmerken."""
    return {
        "kanaal": kanaal,
        "hoofdObject": resource_url,
        "resource": "zaak",
        "resourceUrl": resource_url,
        "actie": "create",
        "aanmaakdatum": "2026-01-01T12:00:00Z",
        "kenmerken": kenmerken,
    }


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
