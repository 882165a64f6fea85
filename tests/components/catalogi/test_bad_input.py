"""Bad input is always a 4xx problem+json with the standard's codes, never a 422 or 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi, ReadOutbox

CATALOGUS = f"http://testserver{h.CATALOGUSSEN}/{h.MISSING_UUID}"
ZAAKTYPE = f"http://testserver{h.ZAAKTYPEN}/{h.MISSING_UUID}"

BAD_ZAAKTYPEN: list[tuple[str, dict[str, Any], set[tuple[str, str]]]] = [
    ("duration", {"doorlooptijd": "P10X"}, {("doorlooptijd", "invalid")}),
    ("duration-number", {"doorlooptijd": 10}, {("doorlooptijd", "invalid")}),
    ("date", {"beginGeldigheid": "2020-02-30"}, {("beginGeldigheid", "invalid")}),
    ("date-text", {"versiedatum": "gisteren"}, {("versiedatum", "invalid")}),
    (
        "enum",
        {"vertrouwelijkheidaanduiding": "topgeheim"},
        {("vertrouwelijkheidaanduiding", "invalid_choice")},
    ),
    (
        "enum-intern-extern",
        {"indicatieInternOfExtern": "beide"},
        {("indicatieInternOfExtern", "invalid_choice")},
    ),
    ("bool", {"publicatieIndicatie": "misschien"}, {("publicatieIndicatie", "invalid")}),
    ("list", {"besluittypen": "geen lijst"}, {("besluittypen", "not_a_list")}),
    ("url", {"besluittypen": ["geen url"]}, {("besluittypen.0", "invalid")}),
    ("object", {"referentieproces": "test"}, {("referentieproces", "invalid")}),
    ("too-long", {"identificatie": "x" * 51}, {("identificatie", "max_length")}),
    ("blank", {"omschrijving": ""}, {("omschrijving", "blank")}),
    ("null", {"doel": None}, {("doel", "null")}),
    (
        "aard-relatie",
        {"gerelateerdeZaaktypen": [{"zaaktype": ZAAKTYPE, "aardRelatie": "familie"}]},
        {("gerelateerdeZaaktypen.0.aardRelatie", "invalid_choice")},
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [case[1:] for case in BAD_ZAAKTYPEN],
    ids=[case[0] for case in BAD_ZAAKTYPEN],
)
async def test_zaaktype_with_a_bad_field_is_400_with_its_code(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    catalogus: dict,
    outbox: ReadOutbox,
    change: dict,
    expected: set,
):
    body = {**h.zaaktype(catalogus["url"]), **change}
    response = await client.post(h.ZAAKTYPEN, json=body, headers=admin)
    assert h.invalid_params(response) == expected
    assert await outbox() == []


@pytest.mark.parametrize(
    "field",
    ["identificatie", "doel", "catalogus", "besluittypen", "beginGeldigheid", "versiedatum"],
)
async def test_zaaktype_without_a_required_field_is_400_required(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict, field: str
):
    body = h.zaaktype(catalogus["url"])
    del body[field]
    response = await client.post(h.ZAAKTYPEN, json=body, headers=admin)
    assert h.invalid_params(response) == {(field, "required")}


async def test_bad_fields_of_the_other_resources_are_400_with_their_codes(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, zaaktype: dict
):
    iot = await api.informatieobjecttype(catalogus["url"])
    cases = [
        (h.CATALOGUSSEN, h.catalogus("TELANG"), ("domein", "max_length")),
        (h.CATALOGUSSEN, h.catalogus("ABC", "123456789"), ("rsin", "invalid")),
        (
            h.CATALOGUSSEN,
            h.catalogus("ABC", contactpersoonBeheerEmailadres="geen"),
            ("contactpersoonBeheerEmailadres", "invalid"),
        ),
        (
            h.BESLUITTYPEN,
            h.besluittype(catalogus["url"], reactietermijn="zes weken"),
            ("reactietermijn", "invalid"),
        ),
        (
            h.INFORMATIEOBJECTTYPEN,
            h.informatieobjecttype(catalogus["url"], vertrouwelijkheidaanduiding="x"),
            ("vertrouwelijkheidaanduiding", "invalid_choice"),
        ),
        (h.STATUSTYPEN, h.statustype(zaaktype["url"], volgnummer="een"), ("volgnummer", "invalid")),
        (h.STATUSTYPEN, h.statustype(zaaktype["url"], volgnummer=0), ("volgnummer", "min_value")),
        (
            h.ROLTYPEN,
            h.roltype(zaaktype["url"], omschrijvingGeneriek="koning"),
            ("omschrijvingGeneriek", "invalid_choice"),
        ),
        (
            h.ZIOTS,
            h.ziot(zaaktype["url"], iot["url"], richting="zijwaarts"),
            ("richting", "invalid_choice"),
        ),
        (
            h.ZAAKOBJECTTYPEN,
            h.zaakobjecttype(zaaktype["url"], anderObjecttype="soms"),
            ("anderObjecttype", "invalid"),
        ),
        (
            h.RESULTAATTYPEN,
            api.resultaattype_body(
                zaaktype["url"], brondatumArchiefprocedure=h.brondatum("morgen")
            ),
            ("brondatumArchiefprocedure.afleidingswijze", "invalid_choice"),
        ),
        (
            h.RESULTAATTYPEN,
            api.resultaattype_body(
                zaaktype["url"],
                brondatumArchiefprocedure=h.brondatum("termijn", procestermijn="P10X"),
            ),
            ("brondatumArchiefprocedure.procestermijn", "invalid"),
        ),
        (
            h.RESULTAATTYPEN,
            api.resultaattype_body(zaaktype["url"], archiefnominatie="bewaren"),
            ("archiefnominatie", "invalid_choice"),
        ),
    ]
    for path, body, expected in cases:
        response = await client.post(path, json=body, headers=admin)
        assert h.invalid_params(response) == {expected}, (path, expected)


async def test_patch_with_a_bad_field_is_400_and_changes_nothing(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, zaaktype: dict
):
    path = h.path_of(zaaktype["url"])
    for patch, expected in (
        ({"doorlooptijd": "P10X"}, ("doorlooptijd", "invalid")),
        ({"beginGeldigheid": "morgen"}, ("beginGeldigheid", "invalid")),
        (
            {"vertrouwelijkheidaanduiding": "geheimer"},
            ("vertrouwelijkheidaanduiding", "invalid_choice"),
        ),
    ):
        response = await client.patch(path, json=patch, headers=admin)
        assert h.invalid_params(response) == {expected}
    assert await api.get(zaaktype["url"]) == zaaktype


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{bad json", {("nonFieldErrors", "parse_error")}),
        (b'{"domein": "ABC",}', {("nonFieldErrors", "parse_error")}),
        (b"[]", {("nonFieldErrors", "invalid")}),
    ],
    ids=["garbage", "trailing-comma", "array"],
)
@pytest.mark.parametrize("path", [h.CATALOGUSSEN, h.ZAAKTYPEN, h.STATUSTYPEN])
async def test_malformed_json_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], path: str, content: bytes, expected: set
):
    headers = {**admin, "Content-Type": "application/json"}
    response = await client.post(path, content=content, headers=headers)
    assert h.invalid_params(response) == expected


async def test_empty_body_is_400(client: httpx.AsyncClient, admin: dict[str, str]):
    headers = {**admin, "Content-Type": "application/json"}
    response = await client.post(h.ZAAKTYPEN, content=b"", headers=headers)
    assert h.invalid_params(response) == {("nonFieldErrors", "required")}


async def test_non_json_content_type_is_415(client: httpx.AsyncClient, admin: dict[str, str]):
    headers = {**admin, "Content-Type": "text/plain"}
    response = await client.post(h.CATALOGUSSEN, content=b"domein=ABC", headers=headers)
    h.assert_problem(response, 415, "unsupported_media_type")


LISTS = [
    h.CATALOGUSSEN,
    h.ZAAKTYPEN,
    h.INFORMATIEOBJECTTYPEN,
    h.BESLUITTYPEN,
    h.STATUSTYPEN,
    h.ROLTYPEN,
    h.RESULTAATTYPEN,
    h.EIGENSCHAPPEN,
    h.ZIOTS,
    h.ZAAKOBJECTTYPEN,
]


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.rsplit("/", 1)[-1])
async def test_unknown_query_parameter_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], path: str
):
    response = await client.get(path, params={"onbekend": "1"}, headers=admin)
    assert h.invalid_params(response) == {("onbekend", "unknown-parameters")}


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.rsplit("/", 1)[-1])
async def test_page_that_is_not_a_number_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], path: str
):
    response = await client.get(path, params={"page": "een"}, headers=admin)
    assert h.invalid_params(response) == {("page", "invalid")}


@pytest.mark.parametrize(
    ("path", "param"),
    [
        (h.ZAAKTYPEN, "catalogus"),
        (h.BESLUITTYPEN, "informatieobjecttypen"),
        (h.STATUSTYPEN, "zaaktype"),
        (h.ZIOTS, "informatieobjecttype"),
    ],
)
async def test_filter_url_that_is_no_url_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], path: str, param: str
):
    response = await client.get(path, params={param: "geen url"}, headers=admin)
    assert h.invalid_params(response) == {(param, "invalid")}


@pytest.mark.parametrize("method", ["GET", "HEAD", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.rsplit("/", 1)[-1])
async def test_path_that_is_not_a_uuid_is_404(
    client: httpx.AsyncClient, admin: dict[str, str], path: str, method: str
):
    body = {} if method == "PATCH" else None  # an empty PATCH is a valid body
    response = await client.request(method, f"{path}/geen-uuid", json=body, headers=admin)
    if method == "HEAD":
        assert response.status_code == 404
    elif path == h.CATALOGUSSEN and method != "GET":
        h.assert_problem(response, 405, "method_not_allowed")
    else:
        h.assert_problem(response, 404, "not_found")


async def test_put_of_a_valid_body_to_a_path_that_is_not_a_uuid_is_404(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict
):
    body = h.zaaktype(catalogus["url"])
    response = await client.put(f"{h.ZAAKTYPEN}/geen-uuid", json=body, headers=admin)
    h.assert_problem(response, 404, "not_found")


@pytest.mark.parametrize("path", [h.ZAAKTYPEN, h.INFORMATIEOBJECTTYPEN, h.BESLUITTYPEN])
async def test_publish_of_a_path_that_is_not_a_uuid_is_404(
    client: httpx.AsyncClient, admin: dict[str, str], path: str
):
    response = await client.post(f"{path}/geen-uuid/publish", headers=admin)
    h.assert_problem(response, 404, "not_found")


async def test_unsupported_method_is_405(client: httpx.AsyncClient, admin: dict[str, str]):
    h.assert_problem(await client.delete(h.ZAAKTYPEN, headers=admin), 405, "method_not_allowed")
    h.assert_problem(await client.put(h.STATUSTYPEN, headers=admin), 405, "method_not_allowed")
