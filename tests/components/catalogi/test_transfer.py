"""Exporting a catalogue and importing it into an empty database reproduces the same types."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from fundament.app import create_app
from fundament.cli.commands import app as cli
from fundament.common.db import Database
from fundament.common.errors import Conflict
from fundament.common.migrate import migrate
from fundament.components.catalogi import models as m
from fundament.components.catalogi.services.transfer import export_catalogus, import_catalogus
from fundament.settings import Settings, get_settings
from tests.conftest import Clients, _create_postgres_database, _drop_postgres_database

ROOT = "/catalogi/api/v1"
COLLECTIONS = (
    "catalogussen",
    "zaaktypen",
    "informatieobjecttypen",
    "besluittypen",
    "statustypen",
    "roltypen",
    "resultaattypen",
    "eigenschappen",
    "zaaktype-informatieobjecttypen",
    "zaakobjecttypen",
)


async def _fill_catalogue(database: Database) -> uuid.UUID:
    """One catalogue with every kind of type and relation, published and concept, two versions."""
    async with database.session() as session:
        catalogus = m.Catalogus(
            domein="EXPRT", rsin="000000000", contactpersoon_beheer_naam="Beheer"
        )
        iot = m.InformatieObjectType(
            catalogus=catalogus,
            omschrijving="brief",
            vertrouwelijkheidaanduiding="openbaar",
            informatieobjectcategorie="brief",
            begin_geldigheid=date(2020, 1, 1),
            concept=False,
            trefwoord=["post"],
        )
        besluittype = m.BesluitType(
            catalogus=catalogus,
            omschrijving="vergunning",
            publicatie_indicatie=False,
            begin_geldigheid=date(2020, 1, 1),
            informatieobjecttypen=[iot],
            concept=False,
        )
        common = dict(
            catalogus=catalogus,
            omschrijving="Aanvraag",
            vertrouwelijkheidaanduiding="openbaar",
            doel="d",
            aanleiding="a",
            indicatie_intern_of_extern="extern",
            handeling_initiator="aanvragen",
            onderwerp="vergunning",
            handeling_behandelaar="b",
            doorlooptijd="P8W",
            opschorting_en_aanhouding_mogelijk=False,
            verlenging_mogelijk=True,
            verlengingstermijn="P2W",
            publicatie_indicatie=False,
            producten_of_diensten=["https://example.com/product"],
            referentieproces={"naam": "proces", "link": ""},
            verantwoordelijke="team",
            trefwoorden=["bouw"],
            gerelateerde_zaaktypen=[],
        )
        old = m.ZaakType(
            identificatie="ZT-1",
            begin_geldigheid=date(2020, 1, 1),
            einde_geldigheid=date(2020, 12, 31),
            versiedatum=date(2020, 1, 1),
            concept=False,
            besluittypen=[besluittype],
            **common,
        )
        new = m.ZaakType(
            identificatie="ZT-1",
            begin_geldigheid=date(2021, 1, 1),
            versiedatum=date(2021, 1, 1),
            concept=True,
            besluittypen=[besluittype],
            deelzaaktypen=[old],
            **common,
        )
        status = m.StatusType(
            zaaktype=new,
            omschrijving="ontvangen",
            volgnummer=1,
            checklistitem_statustype=[{"itemnaam": "x", "vraagstelling": "?"}],
        )
        session.add_all(
            [
                catalogus,
                iot,
                besluittype,
                old,
                new,
                status,
                m.StatusType(zaaktype=new, omschrijving="afgehandeld", volgnummer=2),
                m.RolType(
                    zaaktype=new, omschrijving="aanvrager", omschrijving_generiek="initiator"
                ),
                m.ResultaatType(
                    zaaktype=new,
                    omschrijving="verleend",
                    resultaattypeomschrijving="https://x/r/1",
                    omschrijving_generiek="Verleend",
                    selectielijstklasse="https://x/s/1",
                    archiefnominatie="vernietigen",
                    archiefactietermijn="P10Y",
                    brondatum_archiefprocedure={"afleidingswijze": "afgehandeld"},
                    besluittypen=[besluittype],
                    informatieobjecttypen=[iot],
                ),
                m.Eigenschap(
                    zaaktype=new,
                    statustype=status,
                    naam="kenteken",
                    definitie="k",
                    specificatie={"formaat": "tekst", "lengte": "6", "kardinaliteit": "1"},
                ),
                m.ZaakTypeInformatieObjectType(
                    zaaktype=new,
                    informatieobjecttype=iot,
                    statustype=status,
                    volgnummer=1,
                    richting="inkomend",
                ),
                m.ZaakObjectType(
                    zaaktype=new,
                    objecttype="https://x/ot/1",
                    relatie_omschrijving="r",
                    begin_geldigheid=date(2021, 1, 1),
                ),
            ]
        )
        await session.commit()
        return catalogus.uuid


@pytest.fixture
async def empty_database(database: Database, tmp_path: Path) -> AsyncIterator[Database]:
    """A second, freshly migrated database of the same kind as `database`."""
    if database.is_sqlite:
        url = f"sqlite+aiosqlite:///{tmp_path / 'target.db'}"
    else:
        url = await _create_postgres_database()
    target = Database(url)
    await migrate(target)
    yield target
    await target.dispose()
    if not database.is_sqlite:
        await _drop_postgres_database(url)


async def _everything(http: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, list]:
    """Every resource as the API shows it, host left out (the two apps share one)."""
    seen = {}
    for collection in COLLECTIONS:
        response = await http.get(f"{ROOT}/{collection}", params=_all(collection), headers=headers)
        assert response.status_code == 200, response.text
        seen[collection] = response.json()["results"]
    return seen


def _all(collection: str) -> dict[str, str]:
    return {} if collection == "catalogussen" else {"status": "alles"}


async def test_export_then_import_into_an_empty_database_reproduces_every_type(
    database: Database,
    empty_database: Database,
    settings: Settings,
    client: httpx.AsyncClient,
    clients: Clients,
):
    key = await _fill_catalogue(database)
    async with database.session() as session:
        document = json.loads(json.dumps(await export_catalogus(session, key)))  # via JSON
    async with empty_database.session() as session:
        assert await import_catalogus(session, document) == key

    admin = await clients.superuser()
    original = await _everything(client, admin)
    target_settings = settings.model_copy(update={"database_url": empty_database.url})
    target_app = create_app(target_settings, empty_database)
    async with target_app.router.lifespan_context(target_app):
        transport = httpx.ASGITransport(app=target_app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            target_clients = Clients(empty_database, http)
            copied = await _everything(http, await target_clients.superuser())

    assert {c: len(rows) for c, rows in original.items()} == {
        "catalogussen": 1,
        "zaaktypen": 2,
        "informatieobjecttypen": 1,
        "besluittypen": 1,
        "statustypen": 2,
        "roltypen": 1,
        "resultaattypen": 1,
        "eigenschappen": 1,
        "zaaktype-informatieobjecttypen": 1,
        "zaakobjecttypen": 1,
    }
    assert copied == original


async def test_importing_twice_is_refused_and_changes_nothing(database: Database):
    key = await _fill_catalogue(database)
    async with database.session() as session:
        document = await export_catalogus(session, key)
    async with database.session() as session:
        with pytest.raises(Conflict) as refused:
            await import_catalogus(session, document)
    assert refused.value.code == "unique"
    async with database.session() as session:
        assert len((await session.execute(select(m.ZaakType))).all()) == 2


def test_cli_export_and_import_move_a_catalogue_between_data_directories(tmp_path: Path):
    runner = CliRunner()
    source, target = tmp_path / "test-env", tmp_path / "production"
    exported = tmp_path / "catalogus.json"

    def invoke(data_dir: Path, *args: str) -> str:
        get_settings.cache_clear()
        result = runner.invoke(
            cli, list(args), env={"FUNDAMENT_DATA_DIR": str(data_dir), "FUNDAMENT_DATABASE_URL": ""}
        )
        get_settings.cache_clear()
        assert result.exit_code == 0, result.output
        return result.output

    invoke(source, "migrate")
    source_db = Database(f"sqlite+aiosqlite:///{(source / 'fundament.db').resolve()}")
    key = asyncio.run(_fill_and_dispose(source_db))
    invoke(
        source,
        "catalogus",
        "export",
        f"http://localhost/catalogi/api/v1/catalogussen/{key}",
        str(exported),
    )
    document = json.loads(exported.read_text())
    assert len(document["tables"]["ztc_zaaktype"]) == 2
    assert str(key) in invoke(target, "catalogus", "import", str(exported))
    get_settings.cache_clear()
    result = CliRunner().invoke(
        cli,
        ["catalogus", "import", str(exported)],
        env={"FUNDAMENT_DATA_DIR": str(target), "FUNDAMENT_DATABASE_URL": ""},
    )
    get_settings.cache_clear()
    assert result.exit_code == 1 and "(unique)" in result.output


async def _fill_and_dispose(database: Database) -> uuid.UUID:
    try:
        return await _fill_catalogue(database)
    finally:
        await database.dispose()
