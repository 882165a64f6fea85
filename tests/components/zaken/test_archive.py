"""zrc-021: archiefnominatie and archiefactiedatum derived on closing, for every afleidingswijze
(archiefactietermijn P10Y throughout); zrc-022: the archiefstatus rules."""

from __future__ import annotations

from typing import Any

import pytest

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Foreign, Types, Zaken

CLOSED_AT = "2020-01-15T10:00:00Z"


async def _archived(
    api: Zaken, afleidingswijze: str, prepare: Any = None, **brondatum: Any
) -> dict[str, Any]:
    """Make a zaaktype with this afleidingswijze, a zaak (prepared by `prepare`), close it."""
    types = await api.types(
        afleidingswijze=afleidingswijze,
        brondatum=brondatum,
        eigenschap_naam=brondatum.get("datumkenmerk") or "test eigenschap",
    )
    zaak = await api.zaak(types.zaaktype)
    if prepare is not None:
        await prepare(zaak, types)
    return await api.close(zaak["url"], types, CLOSED_AT)


async def test_afgehandeld(api: Zaken) -> None:
    zaak = await _archived(api, "afgehandeld")
    assert zaak["archiefnominatie"] == "vernietigen"
    assert zaak["archiefactiedatum"] == "2030-01-15"  # einddatum + P10Y


async def test_termijn(api: Zaken) -> None:
    zaak = await _archived(api, "termijn", procestermijn="P5Y")
    assert zaak["archiefactiedatum"] == "2035-01-15"  # einddatum + P5Y + P10Y


async def test_hoofdzaak(api: Zaken, types: Types) -> None:
    hoofdzaak = await api.zaak(types.zaaktype)
    await api.close(hoofdzaak["url"], types, "2019-06-01T12:00:00Z")

    async def prepare(zaak: dict[str, Any], _: Types) -> None:
        await api.patch(zaak["url"], {"hoofdzaak": hoofdzaak["url"]})

    zaak = await _archived(api, "hoofdzaak", prepare, einddatumBekend=True)
    assert zaak["archiefactiedatum"] == "2029-06-01"


async def test_hoofdzaak_still_open_leaves_the_date_empty(api: Zaken, types: Types) -> None:
    hoofdzaak = await api.zaak(types.zaaktype)

    async def prepare(zaak: dict[str, Any], _: Types) -> None:
        await api.patch(zaak["url"], {"hoofdzaak": hoofdzaak["url"]})

    zaak = await _archived(api, "hoofdzaak", prepare)
    assert zaak["archiefnominatie"] == "vernietigen"
    assert zaak["archiefactiedatum"] is None


async def test_eigenschap(api: Zaken) -> None:
    async def prepare(zaak: dict[str, Any], types: Types) -> None:
        await api.post(
            f"{zaak['url']}/zaakeigenschappen",
            {"zaak": zaak["url"], "eigenschap": types.eigenschap, "waarde": "2021-03-04"},
        )

    zaak = await _archived(api, "eigenschap", prepare, datumkenmerk="brondatum")
    assert zaak["archiefactiedatum"] == "2031-03-04"


async def test_gerelateerde_zaak_takes_the_latest_einddatum(api: Zaken, types: Types) -> None:
    early = await api.zaak(types.zaaktype)
    await api.close(early["url"], types, "2019-02-01T12:00:00Z")
    late = await api.zaak(types.zaaktype)
    await api.close(late["url"], types, "2019-05-01T12:00:00Z")

    async def prepare(zaak: dict[str, Any], _: Types) -> None:
        relevant = [
            {"url": early["url"], "aardRelatie": "vervolg"},
            {"url": late["url"], "aardRelatie": "onderwerp"},
        ]
        await api.patch(zaak["url"], {"relevanteAndereZaken": relevant})

    zaak = await _archived(api, "gerelateerde_zaak", prepare)
    assert zaak["archiefactiedatum"] == "2029-05-01"


@pytest.mark.parametrize(
    ("afleidingswijze", "expected"),
    [("ingangsdatum_besluit", "2034-01-01"), ("vervaldatum_besluit", "2035-01-01")],
)
async def test_besluit_dates_take_the_latest(
    api: Zaken, foreign: Foreign, afleidingswijze: str, expected: str
) -> None:
    """The besluiten are foreign (a loopback Besluiten API) and linked as zaakbesluiten."""

    async def prepare(zaak: dict[str, Any], _: Types) -> None:
        for ingangsdatum, vervaldatum in (
            ("2016-01-01", "2022-01-01"),
            ("2024-01-01", "2025-01-01"),
        ):
            besluit = foreign.serve(
                "besluiten", zaak=zaak["url"], ingangsdatum=ingangsdatum, vervaldatum=vervaldatum
            )
            await api.post(f"{zaak['url']}/besluiten", {"besluit": besluit})

    zaak = await _archived(api, afleidingswijze, prepare, einddatumBekend=True)
    assert zaak["archiefactiedatum"] == expected


async def test_zaakobject_by_object_url(api: Zaken, foreign: Foreign) -> None:
    async def prepare(zaak: dict[str, Any], _: Types) -> None:
        for datum in ("2020-01-01", "2026-06-30"):
            pand = foreign.serve("panden", einddatum=datum)
            await api.post(
                h.ZAAKOBJECTEN, {"zaak": zaak["url"], "objectType": "pand", "object": pand}
            )
        # An object of another objecttype does not count.
        adres = foreign.serve("adressen", einddatum="2040-01-01")
        await api.post(
            h.ZAAKOBJECTEN, {"zaak": zaak["url"], "objectType": "adres", "object": adres}
        )

    zaak = await _archived(api, "zaakobject", prepare, datumkenmerk="einddatum", objecttype="pand")
    assert zaak["archiefactiedatum"] == "2036-06-30"


async def test_zaakobject_by_object_identificatie(api: Zaken) -> None:
    """The suite's local objects: woz_waarde with an unpadded waardepeildatum."""

    async def prepare(zaak: dict[str, Any], _: Types) -> None:
        for datum in ("2008-1-1", "2013-1-1"):
            await api.post(
                h.ZAAKOBJECTEN,
                {
                    "zaak": zaak["url"],
                    "objectType": "woz_waarde",
                    "objectIdentificatie": {
                        "waardepeildatum": datum,
                        "isVoor": {
                            "wozObjectNummer": "testobject",
                            "aanduidingWozObject": {
                                "aoaIdentificatie": "bla",
                                "wplWoonplaatsNaam": "bla",
                                "gorOpenbareRuimteNaam": "bla",
                                "aoaHuisnummer": 10,
                            },
                        },
                    },
                },
            )

    zaak = await _archived(
        api, "zaakobject", prepare, datumkenmerk="waardepeildatum", objecttype="woz_waarde"
    )
    assert zaak["archiefactiedatum"] == "2023-01-01"


async def test_ander_datumkenmerk_leaves_the_date_empty(api: Zaken) -> None:
    zaak = await _archived(
        api,
        "ander_datumkenmerk",
        datumkenmerk="vervaldatum",
        objecttype="pand",
        registratie="BAG",
    )
    assert zaak["archiefnominatie"] == "vernietigen"
    assert zaak["archiefactiedatum"] is None


async def test_values_the_client_set_are_kept(api: Zaken, types: Types) -> None:
    zaak = await api.zaak(
        types.zaaktype, archiefnominatie="blijvend_bewaren", archiefactiedatum="2050-01-01"
    )
    closed = await api.close(zaak["url"], types)
    assert closed["archiefnominatie"] == "blijvend_bewaren"
    assert closed["archiefactiedatum"] == "2050-01-01"


async def test_archiefstatus_needs_archived_documents_nominatie_and_datum(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    """zrc-022b..h, in the suite's order."""
    document = await api.document(types.iotype)
    await api.relate(zaak["url"], document["url"])

    async def patch(body: dict[str, Any]) -> Any:
        return await api.http.patch(h.path_of(zaak["url"]), json=body, headers=api.headers)

    archive = {"archiefstatus": "gearchiveerd"}
    assert h.first_param(await patch(archive)) == ("archiefstatus", "documents-not-archived")
    put = await api.http.put(
        h.path_of(zaak["url"]), json=h.zaak(types.zaaktype, **archive), headers=api.headers
    )
    assert h.first_param(put) == ("archiefstatus", "documents-not-archived")
    # The document is archived (a fresh zaak with an archived document).
    archived_document = await api.document(types.iotype, status="gearchiveerd")
    other = await api.zaak(types.zaaktype)
    await api.relate(other["url"], archived_document["url"])

    async def patch_other(body: dict[str, Any]) -> Any:
        return await api.http.patch(h.path_of(other["url"]), json=body, headers=api.headers)

    assert h.first_param(await patch_other(archive)) == (
        "archiefnominatie",
        "archiefnominatie-not-set",
    )
    assert h.first_param(await patch_other({**archive, "archiefnominatie": "vernietigen"})) == (
        "archiefactiedatum",
        "archiefactiedatum-not-set",
    )
    done = await patch_other(
        {**archive, "archiefnominatie": "vernietigen", "archiefactiedatum": "2030-01-01"}
    )
    assert done.status_code == 200, done.text
    assert done.json()["archiefstatus"] == "gearchiveerd"
