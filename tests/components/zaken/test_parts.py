"""Everything that hangs off a zaak: create, read, list, update, delete, response shapes,
filters, and the type checks zrc-016/018/019/020."""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Foreign, Types, Zaken


async def _list(api: Zaken, path: str, **params: Any) -> list[dict[str, Any]]:
    body = await api.get(path, **params)
    return body["results"] if isinstance(body, dict) else body


async def test_status_create_read_list(api: Zaken, types: Types, zaak: dict[str, Any]) -> None:
    first = await api.status(zaak["url"], types.begin, "2020-01-01T10:00:00Z")
    assert first.keys() >= {
        "url", "uuid", "zaak", "statustype", "datumStatusGezet", "statustoelichting",
        "indicatieLaatstGezetteStatus", "gezetdoor", "zaakinformatieobjecten",
    }  # fmt: skip
    assert first["indicatieLaatstGezetteStatus"] is True
    second = await api.status(zaak["url"], types.begin, "2020-01-02T10:00:00Z")
    assert (await api.get(zaak["url"]))["status"] == second["url"]
    assert (await api.get(first["url"]))["indicatieLaatstGezetteStatus"] is False
    listed = await _list(api, h.STATUSSEN, zaak=zaak["url"])
    assert {item["url"] for item in listed} == {first["url"], second["url"]}
    latest = await _list(api, h.STATUSSEN, indicatieLaatstGezetteStatus="true")
    assert [item["url"] for item in latest] == [second["url"]]
    by_type = await _list(api, h.STATUSSEN, statustype=types.eind)
    assert by_type == []


async def test_an_older_status_does_not_replace_the_current_one(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    newer = await api.status(zaak["url"], types.begin, "2020-02-01T10:00:00Z")
    await api.status(zaak["url"], types.begin, "2020-01-01T10:00:00Z")
    assert (await api.get(zaak["url"]))["status"] == newer["url"]


async def test_status_of_another_zaaktype_is_refused(api: Zaken, zaak: dict[str, Any]) -> None:
    other = await api.types()
    response = await api.http.post(
        h.STATUSSEN,
        json={"zaak": zaak["url"], "statustype": other.begin, "datumStatusGezet": "2020-01-01"},
        headers=api.headers,
    )
    assert h.first_param(response) == ("nonFieldErrors", "zaaktype-mismatch")  # zrc-016


async def test_status_needs_an_existing_zaak(api: Zaken, types: Types, foreign: Foreign) -> None:
    response = await api.http.post(
        h.STATUSSEN,
        json={
            "zaak": f"http://testserver{h.ZAKEN}/{h.MISSING_UUID}",
            "statustype": types.begin,
            "datumStatusGezet": "2020-01-01T00:00:00Z",
        },
        headers=api.headers,
    )
    assert h.first_param(response) == ("zaak", "bad-url")


async def test_resultaat_crud_and_one_per_zaak(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    resultaat = await api.resultaat(zaak["url"], types.resultaattype)
    assert resultaat.keys() >= {"url", "uuid", "zaak", "resultaattype", "toelichting"}
    assert (await api.get(zaak["url"]))["resultaat"] == resultaat["url"]
    second = await api.http.post(
        h.RESULTATEN,
        json={"zaak": zaak["url"], "resultaattype": types.resultaattype},
        headers=api.headers,
    )
    assert h.first_param(second) == ("zaak", "unique")
    patched = await api.patch(resultaat["url"], {"toelichting": "klaar"})
    assert patched["toelichting"] == "klaar"
    listed = await _list(api, h.RESULTATEN, resultaattype=types.resultaattype)
    assert [item["url"] for item in listed] == [resultaat["url"]]
    await api.delete(resultaat["url"])
    assert (await api.get(zaak["url"]))["resultaat"] is None


async def test_resultaat_of_another_zaaktype_is_refused(api: Zaken, zaak: dict[str, Any]) -> None:
    other = await api.types()
    response = await api.http.post(
        h.RESULTATEN,
        json={"zaak": zaak["url"], "resultaattype": other.resultaattype},
        headers=api.headers,
    )
    assert h.first_param(response) == ("nonFieldErrors", "zaaktype-mismatch")  # zrc-020


async def test_rol_with_natuurlijk_persoon_is_completed_from_the_oas(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    rol = await api.post(h.ROLLEN, h.rol(zaak["url"], types.roltype))
    assert rol["omschrijving"] == "test" and rol["omschrijvingGeneriek"] == "adviseur"
    identificatie = rol["betrokkeneIdentificatie"]
    assert identificatie["inpBsn"] == h.BSN and identificatie["geslachtsnaam"] == "Jansen"
    # Properties left out come back empty, as the OAS shows them.
    assert "voornamen" in identificatie and identificatie["voornamen"] == ""
    assert rol["statussen"] == []
    assert (await api.get(zaak["url"]))["rollen"] == [rol["url"]]
    assert await api.get(rol["url"]) == rol


async def test_rol_filters_on_betrokkene_identificatie(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    persoon = await api.post(h.ROLLEN, h.rol(zaak["url"], types.roltype))
    medewerker = await api.post(
        h.ROLLEN,
        h.rol(
            zaak["url"],
            types.roltype,
            betrokkeneType="medewerker",
            betrokkeneIdentificatie={"identificatie": "mw-1", "achternaam": "Pietersen"},
        ),
    )
    vestiging = await api.post(
        h.ROLLEN,
        h.rol(
            zaak["url"],
            types.roltype,
            betrokkeneType="vestiging",
            betrokkeneIdentificatie={"vestigingsNummer": "000012345678"},
        ),
    )

    async def found(**params: Any) -> list[str]:
        return [item["url"] for item in await _list(api, h.ROLLEN, **params)]

    assert await found(betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=h.BSN) == [persoon["url"]]
    assert await found(betrokkeneIdentificatie__medewerker__identificatie="mw-1") == [
        medewerker["url"]
    ]
    assert await found(betrokkeneIdentificatie__vestiging__vestigingsNummer="000012345678") == [
        vestiging["url"]
    ]
    assert await found(betrokkeneType="medewerker") == [medewerker["url"]]
    assert await found(betrokkeneIdentificatie__natuurlijkPersoon__inpBsn="999999999") == []
    # And the zaken list filters on the rollen of a zaak.
    other = await api.zaak(zaak["zaaktype"])
    zaken = await _list(api, h.ZAKEN, rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=h.BSN)
    assert [item["url"] for item in zaken] == [zaak["url"]]
    assert other["url"] not in [
        item["url"] for item in await _list(api, h.ZAKEN, rol__betrokkeneType="medewerker")
    ]
    by_medewerker = await _list(
        api, h.ZAKEN, rol__betrokkeneIdentificatie__medewerker__identificatie="mw-1"
    )
    assert [item["url"] for item in by_medewerker] == [zaak["url"]]


async def test_rol_identificatie_is_checked_against_the_oas(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    too_long = await api.http.post(
        h.ROLLEN,
        json=h.rol(zaak["url"], types.roltype, betrokkeneIdentificatie={"inpBsn": "1234567890123"}),
        headers=api.headers,
    )
    assert ("betrokkeneIdentificatie.inpBsn", "max_length") in h.invalid_params(too_long)
    wrong_type = await api.http.post(
        h.ROLLEN,
        json=h.rol(zaak["url"], types.roltype, betrokkeneIdentificatie={"inpBsn": 12}),
        headers=api.headers,
    )
    assert h.invalid_params(wrong_type) == {("betrokkeneIdentificatie.inpBsn", "invalid")}
    nothing = await api.http.post(
        h.ROLLEN,
        json=h.rol(zaak["url"], types.roltype, betrokkeneIdentificatie=None),
        headers=api.headers,
    )
    assert h.first_param(nothing) == ("betrokkeneIdentificatie", "invalid-betrokkene")
    bad_type = await api.http.post(
        h.ROLLEN,
        json=h.rol(zaak["url"], types.roltype, betrokkeneType="robot"),
        headers=api.headers,
    )
    assert h.first_param(bad_type)[0] == "betrokkeneType"


async def test_rol_of_another_zaaktype_is_refused_and_rol_deletes(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    other = await api.types()
    response = await api.http.post(
        h.ROLLEN, json=h.rol(zaak["url"], other.roltype), headers=api.headers
    )
    assert h.first_param(response) == ("nonFieldErrors", "zaaktype-mismatch")  # zrc-019
    rol = await api.post(h.ROLLEN, h.rol(zaak["url"], types.roltype, betrokkene="https://x.nl/p/1"))
    await api.delete(rol["url"])
    assert (await api.get(zaak["url"]))["rollen"] == []


async def test_zaakobject_with_object_identificatie(api: Zaken, zaak: dict[str, Any]) -> None:
    created = await api.post(
        h.ZAAKOBJECTEN,
        {
            "zaak": zaak["url"],
            "objectType": "adres",
            "objectIdentificatie": {
                "identificatie": "0123456789",
                "wplWoonplaatsNaam": "Utrecht",
                "gorOpenbareRuimteNaam": "Straat",
                "huisnummer": 1,
            },
        },
    )
    assert created.keys() >= {
        "url", "uuid", "zaak", "object", "zaakobjecttype", "objectType", "objectTypeOverige",
        "objectTypeOverigeDefinitie", "relatieomschrijving", "objectIdentificatie",
    }  # fmt: skip
    assert created["objectIdentificatie"]["huisnummer"] == 1
    assert created["objectIdentificatie"]["postcode"] == ""
    assert (await api.get(zaak["url"]))["zaakobjecten"] == [created["url"]]
    patched = await api.patch(created["url"], {"relatieomschrijving": "locatie"})
    assert patched["relatieomschrijving"] == "locatie"
    listed = await _list(api, h.ZAAKOBJECTEN, objectType="adres", zaak=zaak["url"])
    assert [item["url"] for item in listed] == [created["url"]]
    await api.delete(created["url"])


async def test_zaakobject_needs_object_or_identificatie(api: Zaken, zaak: dict[str, Any]) -> None:
    neither = await api.http.post(
        h.ZAAKOBJECTEN, json={"zaak": zaak["url"], "objectType": "pand"}, headers=api.headers
    )
    assert h.first_param(neither) == ("objectIdentificatie", "invalid-object")
    overige = await api.http.post(
        h.ZAAKOBJECTEN,
        json={"zaak": zaak["url"], "objectType": "overige", "object": "https://x.nl/o/1"},
        headers=api.headers,
    )
    assert h.first_param(overige) == ("objectTypeOverige", "missing-object-type-overige")
    bad = await api.http.post(
        h.ZAAKOBJECTEN,
        json={
            "zaak": zaak["url"],
            "objectType": "adres",
            "objectIdentificatie": {"identificatie": "1", "huisnummer": "een"},
        },
        headers=api.headers,
    )
    assert ("objectIdentificatie.huisnummer", "invalid") in h.invalid_params(bad)
    by_url = await api.post(
        h.ZAAKOBJECTEN, {"zaak": zaak["url"], "objectType": "pand", "object": "https://x.nl/p/1"}
    )
    assert by_url["objectIdentificatie"] is None


async def test_zaakobject_zaak_cannot_change(api: Zaken, zaak: dict[str, Any]) -> None:
    created = await api.post(
        h.ZAAKOBJECTEN, {"zaak": zaak["url"], "objectType": "pand", "object": "https://x.nl/p/1"}
    )
    other = await api.zaak(zaak["zaaktype"])
    response = await api.http.patch(
        h.path_of(created["url"]), json={"zaak": other["url"]}, headers=api.headers
    )
    assert h.first_param(response) == ("zaak", "wijzigen-niet-toegelaten")


async def test_klantcontact_create_and_read(api: Zaken, zaak: dict[str, Any]) -> None:
    created = await api.post(
        h.KLANTCONTACTEN,
        {"zaak": zaak["url"], "datumtijd": "2020-01-01T10:00:00Z", "kanaal": "telefoon"},
    )
    assert created.keys() >= {
        "url", "uuid", "zaak", "identificatie", "datumtijd", "kanaal", "onderwerp", "toelichting",
    }  # fmt: skip
    assert created["identificatie"]  # generated
    assert await api.get(created["url"]) == created
    assert [item["url"] for item in await _list(api, h.KLANTCONTACTEN)] == [created["url"]]


async def test_zaakcontactmoment_needs_a_resolving_url(
    api: Zaken, zaak: dict[str, Any], foreign: Foreign
) -> None:
    missing = await api.http.post(
        h.CONTACTMOMENTEN,
        json={"zaak": zaak["url"], "contactmoment": foreign.missing},
        headers=api.headers,
    )
    assert h.first_param(missing) == ("contactmoment", "bad-url")
    contactmoment = foreign.serve("contactmomenten", kanaal="telefoon")
    created = await api.post(
        h.CONTACTMOMENTEN, {"zaak": zaak["url"], "contactmoment": contactmoment}
    )
    assert created.keys() >= {"url", "uuid", "zaak", "contactmoment"}
    listed = await api.get(h.CONTACTMOMENTEN, contactmoment=contactmoment)
    assert [item["url"] for item in listed] == [created["url"]]  # a plain array
    await api.delete(created["url"])
    assert await api.get(h.CONTACTMOMENTEN, zaak=zaak["url"]) == []


async def test_zaakverzoek_needs_a_resolving_url(
    api: Zaken, zaak: dict[str, Any], foreign: Foreign
) -> None:
    html = await api.http.post(
        h.VERZOEKEN, json={"zaak": zaak["url"], "verzoek": foreign.html}, headers=api.headers
    )
    assert h.first_param(html) == ("verzoek", "invalid-resource")
    verzoek = foreign.serve("verzoeken", tekst="graag")
    created = await api.post(h.VERZOEKEN, {"zaak": zaak["url"], "verzoek": verzoek})
    assert created.keys() >= {"url", "uuid", "zaak", "verzoek"}
    listed = await api.get(h.VERZOEKEN, verzoek=verzoek)
    assert [item["url"] for item in listed] == [created["url"]]
    await api.delete(created["url"])


async def test_zaakeigenschap_nested_crud(api: Zaken, types: Types, zaak: dict[str, Any]) -> None:
    path = f"{zaak['url']}/zaakeigenschappen"
    created = await api.post(
        path, {"zaak": zaak["url"], "eigenschap": types.eigenschap, "waarde": "test"}
    )
    assert created.keys() >= {"url", "uuid", "zaak", "eigenschap", "naam", "waarde"}
    assert created["naam"] == "test eigenschap"
    assert created["url"].startswith(f"{zaak['url']}/zaakeigenschappen/")
    assert (await api.get(zaak["url"]))["eigenschappen"] == [created["url"]]
    assert [item["url"] for item in await api.get(path)] == [created["url"]]
    patched = await api.patch(created["url"], {"waarde": "anders"})
    assert patched["waarde"] == "anders"
    await api.delete(created["url"])
    assert await api.get(path) == []


async def test_zaakeigenschap_of_another_zaaktype_is_refused(
    api: Zaken, zaak: dict[str, Any]
) -> None:
    other = await api.types()
    response = await api.http.post(
        h.path_of(f"{zaak['url']}/zaakeigenschappen"),
        json={"zaak": zaak["url"], "eigenschap": other.eigenschap, "waarde": "test"},
        headers=api.headers,
    )
    assert h.first_param(response) == ("nonFieldErrors", "zaaktype-mismatch")  # zrc-018


async def test_nested_lists_of_a_missing_zaak_are_404(api: Zaken) -> None:
    for kind in ("zaakeigenschappen", "besluiten"):
        response = await api.http.get(f"{h.ZAKEN}/{h.MISSING_UUID}/{kind}", headers=api.headers)
        h.assert_problem(response, 404)


async def test_zaakbesluit_nested_crud(api: Zaken, zaak: dict[str, Any], foreign: Foreign) -> None:
    path = f"{zaak['url']}/besluiten"
    missing = await api.http.post(
        h.path_of(path), json={"besluit": foreign.missing}, headers=api.headers
    )
    assert h.first_param(missing) == ("besluit", "bad-url")
    besluit = foreign.serve("besluiten", ingangsdatum="2020-01-01")
    created = await api.post(path, {"besluit": besluit})
    assert created.keys() >= {"url", "uuid", "besluit"}
    assert [item["besluit"] for item in await api.get(path)] == [besluit]
    assert await api.get(created["url"]) == created
    await api.delete(created["url"])
    assert await api.get(path) == []


async def test_parts_of_a_missing_uuid_are_404(api: Zaken) -> None:
    for path in (h.STATUSSEN, h.RESULTATEN, h.ROLLEN, h.ZAAKOBJECTEN, h.ZIO, h.KLANTCONTACTEN):
        response = await api.http.get(f"{path}/{h.MISSING_UUID}", headers=api.headers)
        h.assert_problem(response, 404)


async def test_part_lists_are_paginated(
    api: Zaken, types: Types, zaak: dict[str, Any], client: httpx.AsyncClient
) -> None:
    for _ in range(3):
        await api.post(h.ROLLEN, h.rol(zaak["url"], types.roltype))
    page = await api.get(h.ROLLEN, zaak=zaak["url"], pageSize=2)
    assert page["count"] == 3 and len(page["results"]) == 2 and page["next"]
