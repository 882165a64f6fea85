"""Bench: fill a database with a realistic Zaken dataset, in bulk (issue 9).

Usage: .venv/bin/python bench/dataset.py --zaken N [--base-url URL] [--seed S]
       [--referentielijsten-url URL]
       (database: the usual FUNDAMENT_DATABASE_URL / FUNDAMENT_DATA_DIR settings; a fresh one)

1. Through the platform's own API (in-process, no network): one catalogus with 100 published
   zaaktypen, each with 3 statustypen, 2 roltypen, 1 informatieobjecttype (allowed for the
   zaaktype), 1 besluittype and 1 resultaattype (afleidingswijze afgehandeld). A resultaattype
   needs a selectielijstklasse and a resultaattypeomschrijving that the Catalogi API fetches
   from a Referentielijsten API: by default the offline one Fundament ships
   (`fundament referentielijsten serve`), started in-process on a free loopback port for this
   step only, so the stored selectielijstklasse URLs point at a server that is gone afterwards.
   A plain `fundament serve` of the result needs no setting for them: only creating or changing
   a resultaattype fetches them, not a resultaat or a closing status. Give
   `--referentielijsten-url` to use a Referentielijsten API that stays up instead.
   A superuser client `bench`/`bench` and a client `bench-regular`/`bench` are created; the
   regular one is authorised, up to `zeer_geheim`, for the first 10 zaaktypen: zrc (zaken.lezen,
   aanmaken, bijwerken, statussen.toevoegen, audittrails.lezen), drc for their
   informatieobjecttypen (documenten.lezen, aanmaken), brc for their besluittypen
   (besluiten.lezen, aanmaken); and ztc (catalogi.lezen).
2. Straight into the tables, in batches (PostgreSQL: COPY through asyncpg, with the tables'
   indexes and constraints dropped while loading and built again after; SQLite: executemany):
   N zaken spread over the zaaktypen and the vertrouwelijkheidaanduidingen, each with 1-3
   statussen (a third of the zaken closed: eindstatus, a resultaat of the zaaktype's
   resultaattype, einddatum), 1-3 rollen (natuurlijk persoon with a valid BSN), a point
   geometry for half of them, 0-3 documents (all sharing one small stored content) with their
   zaakinformatieobject and the Documenten mirror; every 4th zaak an `adres` zaakobject, every
   10th a besluit of the zaaktype's besluittype (Besluiten) with its zaakbesluit (Zaken).
   Rol and zaakobject identificaties are stored completed, as the API stores them.

The URLs stored in the rows use `--base-url`, so serve the result with
`FUNDAMENT_BASE_URL=<the same URL> fundament serve`. Prints the seconds of step 2 (per 100,000
rows) and `zaken N, rows R, seconds S` last. Random draws come from one generator seeded with
`--seed` (UUIDs too), so a seed gives the same rows on an empty database.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import Any

import httpx
from rich.progress import Progress
from sqlalchemy import Table, func, insert, select, text

from fundament.app import create_app
from fundament.common import clients as client_store
from fundament.common.auth import VERTROUWELIJKHEID, make_token
from fundament.common.db import Database
from fundament.common.migrate import migrate
from fundament.components.autorisaties.services import ensure_superuser
from fundament.components.besluiten import models as brc
from fundament.components.documenten import models as drc
from fundament.components.documenten.routes.base import storage_of
from fundament.components.zaken import models as zrc
from fundament.components.zaken import shapes
from fundament.referentielijsten.server import Referentielijsten
from fundament.settings import get_settings

ZAAKTYPEN = 100
BATCH = 5_000
SUPERUSER, REGULAR, SECRET = "bench", "bench-regular", "bench"


# --- the catalogue, through the API ------------------------------------------------------------


class Api:
    def __init__(self, http: httpx.AsyncClient, headers: dict[str, str]) -> None:
        self.http, self.headers = http, headers

    async def post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.http.post(path, json=body, headers=self.headers)
        if response.status_code not in (200, 201):
            raise SystemExit(f"{path}: {response.status_code} {response.text}")
        return dict(response.json())


def _path(url: str) -> str:
    return httpx.URL(url).path


async def selectielijst(api_url: str) -> tuple[str, str]:
    """From a Referentielijsten API: (a resultaattypeomschrijving, a selectielijst resultaat with
    procestermijn nihil and waardering vernietigen), as URLs, read as a client would."""
    async with httpx.AsyncClient(timeout=10) as http:
        omschrijving = (await http.get(f"{api_url}/resultaattypeomschrijvingen")).json()[0]
        url: str | None = f"{api_url}/resultaten"
        while url:
            page = (await http.get(url)).raise_for_status().json()
            for klasse in page["results"]:
                if klasse["procestermijn"] == "nihil" and klasse["waardering"] == "vernietigen":
                    return omschrijving["url"], klasse["url"]
            url = page["next"]
    raise SystemExit(f"{api_url}: no selectielijst resultaat with procestermijn nihil")


async def catalogue(
    api: Api, progress: Progress, omschrijving: str, klasse: str
) -> list[dict[str, Any]]:
    """100 published zaaktypen with their parts; per zaaktype the URLs the rows need.
    `omschrijving` and `klasse`: the resultaattypeomschrijving and selectielijstklasse of the
    resultaattypen."""
    cat = "/catalogi/api/v1"
    catalogus = await api.post(
        f"{cat}/catalogussen",
        {"domein": f"B{random.randint(0, 9999):04d}", "rsin": "000000000",
         "contactpersoonBeheerNaam": "Bench"},
    )  # fmt: skip
    task = progress.add_task("catalogue (zaaktypen)", total=ZAAKTYPEN)
    types = []
    for number in range(ZAAKTYPEN):
        iot = await api.post(
            f"{cat}/informatieobjecttypen",
            {"catalogus": catalogus["url"], "omschrijving": f"document {number}",
             "vertrouwelijkheidaanduiding": "openbaar", "beginGeldigheid": "2020-01-01",
             "informatieobjectcategorie": "bench"},
        )  # fmt: skip
        besluittype = await api.post(
            f"{cat}/besluittypen",
            {"catalogus": catalogus["url"], "omschrijving": f"besluit {number}",
             "publicatieIndicatie": False, "informatieobjecttypen": [iot["url"]],
             "beginGeldigheid": "2020-01-01", "zaaktypen": []},
        )  # fmt: skip
        zaaktype = await api.post(
            f"{cat}/zaaktypen",
            {"identificatie": f"BENCH-{number:03d}", "omschrijving": f"Bench zaaktype {number}",
             "vertrouwelijkheidaanduiding": "openbaar", "doel": "bench", "aanleiding": "bench",
             "indicatieInternOfExtern": "extern", "handelingInitiator": "indienen",
             "onderwerp": "bench", "handelingBehandelaar": "behandelen", "doorlooptijd": "P30D",
             "opschortingEnAanhoudingMogelijk": False, "verlengingMogelijk": False,
             "publicatieIndicatie": False, "productenOfDiensten": [],
             "referentieproces": {"naam": "bench"}, "catalogus": catalogus["url"],
             "besluittypen": [besluittype["url"]], "gerelateerdeZaaktypen": [],
             "beginGeldigheid": "2020-01-01", "versiedatum": "2020-01-01",
             "verantwoordelijke": "bench"},
        )  # fmt: skip
        await api.post(
            f"{cat}/zaaktype-informatieobjecttypen",
            {"zaaktype": zaaktype["url"], "informatieobjecttype": iot["url"], "volgnummer": 1,
             "richting": "inkomend"},
        )  # fmt: skip
        statustypen = [
            (await api.post(
                f"{cat}/statustypen",
                {"zaaktype": zaaktype["url"], "omschrijving": name, "volgnummer": index + 1},
            ))["url"]
            for index, name in enumerate(("Ontvangen", "In behandeling", "Afgehandeld"))
        ]  # fmt: skip
        roltypen = [
            (await api.post(
                f"{cat}/roltypen",
                {"zaaktype": zaaktype["url"], "omschrijving": name, "omschrijvingGeneriek": name},
            ))["url"]
            for name in ("initiator", "behandelaar")
        ]  # fmt: skip
        resultaattype = await api.post(
            f"{cat}/resultaattypen",
            {"zaaktype": zaaktype["url"], "omschrijving": "Afgehandeld",
             "resultaattypeomschrijving": omschrijving, "selectielijstklasse": klasse,
             "brondatumArchiefprocedure": {
                 "afleidingswijze": "afgehandeld", "procestermijn": None, "datumkenmerk": "",
                 "einddatumBekend": False, "objecttype": "", "registratie": ""}},
        )  # fmt: skip
        for resource in (iot, besluittype, zaaktype):
            await api.post(f"{_path(resource['url'])}/publish")
        types.append(
            {"url": zaaktype["url"], "statustypen": statustypen, "roltypen": roltypen,
             "iot": iot["url"], "besluittype": besluittype["url"],
             "resultaattype": resultaattype["url"]}
        )  # fmt: skip
        progress.advance(task)
    return types


async def clients(db: Database, api: Api, types: list[dict[str, Any]]) -> None:
    """The regular client: for the first 10 zaaktypen, their zaken (read, create, update, add
    statussen, read audit trails), documents of their informatieobjecttype and besluiten of their
    besluittype (read, create), up to zeer_geheim; and the catalogue (read)."""
    async with db.session() as session:
        await client_store.set_client(session, REGULAR, SECRET)
        await session.commit()
    await api.post(
        "/autorisaties/api/v1/applicaties",
        {"clientIds": [REGULAR], "label": "bench regular", "heeftAlleAutorisaties": False,
         "autorisaties": [
             *({"component": "zrc", "scopes": ["zaken.lezen", "zaken.aanmaken",
                                                    "zaken.bijwerken", "zaken.statussen.toevoegen",
                                                    "audittrails.lezen"],
                "zaaktype": item["url"], "maxVertrouwelijkheidaanduiding": "zeer_geheim"}
               for item in types[:10]),
             *({"component": "drc", "scopes": ["documenten.lezen", "documenten.aanmaken"],
                "informatieobjecttype": item["iot"],
                "maxVertrouwelijkheidaanduiding": "zeer_geheim"}
               for item in types[:10]),
             *({"component": "brc", "scopes": ["besluiten.lezen", "besluiten.aanmaken"],
                "besluittype": item["besluittype"]}
               for item in types[:10]),
             {"component": "ztc", "scopes": ["catalogi.lezen"]},
         ]},
    )  # fmt: skip


# --- the rows, in bulk -------------------------------------------------------------------------


def _weights(weights: tuple[int, ...]) -> list[int]:
    """The weighted digit sum of every four-digit number (half of a BSN's eleven-test)."""
    return [
        sum(int(digit) * weight for digit, weight in zip(f"{n:04d}", weights, strict=True))
        for n in range(10_000)
    ]


# A random 128-bit number made a version 4 (RFC 4122 variant) UUID: uuid.UUID(version=4) does
# the same, slower.
_UUID_MASK = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)


class Draw:
    """Cheap random draws from one seeded generator (deterministic per --seed): `random()`
    instead of `randint`, UUIDs from `getrandbits` instead of `os.urandom`."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        self.random, self._bits = rng.random, rng.getrandbits
        self._high, self._low = _weights((9, 8, 7, 6)), _weights((5, 4, 3, 2))

    def below(self, n: int) -> int:
        """0 <= result < n."""
        return int(self.random() * n)

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=(self._bits(128) & _UUID_MASK) | _UUID_V4)

    def bsn(self) -> str:
        """A random BSN that passes the eleven-test."""
        while True:
            digits = int(self.random() * 100_000_000)
            last = (self._high[digits // 10_000] + self._low[digits % 10_000]) % 11
            if last < 10:
                return f"{digits:08d}{last}"


class Writer:
    """Collects rows per table and writes them in batches (COPY on PostgreSQL).

    Every row of a table has the same keys. On PostgreSQL the columns a row leaves out get
    their Python-side default, evaluated once per table (so never for a unique column); on
    SQLite the insert's executemany does that itself."""

    def __init__(self, db: Database, tables: Sequence[Table]) -> None:
        self.db = db
        self.rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in tables}
        self.written = 0
        self.postgres = db.engine.dialect.name == "postgresql"
        self._plans: dict[Table, tuple[Any, list[str], list[str], tuple[Any, ...]]] = {}

    def _plan(
        self, table: Table, first: dict[str, Any]
    ) -> tuple[Any, list[str], list[str], tuple[Any, ...]]:
        """(getter of a row's values, column names, JSON columns given, the defaults' values)."""
        if table not in self._plans:
            given = [column.name for column in table.columns if column.name in first]
            json_columns = {c.name for c in table.columns if "JSON" in str(c.type)}
            missing, values = [], []
            for column in table.columns:
                default = column.default
                if column.name in first or default is None or column.primary_key:
                    continue
                if column.unique:
                    raise ValueError(f"{table.name}.{column.name} needs a value per row")
                value = default.arg(None) if callable(default.arg) else default.arg
                if column.name in json_columns:
                    value = json.dumps(value)
                missing.append(column.name)
                values.append(value)
            self._plans[table] = (
                itemgetter(*given),
                given + missing,
                [name for name in given if name in json_columns],
                tuple(values),
            )
        return self._plans[table]

    async def flush(self, order: Iterable[Table]) -> None:
        async with self.db.engine.begin() as connection:
            for table in order:
                rows = self.rows[table]
                if not rows:
                    continue
                if self.postgres:
                    getter, names, json_given, defaults = self._plan(table, rows[0])
                    for name in json_given:
                        for row in rows:
                            if row[name] is not None:
                                row[name] = json.dumps(row[name])
                    records = [getter(row) + defaults for row in rows]
                    raw = await connection.get_raw_connection()
                    await raw.driver_connection.copy_records_to_table(  # type: ignore[union-attr]
                        table.name, records=records, columns=names
                    )
                else:
                    await connection.execute(insert(table), rows)
                self.written += len(rows)
                rows.clear()


async def _next_id(db: Database, table: Table) -> int:
    async with db.engine.connect() as connection:
        return (
            int(
                (
                    await connection.execute(select(func.coalesce(func.max(table.c.id), 0)))
                ).scalar_one()
            )
            + 1
        )


class BulkMode:
    """PostgreSQL: drop the tables' secondary indexes, unique and foreign-key constraints while
    loading and build them again afterwards (one sorted pass each instead of millions of
    random B-tree inserts); the constraints are validated when they are added back."""

    def __init__(self, db: Database, tables: Sequence[Table]) -> None:
        self.db, self.names = db, [table.name for table in tables]
        self.constraints: list[tuple[str, str, str]] = []
        self.indexes: list[str] = []

    async def __aenter__(self) -> BulkMode:
        if self.db.engine.dialect.name != "postgresql":
            return self
        async with self.db.engine.begin() as connection:
            found = await connection.execute(
                text(
                    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype "
                    "FROM pg_constraint WHERE contype IN ('u', 'f') "
                    "AND conrelid::regclass::text = ANY(:names) ORDER BY contype DESC"
                ),
                {"names": self.names},
            )
            self.constraints = [(t, n, d) for t, n, d, _ in found.all()]
            found = await connection.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(:names) "
                    "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
                ),
                {"names": self.names},
            )
            rows = found.all()
            self.indexes = [definition for _, definition in rows]
            for table, name, _ in reversed(self.constraints):
                await connection.execute(text(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"'))
            for name, _ in rows:
                await connection.execute(text(f'DROP INDEX "{name}"'))
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.db.engine.dialect.name != "postgresql":
            return
        async with self.db.engine.begin() as connection:
            # uniques first (foreign keys need their targets' unique indexes), then indexes
            for table, name, definition in self.constraints:
                await connection.execute(
                    text(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
                )
            for definition in self.indexes:
                await connection.execute(text(definition))
        # A settled table, as a running system's is: statistics and the visibility map (so
        # counts can be index-only scans). VACUUM cannot run inside a transaction.
        async with self.db.engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            for table in self.names:
                await autocommit.execute(text(f"VACUUM ANALYZE {table}"))


async def _reset_sequences(db: Database, tables: Iterable[Table]) -> None:
    if db.engine.dialect.name != "postgresql":
        return
    async with db.engine.begin() as connection:
        for table in tables:
            await connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"
                )
            )


def _completed(model: str, kind: str, field: str, value: dict[str, Any]) -> dict[str, Any]:
    """`value` completed as the Zaken API stores a rol's or zaakobject's identificatie."""
    schema = shapes.identificatie_schema(model, kind, field) or {}
    completed, problems = shapes.normalise(schema, value, field)
    if problems:
        raise ValueError(f"{model} {kind}: {problems}")
    return dict(completed)


def blobs() -> dict[str, dict[str, Any]]:
    """The JSON blobs of the rows as the API stores them: completed with every property of their
    shape (read from the Zaken OAS, a second's parse, so once before the rows)."""
    return {
        "persoon": _completed(
            "Rol", "natuurlijk_persoon", "betrokkeneIdentificatie",
            {"inpBsn": "000000000", "geslachtsnaam": "Jansen"},
        ),
        "adres": _completed(
            "ZaakObject", "adres", "objectIdentificatie",
            {"identificatie": "0000000000000000", "wplWoonplaatsNaam": "Bench",
             "gorOpenbareRuimteNaam": "Benchstraat", "huisnummer": 1, "postcode": "1000AA"},
        ),
    }  # fmt: skip


async def rows(
    db: Database,
    base_url: str,
    types: list[dict[str, Any]],
    content: str,
    count: int,
    draw: Draw,
    progress: Progress,
    blob: dict[str, dict[str, Any]],
) -> int:
    z, st, rol = zrc.Zaak.__table__, zrc.Status.__table__, zrc.Rol.__table__
    res, zio = zrc.Resultaat.__table__, zrc.ZaakInformatieObject.__table__
    zob, zb = zrc.ZaakObject.__table__, zrc.ZaakBesluit.__table__
    io, versie, oio = (drc.InformatieObject.__table__, drc.Versie.__table__,
                       drc.ObjectInformatieObject.__table__)  # fmt: skip
    besluit = brc.Besluit.__table__
    order = (z, st, rol, res, zob, io, versie, zio, oio, besluit, zb)
    ids = {table: await _next_id(db, table) for table in order}
    writer = Writer(db, order)
    add = {table: writer.rows[table].append for table in order}
    zaken_root, drc_root = f"{base_url}/zaken/api/v1", f"{base_url}/documenten/api/v1"
    brc_root = f"{base_url}/besluiten/api/v1"
    persoon, adres = blob["persoon"], blob["adres"]
    today = date.today()
    now = datetime.now(UTC)
    midnight = datetime.min.time()
    random, below, new_uuid, bsn = draw.random, draw.below, draw.uuid, draw.bsn
    task = progress.add_task("zaken", total=count)
    async with BulkMode(db, order):
        for number in range(count):
            kind = types[number % len(types)]
            zaak_id = ids[z]
            ids[z] += 1
            zaak_uuid = new_uuid()
            zaak_url = f"{zaken_root}/zaken/{zaak_uuid}"
            start = today - timedelta(days=below(3651))
            started = datetime.combine(start, midnight, UTC)
            closed = number % 3 == 0
            statussen = 3 if closed else 1 + below(2)
            geometry = number % 2 == 0
            x, y = 3.3 + 3.9 * random(), 50.7 + 2.8 * random()
            add[z]({
                "id": zaak_id, "uuid": zaak_uuid, "identificatie": f"ZAAK-B-{number:010d}",
                "bronorganisatie": "000000000", "omschrijving": f"Bench zaak {number}",
                "zaaktype": kind["url"], "registratiedatum": start,
                "verantwoordelijke_organisatie": "000000000", "startdatum": start,
                "einddatum": start + timedelta(days=20) if closed else None,
                "vertrouwelijkheidaanduiding": VERTROUWELIJKHEID[number % len(VERTROUWELIJKHEID)],
                "zaakgeometrie": {"type": "Point", "coordinates": [x, y]} if geometry else None,
                "bbox_min_x": x if geometry else None, "bbox_max_x": x if geometry else None,
                "bbox_min_y": y if geometry else None, "bbox_max_y": y if geometry else None,
                "archiefnominatie": "vernietigen" if closed else None,
                "status_id": ids[st] + statussen - 1, "created_at": now,
            })  # fmt: skip
            for index in range(statussen):
                add[st]({
                    "id": ids[st], "uuid": new_uuid(), "zaak_id": zaak_id,
                    "statustype": kind["statustypen"][2 if closed and index == 2 else index % 2],
                    "datum_status_gezet": started + timedelta(days=index * 10),
                })  # fmt: skip
                ids[st] += 1
            if closed:
                add[res]({"id": ids[res], "uuid": new_uuid(), "zaak_id": zaak_id,
                          "resultaattype": kind["resultaattype"]})  # fmt: skip
                ids[res] += 1
            for index in range(1 + below(3)):
                add[rol]({
                    "id": ids[rol], "uuid": new_uuid(), "zaak_id": zaak_id,
                    "betrokkene_type": "natuurlijk_persoon", "roltype": kind["roltypen"][index % 2],
                    "omschrijving": ("initiator", "behandelaar")[index % 2],
                    "omschrijving_generiek": ("initiator", "behandelaar")[index % 2],
                    "roltoelichting": "bench", "registratiedatum": now,
                    "inp_bsn": (person := bsn()),
                    "betrokkene_identificatie": {**persoon, "inpBsn": person},
                })  # fmt: skip
                ids[rol] += 1
            if number % 4 == 0:
                add[zob]({
                    "id": ids[zob], "uuid": new_uuid(), "zaak_id": zaak_id, "object_type": "adres",
                    "object_identificatie": {**adres, "identificatie": f"0363{number:012d}",
                                             "huisnummer": 1 + number % 999},
                })  # fmt: skip
                ids[zob] += 1
            if number % 10 == 0:
                besluit_uuid = new_uuid()
                decided = start + timedelta(days=10)
                add[besluit]({
                    "id": ids[besluit], "uuid": besluit_uuid,
                    "identificatie": f"BESLUIT-B-{number:010d}",
                    "verantwoordelijke_organisatie": "000000000",
                    "besluittype": kind["besluittype"], "zaak": zaak_url, "datum": decided,
                    "ingangsdatum": decided,
                })  # fmt: skip
                add[zb]({"id": ids[zb], "uuid": new_uuid(), "zaak_id": zaak_id,
                         "besluit": f"{brc_root}/besluiten/{besluit_uuid}"})  # fmt: skip
                ids[besluit] += 1
                ids[zb] += 1
            for _ in range(below(4)):
                document_uuid = new_uuid()
                add[io]({"id": ids[io], "uuid": document_uuid, "lock": ""})
                add[versie]({
                    "id": ids[versie], "informatieobject_id": ids[io], "versie": 1, "latest": True,
                    "identificatie": f"DOC-{ids[io]:010d}", "bronorganisatie": "000000000",
                    "creatiedatum": start, "titel": "bench",
                    "vertrouwelijkheidaanduiding": "openbaar",
                    "auteur": "bench", "taal": "nld", "begin_registratie": now, "inhoud": content,
                    "bestandsomvang": 5, "informatieobjecttype": kind["iot"],
                    "indicatie_gebruiksrecht": False,
                })  # fmt: skip
                document_url = f"{drc_root}/enkelvoudiginformatieobjecten/{document_uuid}"
                add[zio]({"id": ids[zio], "uuid": new_uuid(), "zaak_id": zaak_id,
                          "informatieobject": document_url, "registratiedatum": now})  # fmt: skip
                add[oio]({"id": ids[oio], "uuid": new_uuid(), "informatieobject_id": ids[io],
                          "object": zaak_url, "object_type": "zaak"})  # fmt: skip
                for table in (io, versie, zio, oio):
                    ids[table] += 1
            if (number + 1) % BATCH == 0 or number + 1 == count:
                await writer.flush(order)
                progress.update(task, completed=number + 1)
    await _reset_sequences(db, order)
    return writer.written


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zaken", type=int, required=True)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--referentielijsten-url",
        help="a running Referentielijsten API for the resultaattypen (default: the offline one, "
        "started in-process for the catalogue)",
    )
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        referentielijsten = args.referentielijsten_url or (
            stack.enter_context(Referentielijsten()).api_url
        )
        await load(args, referentielijsten)


async def load(args: argparse.Namespace, referentielijsten: str) -> None:
    settings = get_settings().model_copy(
        update={
            "base_url": args.base_url,
            "demo_client": False,
            "referentielijsten_url": referentielijsten,
        }
    )
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    draw = Draw(args.seed)
    started = time.monotonic()
    db = Database(settings.db_url)
    await migrate(db)
    async with db.session() as session:
        await client_store.set_client(session, SUPERUSER, SECRET)
        await session.commit()
        await ensure_superuser(session, SUPERUSER, label="bench")
    app = create_app(settings, db)
    headers = {"Authorization": f"Bearer {make_token(SUPERUSER, SECRET)}"}
    with Progress() as progress:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url=args.base_url) as http:
                api = Api(http, headers)
                types = await catalogue(api, progress, *await selectielijst(referentielijsten))
                await clients(db, api, types)
            writer = storage_of(app).writer()
            await writer.write(b"bench")
            content = (await writer.commit()).key
        blob = blobs()
        bulk = time.monotonic()
        written = await rows(db, args.base_url, types, content, args.zaken, draw, progress, blob)
        bulk = time.monotonic() - bulk
    await db.dispose()
    print(f"rows phase: {bulk:.1f} s, {bulk * 100_000 / max(written, 1):.2f} s per 100,000 rows")
    print(f"zaken {args.zaken}, rows {written}, seconds {time.monotonic() - started:.0f}")


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
