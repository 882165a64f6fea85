"""Bad input is a 400/404/415 problem with the standard's codes, never a 422 or a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten

IOTYPE = "http://testserver/catalogi/api/v1/informatieobjecttypen/" + h.MISSING_UUID


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({**h.informatieobject(IOTYPE), "inhoud": "c3Ry*W5n"}, ("inhoud", "invalid-base64")),
        (
            {**h.informatieobject(IOTYPE), "inhoud": "c3RyaW5"},
            ("inhoud", "incorrect-base64-padding"),
        ),
        ({**h.informatieobject(IOTYPE), "inhoud": 42}, ("inhoud", "invalid")),
        ({**h.informatieobject(IOTYPE), "taal": "nl"}, ("taal", "min_length")),
        ({**h.informatieobject(IOTYPE), "titel": ""}, ("titel", "blank")),
        ({**h.informatieobject(IOTYPE), "bronorganisatie": "123"}, ("bronorganisatie", "invalid")),
        ({**h.informatieobject(IOTYPE), "creatiedatum": "gisteren"}, ("creatiedatum", "invalid")),
        ({**h.informatieobject(IOTYPE), "status": "klaar"}, ("status", "invalid_choice")),
        ({**h.informatieobject(IOTYPE), "bestandsomvang": -1}, ("bestandsomvang", "min_value")),
        (
            {**h.informatieobject(IOTYPE), "informatieobjecttype": "geen url"},
            ("informatieobjecttype", "invalid"),
        ),
        ({**h.informatieobject(IOTYPE), "trefwoorden": "brief"}, ("trefwoorden", "not_a_list")),
        (
            {**h.informatieobject(IOTYPE), "ondertekening": {"soort": "pen"}},
            ("ondertekening.soort", "invalid_choice"),
        ),
        ({"titel": "x"}, ("bronorganisatie", "required")),
        ([1, 2], ("nonFieldErrors", "invalid")),
    ],
    ids=lambda value: str(value)[:40] if isinstance(value, tuple) else None,
)
async def test_bad_create_bodies(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    body: Any,
    expected: tuple[str, str],
    settings,
):
    response = await client.post(h.EIO, json=body, headers=admin)
    assert h.first_param(response) == expected
    # Nothing the refused request sent stays in storage.
    assert not [p for p in (settings.data_dir / "documenten").rglob("*") if p.is_file()]


async def test_malformed_json_and_media_types(client: httpx.AsyncClient, admin: dict[str, str]):
    json_headers = {**admin, "Content-Type": "application/json"}
    for content in (b'{"titel": ', b"", b'{"inhoud": "c3Ry'):
        response = await client.post(h.EIO, content=content, headers=json_headers)
        assert h.first_param(response) == ("nonFieldErrors", "parse_error")
    xml = await client.post(h.EIO, content=b"<a/>", headers={**admin, "Content-Type": "text/xml"})
    h.assert_problem(xml, 415)
    broken = await client.post(h.GEBRUIKSRECHTEN, content=b"{", headers=json_headers)
    assert h.first_param(broken) == ("nonFieldErrors", "parse_error")


@pytest.mark.parametrize(
    "path",
    [
        h.EIO,
        f"{h.EIO}/{h.MISSING_UUID}",
        h.GEBRUIKSRECHTEN,
        h.OIO,
        h.VERZENDINGEN,
    ],
)
async def test_unknown_query_parameters_are_400(
    client: httpx.AsyncClient, admin: dict[str, str], path: str
):
    response = await client.get(path, params={"onbekend": "1"}, headers=admin)
    assert h.first_param(response) == ("onbekend", "unknown-parameters")


async def test_unknown_resources_are_404(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, document: dict
):
    for path in (
        f"{h.EIO}/{h.MISSING_UUID}",
        f"{h.EIO}/geen-uuid",
        f"{h.EIO}/{h.MISSING_UUID}/download",
        f"{h.EIO}/{h.MISSING_UUID}/audittrail",
        f"{h.GEBRUIKSRECHTEN}/{h.MISSING_UUID}",
        f"{h.OIO}/{h.MISSING_UUID}",
        f"{h.VERZENDINGEN}/{h.MISSING_UUID}",
    ):
        h.assert_problem(await client.get(path, headers=admin), 404, "not_found")
    for method in ("lock", "unlock"):
        response = await client.post(f"{h.EIO}/{h.MISSING_UUID}/{method}", headers=admin)
        h.assert_problem(response, 404)
    lock = await api.lock(document["url"])
    put = await client.put(
        f"{h.EIO}/{h.MISSING_UUID}",
        json=h.informatieobject(IOTYPE, lock=lock),
        headers=admin,
    )
    h.assert_problem(put, 404)


async def test_bad_unlock_bodies(client: httpx.AsyncClient, admin: dict[str, str], document: dict):
    path = f"{h.path_of(document['url'])}/unlock"
    response = await client.post(path, json={"lock": "x" * 101}, headers=admin)
    assert h.first_param(response) == ("lock", "max_length")
    response = await client.post(
        path, content=b"{", headers={**admin, "Content-Type": "application/json"}
    )
    assert h.first_param(response) == ("nonFieldErrors", "parse_error")


async def test_only_the_bestandsdeel_upload_takes_a_form(
    client: httpx.AsyncClient, admin: dict[str, str], iotype: str
):
    form = await client.post(h.EIO, data={"titel": "x"}, files={"inhoud": b"abc"}, headers=admin)
    h.assert_problem(form, 415)
