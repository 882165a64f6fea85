"""Zaken: create, read, update, delete and the rules on the zaak itself (zrc-001/002,
zrc-009..015, zrc-023), plus the CRS headers."""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Foreign, Types, Zaken

ZAAK_FIELDS = {
    "url", "uuid", "identificatie", "bronorganisatie", "omschrijving", "toelichting", "zaaktype",
    "registratiedatum", "verantwoordelijkeOrganisatie", "startdatum", "einddatum",
    "einddatumGepland", "uiterlijkeEinddatumAfdoening", "publicatiedatum", "communicatiekanaal",
    "productenOfDiensten", "vertrouwelijkheidaanduiding", "betalingsindicatie",
    "betalingsindicatieWeergave", "laatsteBetaaldatum", "zaakgeometrie", "verlenging",
    "opschorting", "selectielijstklasse", "hoofdzaak", "deelzaken", "relevanteAndereZaken",
    "eigenschappen", "rollen", "status", "zaakinformatieobjecten", "zaakobjecten", "kenmerken",
    "archiefnominatie", "archiefstatus", "archiefactiedatum", "resultaat",
    "opdrachtgevendeOrganisatie", "processobjectaard", "startdatumBewaartermijn", "processobject",
}  # fmt: skip


async def test_create_and_read_a_zaak(api: Zaken, types: Types) -> None:
    created = await api.zaak(
        types.zaaktype,
        omschrijving="melding",
        zaakgeometrie=h.point(5.1, 52.1),
        opschorting={"indicatie": True, "reden": "wachten"},
        kenmerken=[{"kenmerk": "K1", "bron": "extern"}],
    )
    assert ZAAK_FIELDS <= created.keys()
    assert created["zaakgeometrie"] == h.point(5.1, 52.1)
    assert created["opschorting"] == {"indicatie": True, "reden": "wachten"}
    assert created["verlenging"] == {"reden": "", "duur": None}  # zrc-012: always the group
    assert created["archiefstatus"] == "nog_te_archiveren"  # zrc-022a
    assert created["status"] is None and created["resultaat"] is None
    assert created["einddatum"] is None
    assert await api.get(created["url"]) == created
    # A list reads rows, not the ORM objects the detail reads: the same representation.
    listed = await api.get(h.ZAKEN, identificatie=created["identificatie"])
    assert listed["results"] == [created]


async def test_detail_has_etag_and_answers_head_and_304(
    client: httpx.AsyncClient, admin: dict[str, str], zaak: dict[str, Any]
) -> None:
    response = await client.get(h.path_of(zaak["url"]), headers=h.crs(admin))
    assert response.status_code == 200
    assert response.headers["Content-Crs"] == "EPSG:4326"
    etag = response.headers["ETag"]
    head = await client.head(h.path_of(zaak["url"]), headers=h.crs(admin))
    assert head.status_code == 200 and head.content == b""
    again = await client.get(
        h.path_of(zaak["url"]), headers={**h.crs(admin), "If-None-Match": etag}
    )
    assert again.status_code == 304


async def test_crs_headers_are_required(
    client: httpx.AsyncClient, admin: dict[str, str], types: Types
) -> None:
    missing = await client.get(h.ZAKEN, headers=admin)
    h.assert_problem(missing, 412, "missing-accept-crs")
    other = await client.get(h.ZAKEN, headers={**admin, "Accept-Crs": "EPSG:28992"})
    assert other.status_code == 406
    no_content_crs = await client.post(
        h.ZAKEN, json=h.zaak(types.zaaktype), headers={**admin, "Accept-Crs": "EPSG:4326"}
    )
    h.assert_problem(no_content_crs, 412, "missing-content-crs")
    wrong = await client.post(
        h.ZAKEN,
        json=h.zaak(types.zaaktype),
        headers={**admin, "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:28992"},
    )
    assert wrong.status_code == 415


async def test_update_and_partial_update(api: Zaken, zaak: dict[str, Any]) -> None:
    body = h.zaak(zaak["zaaktype"], omschrijving="aangepast", toelichting="t")
    response = await api.http.put(h.path_of(zaak["url"]), json=body, headers=api.headers)
    assert response.status_code == 200, response.text
    assert response.json()["omschrijving"] == "aangepast"
    assert response.json()["identificatie"] == zaak["identificatie"]
    patched = await api.patch(zaak["url"], {"toelichting": "deels"})
    assert patched["toelichting"] == "deels" and patched["omschrijving"] == "aangepast"


async def test_zaaktype_must_resolve_to_a_published_zaaktype(api: Zaken, foreign: Foreign) -> None:
    async def create(zaaktype: str) -> httpx.Response:
        return await api.http.post(h.ZAKEN, json=h.zaak(zaaktype), headers=api.headers)

    # zrc-001d/e/f
    assert h.first_param(await create(foreign.missing)) == ("zaaktype", "bad-url")
    assert h.first_param(await create(foreign.html)) == ("zaaktype", "invalid-resource")
    other = foreign.serve("zaaktypen", omschrijving="geen zaaktype")
    assert h.first_param(await create(other)) == ("zaaktype", "invalid-resource")
    concept = await api.types(publish=False)
    assert h.first_param(await create(concept.zaaktype)) == ("zaaktype", "not-published")
    # A concept is never cached (common/refcache): published, it is accepted at once.
    published = await api.http.post(f"{h.path_of(concept.zaaktype)}/publish", headers=api.headers)
    assert published.status_code == 200, published.text
    assert (await create(concept.zaaktype)).status_code == 201


async def test_zaaktype_cannot_change(api: Zaken, zaak: dict[str, Any]) -> None:
    other = await api.types()
    put = await api.http.put(
        h.path_of(zaak["url"]), json=h.zaak(other.zaaktype), headers=api.headers
    )
    assert h.first_param(put) == ("zaaktype", "wijzigen-niet-toegelaten")  # zrc-001g
    patch = await api.http.patch(
        h.path_of(zaak["url"]), json={"zaaktype": other.zaaktype}, headers=api.headers
    )
    assert h.first_param(patch) == ("zaaktype", "wijzigen-niet-toegelaten")  # zrc-001h


async def test_identificatie_is_generated_unique_per_bronorganisatie(
    api: Zaken, types: Types
) -> None:
    first = await api.zaak(types.zaaktype)
    second = await api.zaak(types.zaaktype)
    other_bron = await api.zaak(types.zaaktype, bronorganisatie="123456782")
    assert first["identificatie"] and first["identificatie"] != second["identificatie"]
    assert first["identificatie"].startswith("ZAAK-2019-")
    assert other_bron["identificatie"]


async def test_generated_identificatie_skips_one_chosen_by_a_client(
    api: Zaken, types: Types
) -> None:
    first = await api.zaak(types.zaaktype)
    number = int(first["identificatie"].rsplit("-", 1)[1])
    taken = f"ZAAK-2019-{number + 1:010d}"
    await api.zaak(types.zaaktype, identificatie=taken)
    generated = await api.zaak(types.zaaktype)
    assert generated["identificatie"] not in (taken, first["identificatie"])


async def test_identificatie_unique_and_immutable(api: Zaken, types: Types) -> None:
    await api.zaak(types.zaaktype, identificatie="Z-1")
    duplicate = await api.http.post(
        h.ZAKEN, json=h.zaak(types.zaaktype, identificatie="Z-1"), headers=api.headers
    )
    assert h.first_param(duplicate) == ("identificatie", "identificatie-niet-uniek")  # zrc-002a
    # The same identificatie under another bronorganisatie is fine.
    await api.zaak(types.zaaktype, identificatie="Z-1", bronorganisatie="123456782")
    other = await api.zaak(types.zaaktype, identificatie="Z-2")
    put = await api.http.put(
        h.path_of(other["url"]),
        json=h.zaak(types.zaaktype, identificatie="Z-1"),
        headers=api.headers,
    )
    assert h.first_param(put) == ("identificatie", "wijzigen-niet-toegelaten")  # zrc-002b
    patch = await api.http.patch(
        h.path_of(other["url"]), json={"identificatie": "Z-1"}, headers=api.headers
    )
    assert h.first_param(patch) == ("identificatie", "wijzigen-niet-toegelaten")  # zrc-002c


async def test_vertrouwelijkheidaanduiding_explicit_or_from_zaaktype(api: Zaken) -> None:
    types = await api.types(vertrouwelijkheidaanduiding="zaakvertrouwelijk")
    derived = await api.zaak(types.zaaktype)
    assert derived["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"  # zrc-009d
    explicit = await api.zaak(types.zaaktype, vertrouwelijkheidaanduiding="geheim")
    assert explicit["vertrouwelijkheidaanduiding"] == "geheim"  # zrc-009a
    patched = await api.patch(explicit["url"], {"vertrouwelijkheidaanduiding": "openbaar"})
    assert patched["vertrouwelijkheidaanduiding"] == "openbaar"  # zrc-009c


async def test_communicatiekanaal_must_be_a_kanaal(
    api: Zaken, zaak: dict[str, Any], foreign: Foreign
) -> None:
    async def patch(url: str) -> httpx.Response:
        return await api.http.patch(
            h.path_of(zaak["url"]), json={"communicatiekanaal": url}, headers=api.headers
        )

    assert h.first_param(await patch(foreign.missing)) == ("communicatiekanaal", "bad-url")
    not_a_kanaal = foreign.serve("kanalen", titel="geen naam")
    assert h.first_param(await patch(not_a_kanaal)) == ("communicatiekanaal", "invalid-resource")
    kanaal = foreign.serve("communicatiekanalen", naam="email", omschrijving="e-mail")
    response = await patch(kanaal)
    assert response.status_code == 200, response.text
    assert response.json()["communicatiekanaal"] == kanaal
    create = await api.http.post(
        h.ZAKEN,
        json=h.zaak(zaak["zaaktype"], communicatiekanaal=foreign.html),
        headers=api.headers,
    )
    assert h.first_param(create) == ("communicatiekanaal", "invalid-resource")  # zrc-010d


async def test_relevante_andere_zaken_must_resolve(
    api: Zaken, zaak: dict[str, Any], foreign: Foreign
) -> None:
    bad = [{"url": foreign.missing, "aardRelatie": "vervolg"}]
    create = await api.http.post(
        h.ZAKEN, json=h.zaak(zaak["zaaktype"], relevanteAndereZaken=bad), headers=api.headers
    )
    assert h.first_param(create) == ("relevanteAndereZaken.0.url", "bad-url")  # zrc-011a
    patch = await api.http.patch(
        h.path_of(zaak["url"]), json={"relevanteAndereZaken": bad}, headers=api.headers
    )
    assert h.first_param(patch) == ("relevanteAndereZaken.0.url", "bad-url")  # zrc-011c
    good = [{"url": zaak["url"], "aardRelatie": "onderwerp"}]
    related = await api.zaak(zaak["zaaktype"], relevanteAndereZaken=good)
    assert related["relevanteAndereZaken"] == good  # zrc-011d


async def test_opschorting_and_verlenging_need_their_fields(
    api: Zaken, zaak: dict[str, Any]
) -> None:
    # zrc-012a/d: both fields required, in the order the suite reads them.
    opschorting = await api.http.post(
        h.ZAKEN,
        json=h.zaak(zaak["zaaktype"], opschorting={"wrong_field": "test"}),
        headers=api.headers,
    )
    params = h.assert_problem(opschorting, 400, "invalid")["invalidParams"]
    assert [(p["name"], p["code"]) for p in params[:2]] == [
        ("opschorting.indicatie", "required"),
        ("opschorting.reden", "required"),
    ]
    verlenging = await api.http.patch(
        h.path_of(zaak["url"]), json={"verlenging": {"wrong_field": "test"}}, headers=api.headers
    )
    params = h.assert_problem(verlenging, 400, "invalid")["invalidParams"]
    assert [(p["name"], p["code"]) for p in params[:2]] == [
        ("verlenging.reden", "required"),
        ("verlenging.duur", "required"),
    ]


async def test_opschorting_and_verlenging_may_be_null(api: Zaken, zaak: dict[str, Any]) -> None:
    created = await api.zaak(zaak["zaaktype"], opschorting=None, verlenging=None)
    assert created["opschorting"] == {"indicatie": False, "reden": ""}  # zrc-012g/j
    patched = await api.patch(zaak["url"], {"verlenging": {"reden": "drukte", "duur": "P5D"}})
    assert patched["verlenging"] == {"reden": "drukte", "duur": "P5D"}
    cleared = await api.patch(zaak["url"], {"verlenging": None, "opschorting": None})
    assert cleared["verlenging"] == {"reden": "", "duur": None}  # zrc-012l


async def test_hoofdzaak_rules(api: Zaken, zaak: dict[str, Any], foreign: Foreign) -> None:
    zaaktype = zaak["zaaktype"]
    no_zaak = await api.http.post(
        h.ZAKEN, json=h.zaak(zaaktype, hoofdzaak=foreign.html), headers=api.headers
    )
    assert h.first_param(no_zaak) == ("hoofdzaak", "no_match")  # zrc-013a
    deelzaak = await api.zaak(zaaktype, hoofdzaak=zaak["url"])  # zrc-013e
    assert deelzaak["hoofdzaak"] == zaak["url"]
    assert await api.get(deelzaak["url"]) == deelzaak
    assert (await api.get(zaak["url"]))["deelzaken"] == [deelzaak["url"]]
    nested = await api.http.post(
        h.ZAKEN, json=h.zaak(zaaktype, hoofdzaak=deelzaak["url"]), headers=api.headers
    )
    assert h.first_param(nested) == ("hoofdzaak", "deelzaak-als-hoofdzaak")  # zrc-013b
    put = await api.http.put(
        h.path_of(zaak["url"]), json=h.zaak(zaaktype, hoofdzaak=zaak["url"]), headers=api.headers
    )
    assert h.first_param(put) == ("hoofdzaak", "self-forbidden")  # zrc-013c
    patch = await api.http.patch(
        h.path_of(zaak["url"]), json={"hoofdzaak": zaak["url"]}, headers=api.headers
    )
    assert h.first_param(patch) == ("hoofdzaak", "self-forbidden")  # zrc-013d
    other = await api.zaak(zaaktype)
    assert (await api.patch(other["url"], {"hoofdzaak": zaak["url"]}))["hoofdzaak"] == zaak["url"]


async def test_betaling_nvt_has_no_betaaldatum(api: Zaken, zaak: dict[str, Any]) -> None:
    body = h.zaak(
        zaak["zaaktype"], betalingsindicatie="nvt", laatsteBetaaldatum="2019-01-01T12:00:00Z"
    )
    create = await api.http.post(h.ZAKEN, json=body, headers=api.headers)
    assert h.first_param(create) == ("laatsteBetaaldatum", "betaling-nvt")  # zrc-014a
    patch = await api.http.patch(
        h.path_of(zaak["url"]),
        json={"betalingsindicatie": "nvt", "laatsteBetaaldatum": "2019-01-01T12:00:00Z"},
        headers=api.headers,
    )
    assert h.first_param(patch) == ("laatsteBetaaldatum", "betaling-nvt")  # zrc-014c


async def test_switching_to_nvt_clears_the_betaaldatum(api: Zaken, zaak: dict[str, Any]) -> None:
    paid = await api.patch(
        zaak["url"], {"betalingsindicatie": "geheel", "laatsteBetaaldatum": "2019-01-01T12:00:00Z"}
    )
    assert paid["laatsteBetaaldatum"] is not None
    assert paid["betalingsindicatieWeergave"]
    cleared = await api.patch(zaak["url"], {"betalingsindicatie": "nvt"})  # zrc-014e
    assert cleared["betalingsindicatie"] == "nvt"
    assert cleared["laatsteBetaaldatum"] is None
    body = h.zaak(
        zaak["zaaktype"], betalingsindicatie="geheel", laatsteBetaaldatum="2019-01-01T12:00:00Z"
    )
    await api.http.put(h.path_of(zaak["url"]), json=body, headers=api.headers)
    put = await api.http.put(
        h.path_of(zaak["url"]),
        json=h.zaak(zaak["zaaktype"], betalingsindicatie="nvt"),
        headers=api.headers,
    )
    assert put.status_code == 200 and put.json()["laatsteBetaaldatum"] is None  # zrc-014d


async def test_betaaldatum_not_in_the_future(api: Zaken, zaak: dict[str, Any]) -> None:
    patch = await api.http.patch(
        h.path_of(zaak["url"]),
        json={"betalingsindicatie": "geheel", "laatsteBetaaldatum": "2999-01-01T00:00:00Z"},
        headers=api.headers,
    )
    assert h.first_param(patch) == ("laatsteBetaaldatum", "date-in-future")


async def test_producten_of_diensten_from_the_zaaktype(api: Zaken, zaak: dict[str, Any]) -> None:
    listed = "https://ref.tst.vng.cloud/standaard/"
    bad = await api.http.post(
        h.ZAKEN,
        json=h.zaak(zaak["zaaktype"], productenOfDiensten=["https://example.com/ander"]),
        headers=api.headers,
    )
    assert h.first_param(bad) == ("productenOfDiensten", "invalid-products-services")
    patch = await api.http.patch(
        h.path_of(zaak["url"]),
        json={"productenOfDiensten": [listed, "https://example.com/ander"]},
        headers=api.headers,
    )
    assert h.first_param(patch) == ("productenOfDiensten", "invalid-products-services")
    good = await api.zaak(zaak["zaaktype"], productenOfDiensten=[listed])
    assert good["productenOfDiensten"] == [listed]


async def test_missing_zaak_is_404(api: Zaken) -> None:
    for method in ("GET", "PATCH", "DELETE"):
        response = await api.http.request(
            method,
            f"{h.ZAKEN}/{h.MISSING_UUID}",
            headers=api.headers,
            json={} if method == "PATCH" else None,
        )
        h.assert_problem(response, 404)
    bad = await api.http.get(f"{h.ZAKEN}/geen-uuid", headers=api.headers)
    assert bad.status_code in (400, 404)


async def test_hard_delete_cascades_to_parts_and_deelzaken(api: Zaken, types: Types) -> None:
    """zrc-023: the zaak, its deelzaken and everything hanging off them are gone."""
    zaak = await api.zaak(types.zaaktype)
    deelzaak = await api.zaak(types.zaaktype, hoofdzaak=zaak["url"])
    resultaat = await api.resultaat(zaak["url"], types.resultaattype)
    status = await api.status(zaak["url"], types.begin)
    rol = await api.post(h.ROLLEN, h.rol(deelzaak["url"], types.roltype))
    document = await api.document(types.iotype)
    await api.relate(zaak["url"], document["url"])
    await api.relate(deelzaak["url"], document["url"])
    other = await api.zaak(types.zaaktype)
    await api.relate(other["url"], document["url"])
    await api.delete(zaak["url"])
    for url in (zaak["url"], deelzaak["url"], resultaat["url"], status["url"], rol["url"]):
        gone = await api.http.get(h.path_of(url), headers=api.headers)
        assert gone.status_code == 404, url
    mirrors = await api.http.get(
        h.OIO, params={"informatieobject": document["url"]}, headers=api.headers
    )
    assert [item["object"] for item in mirrors.json()] == [other["url"]]
    assert (await api.get(other["url"]))["url"] == other["url"]
