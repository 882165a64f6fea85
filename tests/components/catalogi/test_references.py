"""Other components resolve Catalogi URLs locally: the loader answers as the API would."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.db import Database
from fundament.common.urls import BadReference

ROOT = "/catalogi/api/v1"


async def _zaaktype(client: httpx.AsyncClient, admin: dict[str, str]) -> dict:
    catalogus = await client.post(
        f"{ROOT}/catalogussen",
        headers=admin,
        json={"domein": "REF", "rsin": "000000000", "contactpersoonBeheerNaam": "B"},
    )
    assert catalogus.status_code == 201, catalogus.text
    response = await client.post(
        f"{ROOT}/zaaktypen",
        headers=admin,
        json={
            "identificatie": "Z1",
            "omschrijving": "Z",
            "vertrouwelijkheidaanduiding": "openbaar",
            "doel": "d",
            "aanleiding": "a",
            "indicatieInternOfExtern": "extern",
            "handelingInitiator": "i",
            "onderwerp": "o",
            "handelingBehandelaar": "b",
            "doorlooptijd": "P1D",
            "opschortingEnAanhoudingMogelijk": False,
            "verlengingMogelijk": False,
            "publicatieIndicatie": False,
            "productenOfDiensten": [],
            "referentieproces": {"naam": "p"},
            "catalogus": catalogus.json()["url"],
            "besluittypen": [],
            "gerelateerdeZaaktypen": [],
            "beginGeldigheid": "2020-01-01",
            "versiedatum": "2020-01-01",
            "verantwoordelijke": "v",
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_local_zaaktype_url_resolves_to_what_the_api_returns(
    app: FastAPI, client: httpx.AsyncClient, admin: dict[str, str], database: Database
):
    created = await _zaaktype(client, admin)
    shown = (await client.get(created["url"], headers=admin)).json()
    async with AsyncSession(database.engine) as session:
        resolved = await app.state.resolver.resolve(
            session, created["url"], request_base="http://testserver"
        )
    assert resolved == shown


async def test_an_unknown_local_zaaktype_is_bad_url(app: FastAPI, database: Database):
    url = f"http://testserver{ROOT}/zaaktypen/00000000-0000-4000-8000-000000000000"
    async with AsyncSession(database.engine) as session:
        with pytest.raises(BadReference) as refused:
            await app.state.resolver.resolve(session, url, request_base="http://testserver")
    assert refused.value.code == "bad-url"
