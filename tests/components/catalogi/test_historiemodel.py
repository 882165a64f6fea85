"""Catalogi 1.3 historiemodel: a zaaktype's relations shown as the version valid on a date."""

from __future__ import annotations

from datetime import date

import httpx

from fundament.common.db import Database
from fundament.components.catalogi import models as m

ROOT = "/catalogi/api/v1"


async def _catalogue(database: Database) -> dict[str, str]:
    """A zaaktype linked to the 2020 versions of a besluittype, an informatieobjecttype and a
    deelzaaktype, each of which has a published 2021 version too."""
    async with database.session() as session:
        catalogus = m.Catalogus(domein="HIST", rsin="000000000", contactpersoon_beheer_naam="B")

        def besluittype(begin: date, einde: date | None) -> m.BesluitType:
            return m.BesluitType(
                catalogus=catalogus,
                omschrijving="vergunning",
                publicatie_indicatie=False,
                begin_geldigheid=begin,
                einde_geldigheid=einde,
                concept=False,
            )

        def iot(begin: date, einde: date | None) -> m.InformatieObjectType:
            return m.InformatieObjectType(
                catalogus=catalogus,
                omschrijving="brief",
                vertrouwelijkheidaanduiding="openbaar",
                informatieobjectcategorie="brief",
                begin_geldigheid=begin,
                einde_geldigheid=einde,
                concept=False,
            )

        def zaaktype(identificatie: str, begin: date, einde: date | None) -> m.ZaakType:
            return m.ZaakType(
                catalogus=catalogus,
                identificatie=identificatie,
                omschrijving=identificatie,
                vertrouwelijkheidaanduiding="openbaar",
                doel="d",
                aanleiding="a",
                indicatie_intern_of_extern="extern",
                handeling_initiator="i",
                onderwerp="o",
                handeling_behandelaar="b",
                doorlooptijd="P1W",
                opschorting_en_aanhouding_mogelijk=False,
                verlenging_mogelijk=False,
                publicatie_indicatie=False,
                referentieproces={"naam": "p"},
                verantwoordelijke="v",
                begin_geldigheid=begin,
                einde_geldigheid=einde,
                versiedatum=begin,
                concept=False,
            )

        b2020, b2021 = (
            besluittype(date(2020, 1, 1), date(2020, 12, 31)),
            besluittype(date(2021, 1, 1), None),
        )
        i2020, i2021 = iot(date(2020, 1, 1), date(2020, 12, 31)), iot(date(2021, 1, 1), None)
        d2020 = zaaktype("DEEL", date(2020, 1, 1), date(2020, 12, 31))
        d2021 = zaaktype("DEEL", date(2021, 1, 1), None)
        hoofd = zaaktype("HOOFD", date(2020, 1, 1), None)
        hoofd.besluittypen = [b2020]
        hoofd.deelzaaktypen = [d2020]
        session.add_all(
            [
                catalogus,
                b2021,
                i2021,
                d2021,
                hoofd,
                m.ZaakTypeInformatieObjectType(
                    zaaktype=hoofd, informatieobjecttype=i2020, volgnummer=1, richting="inkomend"
                ),
            ]
        )
        await session.commit()
        rows = {
            "hoofd": hoofd,
            "b2020": b2020,
            "b2021": b2021,
            "i2020": i2020,
            "i2021": i2021,
            "d2020": d2020,
            "d2021": d2021,
        }
        collections = {
            m.ZaakType: "zaaktypen",
            m.BesluitType: "besluittypen",
            m.InformatieObjectType: "informatieobjecttypen",
        }
        return {
            name: f"http://testserver{ROOT}/{collections[type(row)]}/{row.uuid}"
            for name, row in rows.items()
        }


async def test_relations_follow_the_version_valid_on_datum_geldigheid(
    client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    urls = await _catalogue(database)
    response = await client.get(
        urls["hoofd"], params={"datumGeldigheid": "2021-06-01"}, headers=admin
    )
    assert response.status_code == 200
    body = response.json()
    assert body["besluittypen"] == [urls["b2021"]]
    assert body["informatieobjecttypen"] == [urls["i2021"]]
    assert body["deelzaaktypen"] == [urls["d2021"]]


async def test_an_earlier_date_shows_the_earlier_versions(
    client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    urls = await _catalogue(database)
    response = await client.get(
        urls["hoofd"], params={"datumGeldigheid": "2020-06-01"}, headers=admin
    )
    body = response.json()
    assert body["besluittypen"] == [urls["b2020"]]
    assert body["informatieobjecttypen"] == [urls["i2020"]]
    assert body["deelzaaktypen"] == [urls["d2020"]]


async def test_without_a_date_the_relations_are_the_types_they_were_made_with(
    client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    urls = await _catalogue(database)
    body = (await client.get(urls["hoofd"], headers=admin)).json()
    assert body["besluittypen"] == [urls["b2020"]]
    assert body["deelzaaktypen"] == [urls["d2020"]]


async def test_a_malformed_datum_geldigheid_is_a_400(
    client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    urls = await _catalogue(database)
    response = await client.get(urls["hoofd"], params={"datumGeldigheid": "juni"}, headers=admin)
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "datumGeldigheid"
    assert response.json()["invalidParams"][0]["code"] == "invalid"
