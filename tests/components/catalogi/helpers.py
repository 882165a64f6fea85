"""Request bodies, paths and problem assertions shared by the Catalogi API tests."""

from __future__ import annotations

from typing import Any

import httpx

from fundament.common.problems import PROBLEM_JSON

ROOT = "/catalogi/api/v1"
CATALOGUSSEN = f"{ROOT}/catalogussen"
ZAAKTYPEN = f"{ROOT}/zaaktypen"
INFORMATIEOBJECTTYPEN = f"{ROOT}/informatieobjecttypen"
BESLUITTYPEN = f"{ROOT}/besluittypen"
STATUSTYPEN = f"{ROOT}/statustypen"
ROLTYPEN = f"{ROOT}/roltypen"
RESULTAATTYPEN = f"{ROOT}/resultaattypen"
EIGENSCHAPPEN = f"{ROOT}/eigenschappen"
ZIOTS = f"{ROOT}/zaaktype-informatieobjecttypen"
ZAAKOBJECTTYPEN = f"{ROOT}/zaakobjecttypen"
APPLICATIES = "/autorisaties/api/v1/applicaties"

MISSING_UUID = "7a1c3bb4-6a0f-4e1c-9d0b-3f2a33c0b5e1"
# RSINs that pass the elfproef.
RSINS = ("000000000", "123456782", "111222333")

LEZEN = "catalogi.lezen"
SCHRIJVEN = "catalogi.schrijven"
GEFORCEERD_SCHRIJVEN = "catalogi.geforceerd-schrijven"
GEFORCEERD_VERWIJDEREN = "catalogi.geforceerd-verwijderen"


def ztc(*scopes: str) -> dict[str, Any]:
    """An autorisatie on the Catalogi component with these scopes."""
    return {"component": "ztc", "scopes": list(scopes)}


# --- request bodies (the suite's bodies, camelCase; keyword arguments override fields) ---------


def catalogus(domein: str = "ZGWT", rsin: str = RSINS[0], **fields: Any) -> dict[str, Any]:
    return {"domein": domein, "rsin": rsin, "contactpersoonBeheerNaam": "Test Persoon", **fields}


def zaaktype(catalogus_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "identificatie": "ZT-1",
        "omschrijving": "Melding Openbare Ruimte",
        "vertrouwelijkheidaanduiding": "openbaar",
        "doel": "test doel",
        "aanleiding": "test aanleiding",
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": "indienen",
        "onderwerp": "openbare ruimte",
        "handelingBehandelaar": "behandelen",
        "doorlooptijd": "P10D",
        "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": False,
        "publicatieIndicatie": False,
        "productenOfDiensten": ["https://ref.tst.vng.cloud/standaard/"],
        "referentieproces": {"naam": "test", "link": ""},
        "catalogus": catalogus_url,
        "besluittypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": "2005-01-01",
        "eindeGeldigheid": "2012-01-01",
        "versiedatum": "2012-01-01",
        "verantwoordelijke": "Behandelaar",
        **fields,
    }


def informatieobjecttype(catalogus_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "catalogus": catalogus_url,
        "omschrijving": "informatieobject",
        "vertrouwelijkheidaanduiding": "openbaar",
        "beginGeldigheid": "2019-01-01",
        "informatieobjectcategorie": "testcategorie",
        **fields,
    }


def besluittype(catalogus_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "catalogus": catalogus_url,
        "omschrijving": "test",
        "publicatieIndicatie": False,
        "informatieobjecttypen": [],
        "beginGeldigheid": "2019-01-01",
        **fields,
    }


def statustype(zaaktype_url: str, volgnummer: int = 1, **fields: Any) -> dict[str, Any]:
    return {"zaaktype": zaaktype_url, "omschrijving": "test", "volgnummer": volgnummer, **fields}


def roltype(zaaktype_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "zaaktype": zaaktype_url,
        "omschrijving": "test",
        "omschrijvingGeneriek": "adviseur",
        **fields,
    }


def eigenschap(zaaktype_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "naam": "test eigenschap",
        "definitie": "test",
        "zaaktype": zaaktype_url,
        "specificatie": {
            "formaat": "tekst",
            "lengte": "5",
            "kardinaliteit": "1",
            "waardenverzameling": ["test"],
        },
        **fields,
    }


def brondatum(afleidingswijze: str = "gerelateerde_zaak", **fields: Any) -> dict[str, Any]:
    return {
        "afleidingswijze": afleidingswijze,
        "procestermijn": None,
        "datumkenmerk": "",
        "einddatumBekend": False,
        "objecttype": "",
        "registratie": "",
        **fields,
    }


def resultaattype(
    zaaktype_url: str, omschrijving_url: str, klasse_url: str, **fields: Any
) -> dict[str, Any]:
    return {
        "zaaktype": zaaktype_url,
        "omschrijving": "TEST",
        "resultaattypeomschrijving": omschrijving_url,
        "selectielijstklasse": klasse_url,
        "brondatumArchiefprocedure": brondatum(),
        **fields,
    }


def zaakobjecttype(zaaktype_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "anderObjecttype": False,
        "beginGeldigheid": "2019-01-01",
        "objecttype": "https://objecttypen.example.nl/api/v2/objecttypes/1",
        "relatieOmschrijving": "test",
        "zaaktype": zaaktype_url,
        **fields,
    }


def ziot(zaaktype_url: str, informatieobjecttype_url: str, **fields: Any) -> dict[str, Any]:
    return {
        "zaaktype": zaaktype_url,
        "informatieobjecttype": informatieobjecttype_url,
        "volgnummer": 1,
        "richting": "inkomend",
        **fields,
    }


# --- assertions --------------------------------------------------------------------------------


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


def first_param(response: httpx.Response) -> tuple[str, str]:
    """The first (name, code) of a 400 ValidatieFout: what the VNG suite checks."""
    body = assert_problem(response, 400, "invalid")
    param = body["invalidParams"][0]
    return param["name"], param["code"]


def urls(page: httpx.Response) -> list[str]:
    """The `url`s of a 200 list page, in order."""
    assert page.status_code == 200, page.text
    return [item["url"] for item in page.json()["results"]]


def uuid_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def path_of(url: str) -> str:
    """`http://testserver/catalogi/...` → `/catalogi/...` (what the test client requests)."""
    return url.removeprefix("http://testserver")
