"""What individual zaaktype parts add: eindstatus, filters of their own, links between parts."""

from __future__ import annotations

import httpx

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi


async def test_is_eindstatus_marks_the_highest_volgnummer(api: Catalogi, zaaktype: dict):
    first = await api.statustype(zaaktype["url"], volgnummer=1)
    last = await api.statustype(zaaktype["url"], volgnummer=3)
    middle = await api.statustype(zaaktype["url"], volgnummer=2)
    # Created out of order: the answer to a create already knows the other statustypen.
    assert (last["isEindstatus"], middle["isEindstatus"]) == (True, False)

    current = [await api.get(s["url"]) for s in (first, middle, last)]
    assert {s["volgnummer"]: s["isEindstatus"] for s in current} == {1: False, 2: False, 3: True}
    # Adding a higher volgnummer moves the eindstatus.
    await api.statustype(zaaktype["url"], volgnummer=4)
    assert (await api.get(last["url"]))["isEindstatus"] is False
    assert (await api.get(first["url"]))["isEindstatus"] is False


async def test_only_statustype_of_a_zaaktype_is_its_eindstatus(api: Catalogi, zaaktype: dict):
    only = await api.statustype(zaaktype["url"], volgnummer=7)
    assert only["isEindstatus"] is True


async def test_roltypen_filter_on_omschrijving_generiek(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, zaaktype: dict
):
    adviseur = await api.roltype(zaaktype["url"], omschrijvingGeneriek="adviseur")
    initiator = await api.roltype(zaaktype["url"], omschrijvingGeneriek="initiator")

    async def listed(**params: str) -> list[str]:
        params = {"status": "alles", **params}
        return h.urls(await client.get(h.ROLTYPEN, params=params, headers=admin))

    assert await listed(omschrijvingGeneriek="initiator") == [initiator["url"]]
    assert await listed(omschrijvingGeneriek="adviseur") == [adviseur["url"]]
    assert await listed(omschrijvingGeneriek="beslisser") == []


async def test_parts_filter_on_zaaktype_identificatie(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    a = await api.zaaktype(catalogus["url"], identificatie="A")
    b = await api.zaaktype(catalogus["url"], identificatie="B")
    status_a = await api.statustype(a["url"])
    await api.statustype(b["url"])
    resultaat_b = await api.resultaattype(b["url"])
    await api.resultaattype(a["url"])

    statussen = await client.get(
        h.STATUSTYPEN, params={"status": "alles", "zaaktypeIdentificatie": "A"}, headers=admin
    )
    assert h.urls(statussen) == [status_a["url"]]
    # The OAS spells this filter of /resultaattypen in snake_case.
    resultaten = await client.get(
        h.RESULTAATTYPEN, params={"status": "alles", "zaaktype_identificatie": "B"}, headers=admin
    )
    assert h.urls(resultaten) == [resultaat_b["url"]]


async def test_resultaattypen_filter_on_datum_geldigheid_of_their_zaaktype(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    old = await api.zaaktype(
        catalogus["url"], beginGeldigheid="2001-01-01", eindeGeldigheid="2002-12-31"
    )
    new = await api.zaaktype(catalogus["url"], beginGeldigheid="2003-01-01", eindeGeldigheid=None)
    await api.resultaattype(old["url"])
    of_new = await api.resultaattype(new["url"])
    params = {"status": "alles", "datum_geldigheid": "2010-01-01"}
    listed = await client.get(h.RESULTAATTYPEN, params=params, headers=admin)
    assert h.urls(listed) == [of_new["url"]]


async def test_ziots_filter_on_informatieobjecttype_and_richting(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, zaaktype: dict
):
    brief = await api.informatieobjecttype(catalogus["url"], omschrijving="brief")
    nota = await api.informatieobjecttype(catalogus["url"], omschrijving="nota")
    inkomend = await api.ziot(zaaktype["url"], brief["url"], richting="inkomend")
    uitgaand = await api.ziot(zaaktype["url"], nota["url"], volgnummer=2, richting="uitgaand")

    async def listed(**params: str) -> list[str]:
        params = {"status": "alles", **params}
        return h.urls(await client.get(h.ZIOTS, params=params, headers=admin))

    assert await listed(informatieobjecttype=nota["url"]) == [uitgaand["url"]]
    assert await listed(richting="inkomend") == [inkomend["url"]]
    assert await listed(zaaktype=zaaktype["url"]) == [inkomend["url"], uitgaand["url"]]


async def test_ziot_and_eigenschap_link_a_statustype_of_their_own_zaaktype(
    api: Catalogi, catalogus: dict, zaaktype: dict
):
    statustype = await api.statustype(zaaktype["url"])
    iot = await api.informatieobjecttype(catalogus["url"])
    ziot = await api.ziot(zaaktype["url"], iot["url"], statustype=statustype["url"])
    eigenschap = await api.eigenschap(zaaktype["url"], statustype=statustype["url"])

    assert ziot["statustype"] == statustype["url"]
    assert eigenschap["statustype"] == statustype["url"]
    assert (await api.get(statustype["url"]))["eigenschappen"] == [eigenschap["url"]]


async def test_statustype_of_another_zaaktype_is_400_zaaktype_mismatch(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, zaaktype: dict
):
    other = await api.zaaktype(catalogus["url"], identificatie="ANDER")
    foreign = await api.statustype(other["url"])
    iot = await api.informatieobjecttype(catalogus["url"])
    attempts = [
        (h.ZIOTS, h.ziot(zaaktype["url"], iot["url"], statustype=foreign["url"])),
        (h.EIGENSCHAPPEN, h.eigenschap(zaaktype["url"], statustype=foreign["url"])),
    ]
    for path, body in attempts:
        response = await client.post(path, json=body, headers=admin)
        assert h.invalid_params(response) == {("statustype", "zaaktype-mismatch")}


async def test_deleting_a_statustype_unlinks_its_eigenschappen(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, zaaktype: dict
):
    statustype = await api.statustype(zaaktype["url"])
    eigenschap = await api.eigenschap(zaaktype["url"], statustype=statustype["url"])
    assert (await client.delete(h.path_of(statustype["url"]), headers=admin)).status_code == 204
    assert (await api.get(eigenschap["url"]))["statustype"] is None


async def test_resultaattype_links_besluittypen_and_informatieobjecttypen(
    api: Catalogi, catalogus: dict, zaaktype: dict
):
    besluittype = await api.besluittype(catalogus["url"], omschrijving="vergunning")
    iot = await api.informatieobjecttype(catalogus["url"], omschrijving="besluit")
    resultaattype = await api.resultaattype(
        zaaktype["url"], besluittypen=[besluittype["url"]], informatieobjecttypen=[iot["url"]]
    )
    assert resultaattype["besluittypen"] == [besluittype["url"]]
    assert resultaattype["besluittypeOmschrijving"] == ["vergunning"]
    assert resultaattype["informatieobjecttypen"] == [iot["url"]]
    assert resultaattype["informatieobjecttypeOmschrijving"] == ["besluit"]


async def test_zaakobjecttypen_filter_on_their_own_fields(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict, zaaktype: dict
):
    pand = await api.zaakobjecttype(
        zaaktype["url"],
        objecttype="https://objecttypen.example.nl/api/v2/objecttypes/pand",
        relatieOmschrijving="gebouw",
        beginGeldigheid="2020-01-01",
        eindeGeldigheid="2020-12-31",
    )
    ander = await api.zaakobjecttype(zaaktype["url"], anderObjecttype=True)
    elders = await api.zaakobjecttype((await api.zaaktype((await api.catalogus())["url"]))["url"])

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(h.ZAAKOBJECTTYPEN, params=params, headers=admin))

    # No `status` in this list's OAS: parts of concept zaaktypen are listed by default.
    assert await listed() == [pand["url"], ander["url"], elders["url"]]
    assert await listed(catalogus=catalogus["url"]) == [pand["url"], ander["url"]]
    assert await listed(anderObjecttype="true") == [ander["url"]]
    assert await listed(anderObjecttype="false") == [pand["url"], elders["url"]]
    assert await listed(objecttype=pand["objecttype"]) == [pand["url"]]
    assert await listed(relatieOmschrijving="gebouw") == [pand["url"]]
    assert await listed(datumBeginGeldigheid="2020-01-01") == [pand["url"]]
    assert await listed(datumEindeGeldigheid="2020-12-31") == [pand["url"]]
    bad = await client.get(h.ZAAKOBJECTTYPEN, params={"anderObjecttype": "soms"}, headers=admin)
    assert h.invalid_params(bad) == {("anderObjecttype", "invalid")}
