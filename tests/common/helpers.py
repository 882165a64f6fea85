"""Assertions shared by the common tests: the ZGW Fout/ValidatieFout problem shape."""

from __future__ import annotations

from typing import Any

import httpx

ROOT = "/autorisaties/api/v1"
APPLICATIES = f"{ROOT}/applicaties"
FOUT_FIELDS = ("type", "code", "title", "status", "detail", "instance")


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The response is an `application/problem+json` Fout with this status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert set(FOUT_FIELDS) <= body.keys()
    assert body["status"] == status
    assert body["code"] == code
    for name in ("type", "title", "detail", "instance"):
        assert isinstance(body[name], str) and body[name]
    return body


def invalid_params(body: dict[str, Any]) -> dict[str, str]:
    """`invalidParams` of a ValidatieFout as {name: code}."""
    params = body["invalidParams"]
    assert isinstance(params, list) and params
    for param in params:
        assert {"name", "code", "reason"} <= param.keys()
    return {param["name"]: param["code"] for param in params}
