"""Malformed bodies and filters: always a 400 problem with invalidParams, never a 500."""

from __future__ import annotations

from typing import Any

import pytest

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Types, Zaken


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ({"bronorganisatie": "123"}, "bronorganisatie"),
        ({"startdatum": "gisteren"}, "startdatum"),
        ({"zaaktype": "geen url"}, "zaaktype"),
        ({"omschrijving": "x" * 81}, "omschrijving"),
        ({"betalingsindicatie": "soms"}, "betalingsindicatie"),
        ({"archiefstatus": "weg"}, "archiefstatus"),
        ({"zaakgeometrie": {"type": "Cirkel", "coordinates": [1, 2]}}, "zaakgeometrie"),
        ({"zaakgeometrie": {"type": "Point", "coordinates": ["a"]}}, "zaakgeometrie"),
        ({"kenmerken": [{"kenmerk": "", "bron": "x"}]}, "kenmerken.0.kenmerk"),
        ({"verlenging": {"reden": "r", "duur": "vijf dagen"}}, "verlenging.duur"),
        ({"relevanteAndereZaken": [{"url": "https://x.nl/z/1", "aardRelatie": "?"}]},
         "relevanteAndereZaken.0.aardRelatie"),
    ],
)  # fmt: skip
async def test_bad_zaak_fields(api: Zaken, types: Types, fields: dict[str, Any], name: str) -> None:
    body = {**h.zaak(types.zaaktype), **fields}
    response = await api.http.post(h.ZAKEN, json=body, headers=api.headers)
    problem = h.assert_problem(response, 400, "invalid")
    assert name in {param["name"] for param in problem["invalidParams"]}, problem


@pytest.mark.parametrize(
    "content",
    [b"{", b"[]", b'"tekst"', b"null"],
)
async def test_malformed_bodies(api: Zaken, content: bytes) -> None:
    headers = {**api.headers, "Content-Type": "application/json"}
    for path in (h.ZAKEN, h.ZOEK, h.ROLLEN):
        response = await api.http.post(path, content=content, headers=headers)
        assert response.status_code == 400, (path, content, response.text)
        assert response.json()["invalidParams"], response.text


MAX = "maximaleVertrouwelijkheidaanduiding"


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"startdatum__gt": "gisteren"}, "startdatum__gt"),
        ({"einddatum__isnull": "misschien"}, "einddatum__isnull"),
        ({"ordering": "kleur"}, "ordering"),
        ({MAX: "topgeheim"}, MAX),
        ({"onbekend": "1"}, None),
        ({"page": "nul"}, "page"),
    ],
)  # fmt: skip
async def test_bad_list_filters(api: Zaken, params: dict[str, str], name: str | None) -> None:
    response = await api.http.get(h.ZAKEN, params=params, headers=api.headers)
    body = h.assert_problem(response, 400)
    if name is not None:
        assert name in {param["name"] for param in body["invalidParams"]}, body


async def test_bad_filters_in_search_and_part_lists(api: Zaken) -> None:
    search = await api.http.post(h.ZOEK, json={"startdatum": "nooit"}, headers=api.headers)
    assert h.first_param(search) == ("startdatum", "invalid")
    rollen = await api.http.get(h.ROLLEN, params={"zaak": "geen url"}, headers=api.headers)
    assert h.first_param(rollen)[0] == "zaak"
    unknown = await api.http.get(h.ROLLEN, params={"kleur": "rood"}, headers=api.headers)
    assert unknown.status_code == 400
    other_url = await api.http.get(
        h.ROLLEN, params={"zaak": "https://elders.nl/iets"}, headers=api.headers
    )
    assert other_url.status_code == 200 and other_url.json()["count"] == 0


async def test_bad_part_bodies(api: Zaken, types: Types, zaak: dict[str, Any]) -> None:
    cases = [
        (h.STATUSSEN, {"zaak": zaak["url"], "statustype": types.begin}, "datumStatusGezet"),
        (h.RESULTATEN, {"zaak": zaak["url"]}, "resultaattype"),
        (h.ROLLEN, h.rol(zaak["url"], types.roltype, roltoelichting=""), "roltoelichting"),
        (h.ZAAKOBJECTEN, {"zaak": zaak["url"], "objectType": "ufo"}, "objectType"),
        (h.KLANTCONTACTEN, {"zaak": zaak["url"], "datumtijd": "nu"}, "datumtijd"),
        (h.ZIO, {"zaak": zaak["url"]}, "informatieobject"),
        (h.CONTACTMOMENTEN, {"zaak": zaak["url"], "contactmoment": "x"}, "contactmoment"),
        (
            f"{zaak['url']}/zaakeigenschappen",
            {"zaak": zaak["url"], "eigenschap": types.eigenschap, "waarde": ""},
            "waarde",
        ),
        (
            h.ROLLEN,
            h.rol(zaak["url"], types.roltype, contactpersoonRol={"emailadres": 5}),
            "contactpersoonRol.emailadres",
        ),
    ]
    for path, body, name in cases:
        response = await api.http.post(h.path_of(path), json=body, headers=api.headers)
        params = h.assert_problem(response, 400, "invalid")["invalidParams"]
        assert name in {param["name"] for param in params}, (path, params)
