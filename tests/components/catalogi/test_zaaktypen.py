"""Zaaktypen: create, read, update, delete, list filters and the parts a zaaktype shows."""

from __future__ import annotations

import httpx

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi


async def test_create_answers_201_with_a_concept_zaaktype(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict
):
    body = h.zaaktype(catalogus["url"], trefwoorden=["melding"], servicenorm="P8W")
    response = await client.post(h.ZAAKTYPEN, json=body, headers=admin)

    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["Location"] == created["url"]
    assert created["concept"] is True
    assert created["catalogus"] == catalogus["url"]
    for field in (
        "identificatie",
        "doorlooptijd",
        "servicenorm",
        "trefwoorden",
        "referentieproces",
    ):
        assert created[field] == body[field]
    assert created["beginGeldigheid"] == "2005-01-01"
    assert created["eindeGeldigheid"] == "2012-01-01"
    for part in ("statustypen", "roltypen", "resultaattypen", "eigenschappen", "besluittypen"):
        assert created[part] == []
    assert (await client.get(h.path_of(created["url"]), headers=admin)).json() == created


async def test_put_replaces_and_patch_changes_only_what_is_sent(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict, zaaktype: dict
):
    path = h.path_of(zaaktype["url"])
    body = h.zaaktype(catalogus["url"], omschrijving="Nieuw", doel="nieuw doel")
    put = await client.put(path, json=body, headers=admin)
    assert put.status_code == 200, put.text
    assert (put.json()["omschrijving"], put.json()["doel"]) == ("Nieuw", "nieuw doel")

    patch = await client.patch(path, json={"toelichting": "uitleg"}, headers=admin)
    assert patch.status_code == 200, patch.text
    assert patch.json() == {**put.json(), "toelichting": "uitleg"}
    assert (await client.get(path, headers=admin)).json() == patch.json()


async def test_delete_removes_the_concept_zaaktype_and_its_parts(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, zaaktype: dict
):
    statustype = await api.statustype(zaaktype["url"])
    response = await client.delete(h.path_of(zaaktype["url"]), headers=admin)
    assert response.status_code == 204
    for url in (zaaktype["url"], statustype["url"]):
        h.assert_problem(await client.get(h.path_of(url), headers=admin), 404, "not_found")


async def test_list_shows_only_published_zaaktypen_unless_status_says_otherwise(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    concept = await api.zaaktype(catalogus["url"], identificatie="A")
    published = await api.zaaktype(catalogus["url"], identificatie="B")
    await api.publish(published["url"])

    async def listed(**params: str) -> list[str]:
        return h.urls(await client.get(h.ZAAKTYPEN, params=params, headers=admin))

    assert await listed() == [published["url"]]
    assert await listed(status="definitief") == [published["url"]]
    assert await listed(status="concept") == [concept["url"]]
    assert await listed(status="alles") == [concept["url"], published["url"]]
    bad = await client.get(h.ZAAKTYPEN, params={"status": "soms"}, headers=admin)
    assert h.invalid_params(bad) == {("status", "invalid_choice")}


async def test_list_filters_on_catalogus_and_identificatie(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi
):
    mine, other = await api.catalogus(), await api.catalogus()
    a = await api.zaaktype(mine["url"], identificatie="A")
    b = await api.zaaktype(mine["url"], identificatie="B")
    c = await api.zaaktype(other["url"], identificatie="A")

    async def listed(**params: str) -> list[str]:
        params = {"status": "alles", **params}
        return h.urls(await client.get(h.ZAAKTYPEN, params=params, headers=admin))

    assert await listed(catalogus=mine["url"]) == [a["url"], b["url"]]
    assert await listed(identificatie="A") == [a["url"], c["url"]]
    assert await listed(catalogus=other["url"], identificatie="A") == [c["url"]]
    assert await listed(identificatie="C") == []
    not_a_url = await client.get(h.ZAAKTYPEN, params={"catalogus": "geen-url"}, headers=admin)
    assert h.invalid_params(not_a_url) == {("catalogus", "invalid")}


async def test_trefwoorden_filter_needs_every_given_trefwoord(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    both = await api.zaaktype(catalogus["url"], identificatie="A", trefwoorden=["boom", "kap"])
    boom = await api.zaaktype(catalogus["url"], identificatie="B", trefwoorden=["boom"])
    await api.zaaktype(catalogus["url"], identificatie="C", trefwoorden=[])

    async def listed(trefwoorden: str) -> list[str]:
        params = {"status": "alles", "trefwoorden": trefwoorden}
        return h.urls(await client.get(h.ZAAKTYPEN, params=params, headers=admin))

    assert await listed("boom") == [both["url"], boom["url"]]
    assert await listed("boom,kap") == [both["url"]]
    assert await listed("kap") == [both["url"]]
    assert await listed("bom") == []


async def test_trefwoorden_filter_counts_and_pages_the_matches_only(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    for letter in "ABC":
        await api.zaaktype(catalogus["url"], identificatie=letter, trefwoorden=["anders"])
    wanted = [
        (await api.zaaktype(catalogus["url"], identificatie=f"Z{n}", trefwoorden=["kap"]))["url"]
        for n in range(3)
    ]
    params = {"status": "alles", "trefwoorden": "kap", "pageSize": 2}
    first = await client.get(h.ZAAKTYPEN, params=params, headers=admin)
    assert first.json()["count"] == 3
    assert h.urls(first) == wanted[:2]
    second = await client.get(h.ZAAKTYPEN, params={**params, "page": 2}, headers=admin)
    assert h.urls(second) == wanted[2:]


async def test_datum_geldigheid_selects_the_version_valid_on_that_date(
    client: httpx.AsyncClient, admin: dict[str, str], api: Catalogi, catalogus: dict
):
    old = await api.zaaktype(
        catalogus["url"], beginGeldigheid="2010-01-01", eindeGeldigheid="2014-12-31"
    )
    new = await api.zaaktype(catalogus["url"], beginGeldigheid="2015-01-01", eindeGeldigheid=None)

    async def valid_on(day: str) -> list[str]:
        params = {"status": "alles", "datumGeldigheid": day}
        return h.urls(await client.get(h.ZAAKTYPEN, params=params, headers=admin))

    assert await valid_on("2009-12-31") == []
    assert await valid_on("2010-01-01") == [old["url"]]
    assert await valid_on("2014-12-31") == [old["url"]]
    assert await valid_on("2015-01-01") == [new["url"]]
    assert await valid_on("2099-01-01") == [new["url"]]
    bad = await client.get(h.ZAAKTYPEN, params={"datumGeldigheid": "gisteren"}, headers=admin)
    assert h.invalid_params(bad) == {("datumGeldigheid", "invalid")}


async def test_zaaktype_lists_its_parts(api: Catalogi, catalogus: dict, zaaktype: dict):
    url = zaaktype["url"]
    statustypen = [(await api.statustype(url, volgnummer=n))["url"] for n in (1, 2)]
    roltype = await api.roltype(url)
    resultaattype = await api.resultaattype(url)
    eigenschap = await api.eigenschap(url)
    zaakobjecttype = await api.zaakobjecttype(url)
    iot = await api.informatieobjecttype(catalogus["url"])
    await api.ziot(url, iot["url"], volgnummer=1)
    await api.ziot(url, iot["url"], volgnummer=2, richting="uitgaand")

    shown = await api.get(url)
    assert shown["statustypen"] == statustypen
    assert shown["roltypen"] == [roltype["url"]]
    assert shown["resultaattypen"] == [resultaattype["url"]]
    assert shown["eigenschappen"] == [eigenschap["url"]]
    assert shown["zaakobjecttypen"] == [zaakobjecttype["url"]]
    # Two links to the same informatieobjecttype show it once.
    assert shown["informatieobjecttypen"] == [iot["url"]]
    assert (await api.get(iot["url"]))["zaaktypen"] == [url]


async def test_zaaktype_shows_its_besluittypen_and_deelzaaktypen(api: Catalogi, catalogus: dict):
    besluittype = await api.besluittype(catalogus["url"])
    deel = await api.zaaktype(catalogus["url"], identificatie="DEEL")
    hoofd = await api.zaaktype(
        catalogus["url"],
        identificatie="HOOFD",
        besluittypen=[besluittype["url"]],
        deelzaaktypen=[deel["url"]],
        gerelateerdeZaaktypen=[
            {"zaaktype": deel["url"], "aardRelatie": "bijdrage", "toelichting": "deel"}
        ],
    )
    assert hoofd["besluittypen"] == [besluittype["url"]]
    assert hoofd["deelzaaktypen"] == [deel["url"]]
    assert hoofd["gerelateerdeZaaktypen"][0]["aardRelatie"] == "bijdrage"
    assert (await api.get(besluittype["url"]))["zaaktypen"] == [hoofd["url"]]


async def test_unknown_reference_is_400_bad_url(
    client: httpx.AsyncClient, admin: dict[str, str], catalogus: dict
):
    missing = f"http://testserver{h.BESLUITTYPEN}/{h.MISSING_UUID}"
    elsewhere = f"https://catalogi.example.nl{h.CATALOGUSSEN}/{h.MISSING_UUID}"
    bodies = {
        "besluittypen": h.zaaktype(catalogus["url"], besluittypen=[missing]),
        "catalogus": h.zaaktype(elsewhere),
    }
    for field, body in bodies.items():
        response = await client.post(h.ZAAKTYPEN, json=body, headers=admin)
        assert h.invalid_params(response) == {(field, "bad-url")}


async def test_retrieve_head_and_if_none_match(
    client: httpx.AsyncClient, admin: dict[str, str], zaaktype: dict
):
    path = h.path_of(zaaktype["url"])
    etag = (await client.get(path, headers=admin)).headers["ETag"]
    head = await client.head(path, headers=admin)
    assert (head.status_code, head.content, head.headers["ETag"]) == (200, b"", etag)
    assert (await client.get(path, headers={**admin, "If-None-Match": etag})).status_code == 304
    changed = await client.patch(path, json={"toelichting": "nieuw"}, headers=admin)
    assert changed.headers["ETag"] != etag
    assert (await client.get(path, headers={**admin, "If-None-Match": etag})).status_code == 200


async def test_retrieve_with_a_bad_datum_geldigheid_is_400(
    client: httpx.AsyncClient, admin: dict[str, str], zaaktype: dict
):
    path = h.path_of(zaaktype["url"])
    ok = await client.get(path, params={"datumGeldigheid": "2010-01-01"}, headers=admin)
    assert ok.status_code == 200
    bad = await client.get(path, params={"datumGeldigheid": "2010-13-01"}, headers=admin)
    assert h.invalid_params(bad) == {("datumGeldigheid", "invalid")}
