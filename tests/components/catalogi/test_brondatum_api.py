"""The brondatumArchiefprocedure rules through the API (ztc-003..008), as the suite sends them."""

from __future__ import annotations

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi, Selectielijst

BESTAANSDUUR = "ingeschatte_bestaansduur_procesobject"


async def _post(api: Catalogi, zaaktype: dict, klasse: dict, group: dict) -> httpx.Response:
    body = api.resultaattype_body(
        zaaktype["url"], selectielijstklasse=klasse["url"], brondatumArchiefprocedure=group
    )
    return await api.http.post(h.RESULTAATTYPEN, json=body, headers=api.headers)


@pytest.mark.parametrize(
    ("procestermijn", "group", "expected"),
    [
        ("nihil", h.brondatum("termijn", procestermijn="P5M"), 400),  # ztc-003a
        ("nihil", h.brondatum("afgehandeld"), 201),  # ztc-003b
        (BESTAANSDUUR, h.brondatum("afgehandeld"), 400),  # ztc-003c
        (BESTAANSDUUR, h.brondatum("termijn", procestermijn="P5M"), 201),  # ztc-003d
        ("", h.brondatum("afgehandeld"), 201),  # ztc-003s
        ("", h.brondatum("termijn", procestermijn="P5M"), 400),  # ztc-003t
    ],
    ids=["003a", "003b", "003c", "003d", "003s", "003t"],
)
async def test_afleidingswijze_must_fit_the_selectielijst_procestermijn(
    api: Catalogi,
    catalogus: dict,
    selectielijst: Selectielijst,
    procestermijn: str,
    group: dict,
    expected: int,
):
    klasse = selectielijst.resultaat(procestermijn)
    zaaktype = await api.zaaktype(catalogus["url"], selectielijstProcestype=klasse["procesType"])
    response = await _post(api, zaaktype, klasse, group)
    if expected == 201:
        assert response.status_code == 201, response.text
        assert response.json()["brondatumArchiefprocedure"] == group
    else:
        found = h.invalid_params(response)
        assert ("nonFieldErrors", "invalid-afleidingswijze-for-procestermijn") in found


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        (h.brondatum("eigenschap"), ("datumkenmerk", "required")),  # ztc-004a
        (h.brondatum("afgehandeld", datumkenmerk="datum"), ("datumkenmerk", "must-be-empty")),
        (h.brondatum("afgehandeld", einddatumBekend=True), ("einddatumBekend", "must-be-empty")),
        (h.brondatum("zaakobject", datumkenmerk="datum"), ("objecttype", "required")),  # 006a
        (h.brondatum("hoofdzaak", objecttype="pand"), ("objecttype", "must-be-empty")),
        (
            h.brondatum("ander_datumkenmerk", datumkenmerk="d", objecttype="pand"),
            ("registratie", "required"),
        ),  # ztc-007a
        (
            h.brondatum("eigenschap", datumkenmerk="d", registratie="BAG"),
            ("registratie", "must-be-empty"),
        ),
        (h.brondatum("termijn"), ("procestermijn", "required")),  # ztc-008a
        (h.brondatum("hoofdzaak", procestermijn="P1Y"), ("procestermijn", "must-be-empty")),
    ],
    ids=["004a", "004g", "005a", "006a", "006h", "007a", "007d", "008a", "008g"],
)
async def test_brondatum_fields_are_checked_per_afleidingswijze(
    api: Catalogi, zaaktype: dict, selectielijst: Selectielijst, group: dict, expected: tuple
):
    # A klasse whose procestermijn fits the afleidingswijze, so only the group's field fails.
    fits = BESTAANSDUUR if group["afleidingswijze"] == "termijn" else ""
    response = await _post(api, zaaktype, selectielijst.resultaat(fits), group)
    name, code = expected
    assert h.invalid_params(response) == {(f"brondatumArchiefprocedure.{name}", code)}


@pytest.mark.parametrize(
    "group",
    [
        h.brondatum("eigenschap", datumkenmerk="datum", einddatumBekend=True),  # ztc-004b/005f
        h.brondatum("zaakobject", datumkenmerk="datum", objecttype="pand"),  # ztc-004d/006b
        h.brondatum("ander_datumkenmerk", datumkenmerk="d", objecttype="pand", registratie="BAG"),
    ],
    ids=["eigenschap", "zaakobject", "ander-datumkenmerk"],
)
async def test_complete_brondatum_groups_are_stored_as_sent(
    api: Catalogi, zaaktype: dict, selectielijst: Selectielijst, group: dict
):
    response = await _post(api, zaaktype, selectielijst.klasse, group)
    assert response.status_code == 201, response.text
    assert response.json()["brondatumArchiefprocedure"] == group
    assert (await api.get(response.json()["url"]))["brondatumArchiefprocedure"] == group


async def test_a_resultaattype_without_brondatum_group_is_allowed(api: Catalogi, zaaktype: dict):
    created = await api.resultaattype(zaaktype["url"], brondatumArchiefprocedure=None)
    assert created["brondatumArchiefprocedure"] is None
