"""The loopback stand-ins answer what the conformance suite and the implementation expect."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest

from fundament.referentielijsten.server import PAGE_SIZE, Referentielijsten
from tests.conformance.mock_endpoints import MockEndpoints

AFGEWEZEN = "e6a0c939-3404-45b0-88e3-76c94fb80ea7"  # hard-coded in 89 request bodies


def fetch(url: str, method: str = "GET", body: bytes | None = None) -> tuple[int, str, bytes]:
    request = Request(url, method=method, data=body)
    try:
        with urlopen(request, timeout=5) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def fetch_json(url: str) -> Any:
    status, _, body = fetch(url)
    assert status == 200, (url, status, body)
    return json.loads(body)


@pytest.fixture(scope="module")
def mocks() -> Iterator[MockEndpoints]:
    with MockEndpoints() as server:
        yield server


@pytest.fixture(scope="module")
def referentielijsten() -> Iterator[Referentielijsten]:
    with Referentielijsten() as server:
        yield server


def test_mock_200_is_an_empty_html_page(mocks: MockEndpoints) -> None:
    assert fetch(f"{mocks.base_url}/200") == (200, "text/html; charset=utf-8", b"")


def test_mock_404_and_unknown_paths_are_not_found(mocks: MockEndpoints) -> None:
    assert fetch(f"{mocks.base_url}/404")[0] == 404
    assert fetch(f"{mocks.base_url}/no-such-thing")[0] == 404


def test_mock_communicatiekanaal_points_at_itself(mocks: MockEndpoints) -> None:
    kanaal = fetch_json(f"{mocks.base_url}/communicatiekanaal")
    assert kanaal == {
        "url": f"{mocks.base_url}/communicatiekanaal",
        "naam": "foo",
        "omschrijving": "bar",
    }


def test_mock_callback_accepts_and_records_notifications(mocks: MockEndpoints) -> None:
    status, _, _ = fetch(f"{mocks.base_url}/callback", "POST", b'{"kanaal": "zaken"}')
    assert status == 204
    assert {"kanaal": "zaken"} in mocks.callbacks()


def test_mock_serves_the_canned_bodies_of_the_mock_file(mocks: MockEndpoints) -> None:
    assert fetch_json(f"{mocks.base_url}/zaakobject_min") == {"datum": "2021-01-01"}


def test_resultaten_are_paginated_like_the_real_api(referentielijsten: Referentielijsten) -> None:
    first = fetch_json(f"{referentielijsten.api_url}/resultaten?page=1")
    assert first["count"] == 346
    assert len(first["results"]) == PAGE_SIZE
    assert first["previous"] is None
    assert first["next"] == f"{referentielijsten.api_url}/resultaten?page=2"
    last = fetch_json(f"{referentielijsten.api_url}/resultaten?page=4")
    assert last["next"] is None and len(last["results"]) == 346 - 3 * PAGE_SIZE
    assert fetch(f"{referentielijsten.api_url}/resultaten?page=5")[0] == 404


def test_every_procestermijn_the_suite_scans_for_is_present(
    referentielijsten: Referentielijsten,
) -> None:
    seen: set[str] = set()
    url: str | None = f"{referentielijsten.api_url}/resultaten"
    while url:
        page = fetch_json(url)
        seen.update(r["procestermijn"] for r in page["results"])
        url = page["next"]
    assert {"nihil", "ingeschatte_bestaansduur_procesobject", "vast_te_leggen_datum"} <= seen


def test_resultaat_urls_and_their_procestype_resolve(referentielijsten: Referentielijsten) -> None:
    resultaat = fetch_json(f"{referentielijsten.api_url}/resultaten?page=2")["results"][0]
    assert fetch_json(resultaat["url"]) == resultaat
    procestype = fetch_json(resultaat["procesType"])
    assert procestype["url"] == resultaat["procesType"]
    assert resultaat["volledigNummer"].startswith(f"{procestype['nummer']}.")
    query = urlencode({"proces_type": procestype["url"]})
    filtered = fetch_json(f"{referentielijsten.api_url}/resultaten?{query}")
    assert filtered["count"] > 0
    assert all(r["procesType"] == procestype["url"] for r in filtered["results"])


def test_resultaattypeomschrijvingen_include_afgewezen(
    referentielijsten: Referentielijsten,
) -> None:
    listed = fetch_json(f"{referentielijsten.api_url}/resultaattypeomschrijvingen")
    url = f"{referentielijsten.api_url}/resultaattypeomschrijvingen/{AFGEWEZEN}"
    assert url in [o["url"] for o in listed]
    assert fetch_json(url)["omschrijving"] == "Afgewezen"


def test_unknown_referentielijst_resources_are_not_found(
    referentielijsten: Referentielijsten,
) -> None:
    missing = "00000000-0000-0000-0000-000000000000"
    assert fetch(f"{referentielijsten.api_url}/resultaten/{missing}")[0] == 404
    assert fetch(f"{referentielijsten.api_url}/nothing")[0] == 404
