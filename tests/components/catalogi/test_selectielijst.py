"""Selectielijst references (ztc-001, ztc-002): fetched, checked and used to derive fields.

The URLs point at a real local Referentielijsten server; URLs that are no valid resource point
at a loopback server answering HTML, an unrelated JSON object or 404.
"""

from __future__ import annotations

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi, Selectielijst


async def test_zaaktype_with_a_selectielijst_procestype_is_created(
    api: Catalogi, catalogus: dict, selectielijst: Selectielijst
):
    """ztc-001a"""
    procestype = selectielijst.klasse["procesType"]
    zaaktype = await api.zaaktype(catalogus["url"], selectielijstProcestype=procestype)
    assert zaaktype["selectielijstProcestype"] == procestype


@pytest.mark.parametrize(
    ("target", "code"),
    [("/html", "invalid-resource"), ("/json", "invalid-resource"), ("/weg", "bad-url")],
    ids=["html-page", "other-json", "not-found"],
)
async def test_selectielijst_procestype_that_is_no_procestype_is_400(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    catalogus: dict,
    elsewhere: str,
    target: str,
    code: str,
):
    """ztc-001b"""
    body = h.zaaktype(catalogus["url"], selectielijstProcestype=elsewhere + target)
    response = await client.post(h.ZAAKTYPEN, json=body, headers=admin)
    assert h.first_param(response) == ("selectielijstProcestype", code)


async def test_selectielijst_procestype_pointing_at_a_resultaat_is_400_invalid_resource(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict, selectielijst: Selectielijst
):
    body = h.zaaktype(catalogus["url"], selectielijstProcestype=selectielijst.klasse["url"])
    response = await client.post(h.ZAAKTYPEN, json=body, headers=admin)
    assert h.first_param(response) == ("selectielijstProcestype", "invalid-resource")


async def test_omschrijving_generiek_is_taken_from_the_resultaattypeomschrijving(
    api: Catalogi, zaaktype: dict, selectielijst: Selectielijst
):
    """ztc-002a/b"""
    resultaattype = await api.resultaattype(zaaktype["url"])
    assert resultaattype["resultaattypeomschrijving"] == selectielijst.omschrijving["url"]
    assert resultaattype["omschrijvingGeneriek"] == selectielijst.omschrijving["omschrijving"]
    assert resultaattype["selectielijstklasse"] == selectielijst.klasse["url"]

    other = selectielijst.omschrijvingen[1]
    changed = await api.http.patch(
        h.path_of(resultaattype["url"]),
        json={"resultaattypeomschrijving": other["url"]},
        headers=api.headers,
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["omschrijvingGeneriek"] == other["omschrijving"]


@pytest.mark.parametrize(
    ("field", "target", "code"),
    [
        ("resultaattypeomschrijving", "/html", "invalid-resource"),
        ("resultaattypeomschrijving", "/json", "invalid-resource"),
        ("resultaattypeomschrijving", "/weg", "bad-url"),
        ("selectielijstklasse", "/html", "invalid-resource"),
        ("selectielijstklasse", "/json", "invalid-resource"),
        ("selectielijstklasse", "/weg", "bad-url"),
    ],
)
async def test_selectielijst_urls_of_a_resultaattype_must_be_their_resources(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    zaaktype: dict,
    elsewhere: str,
    field: str,
    target: str,
    code: str,
):
    """ztc-002c/d"""
    body = api.resultaattype_body(zaaktype["url"], **{field: elsewhere + target})
    response = await client.post(h.RESULTAATTYPEN, json=body, headers=admin)
    assert h.first_param(response) == (field, code)


async def test_selectielijst_urls_of_the_wrong_kind_are_400_invalid_resource(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    zaaktype: dict,
    selectielijst: Selectielijst,
):
    """A resultaat is no resultaattypeomschrijving, and a procestype is no resultaat."""
    swapped = {
        "resultaattypeomschrijving": selectielijst.klasse["url"],
        "selectielijstklasse": selectielijst.klasse["procesType"],
    }
    for field, url in swapped.items():
        body = api.resultaattype_body(zaaktype["url"], **{field: url})
        response = await client.post(h.RESULTAATTYPEN, json=body, headers=admin)
        assert h.first_param(response) == (field, "invalid-resource")


async def test_selectielijstklasse_of_another_procestype_is_400_procestype_mismatch(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    api: Catalogi,
    catalogus: dict,
    selectielijst: Selectielijst,
):
    """ztc-002e"""
    klasse = selectielijst.klasse
    zaaktype = await api.zaaktype(catalogus["url"], selectielijstProcestype=klasse["procesType"])
    other = selectielijst.resultaat_of_other_procestype(klasse)
    body = api.resultaattype_body(zaaktype["url"], selectielijstklasse=other["url"])
    response = await client.post(h.RESULTAATTYPEN, json=body, headers=admin)
    assert h.first_param(response) == ("nonFieldErrors", "procestype-mismatch")

    same = api.resultaattype_body(zaaktype["url"], selectielijstklasse=klasse["url"])
    assert (await client.post(h.RESULTAATTYPEN, json=same, headers=admin)).status_code == 201


@pytest.mark.parametrize(
    "procestermijn", ["vast_te_leggen_datum", ""], ids=["vernietigen", "blijvend-bewaren"]
)
async def test_archiefnominatie_and_archiefactietermijn_default_from_the_selectielijst(
    api: Catalogi, zaaktype: dict, selectielijst: Selectielijst, procestermijn: str
):
    """ztc-002f/g"""
    klasse = selectielijst.resultaat(procestermijn)
    brondatum = h.brondatum("afgehandeld")
    resultaattype = await api.resultaattype(
        zaaktype["url"], selectielijstklasse=klasse["url"], brondatumArchiefprocedure=brondatum
    )
    assert resultaattype["archiefnominatie"] == klasse["waardering"]
    assert resultaattype["archiefactietermijn"] == klasse["bewaartermijn"]


async def test_given_archiefnominatie_and_archiefactietermijn_are_kept(
    api: Catalogi, zaaktype: dict, selectielijst: Selectielijst
):
    assert selectielijst.klasse["waardering"] == "vernietigen"
    resultaattype = await api.resultaattype(
        zaaktype["url"], archiefnominatie="blijvend_bewaren", archiefactietermijn="P3Y"
    )
    assert resultaattype["archiefnominatie"] == "blijvend_bewaren"
    assert resultaattype["archiefactietermijn"] == "P3Y"
