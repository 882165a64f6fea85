"""Bench: Open Zaak's functional scenarios against a running server with `bench/dataset.py` data.

Usage: .venv/bin/python bench/zaken_scenarios.py --base-url http://127.0.0.1:8000
       [--scenario NAME,...] [--concurrency 1,16] [--duration 20] [--client bench|bench-regular]
       [--monitor PID]

Closed loop (like ../shared/bench/zgw_load.py): N asyncio workers, each sends its next request
when the previous answer is in; prints req/s and p50/p95/p99 per scenario and concurrency, and
with --monitor the peak RSS of that process and its children. A "request" of a scenario is the
whole sequence a client makes for it (zaak details = 8 calls and one per document and besluit).
Each scenario runs once untimed first; the first failure of a run is printed to stderr.

Scenarios (open-zaak docs, development/performance/scenarios.rst):
  by_person       GET /rollen?betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=<a BSN in the data>
  by_location     POST /zaken/_zoek with zaakgeometrie.within a 0.2° square somewhere in NL
  overview        GET /zaken?expand=status.statustype (the zaken overview with statustypen)
  details         zaak + statussen + resultaten + rollen + zaakobjecten + zaakinformatieobjecten
                  + GET of each of those documents (Documenten) + GET /zaken/{uuid}/besluiten
                  + GET of each of those besluiten (Besluiten)
  history         GET /zaken/{uuid}/audittrail
  create          POST /zaken + POST /statussen (the first statustype) + POST /rollen
                  (natuurlijk persoon, a valid BSN), a zaak of a zaaktype of the pool
  add_status      POST /statussen (a non-final status on an open zaak of the data)
  add_betrokkene  POST /rollen (natuurlijk persoon) on an open zaak
  add_document    POST /documenten/api/v1/enkelvoudiginformatieobjecten (small base64 inhoud,
                  the zaaktype's informatieobjecttype) + POST /zaakinformatieobjecten
  add_besluit     POST /besluiten/api/v1/besluiten (the zaaktype's besluittype) on an open zaak
  add_resultaat   POST /zaken + POST /resultaten (the zaaktype's resultaattype): a zaak has one
                  resultaat, so each gets a new zaak; compare with `create`'s first call
Writes go to open zaken (a closed one needs zaken.heropenen or geforceerd-bijwerken) and to the
zaaktypen of the first 20 zaken the client may read, with their types read from the Catalogi
API. The regular client (`bench-regular`) is authorised for 10 of the 100 zaaktypen (zaken,
their documents and besluiten) and reads the catalogue; its pools are drawn from what it may
read, so every scenario runs for it too.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx

from fundament.common.auth import make_token

ROOT = "/zaken/api/v1"
CATALOGI, DOCUMENTEN, BESLUITEN = "/catalogi/api/v1", "/documenten/api/v1", "/besluiten/api/v1"
CONTENT = base64.b64encode(b"bench document\n").decode()
HEADERS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
Scenario = Callable[[httpx.AsyncClient, random.Random], Awaitable[None]]


def bsn(rng: random.Random) -> str:
    """A random BSN that passes the eleven-test."""
    while True:
        digits = f"{rng.randrange(100_000_000):08d}"
        last = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return digits + str(last)


class Pools:
    """Zaken, BSNs and zaaktypen the scenarios draw from, read through the API as the client."""

    def __init__(self) -> None:
        self.zaken: list[dict[str, Any]] = []
        self.bsns: list[str] = []
        # per zaaktype (of the first zaken the client may read, so ones it may write too):
        # the URLs of its first and a non-final statustype, a roltype, its informatieobjecttype,
        # besluittype and resultaattype
        self.zaaktypen: dict[str, dict[str, str]] = {}
        self.open_zaken: list[dict[str, Any]] = []  # not closed, of those zaaktypen

    async def fill(self, http: httpx.AsyncClient) -> None:
        page = (await http.get(f"{ROOT}/zaken", params={"pageSize": 200})).json()
        self.zaken = page["results"]
        rollen = (await http.get(f"{ROOT}/rollen", params={"pageSize": 200})).json()["results"]
        self.bsns = [
            rol["betrokkeneIdentificatie"]["inpBsn"]
            for rol in rollen
            if (rol.get("betrokkeneIdentificatie") or {}).get("inpBsn")
        ]
        if not self.zaken or not self.bsns:
            raise SystemExit("no zaken or rollen readable: load bench/dataset.py first")
        for zaak in self.zaken[:20]:
            if zaak["zaaktype"] not in self.zaaktypen:
                self.zaaktypen[zaak["zaaktype"]] = await self._zaaktype(http, zaak["zaaktype"])
        self.open_zaken = [
            zaak
            for zaak in self.zaken
            if zaak["zaaktype"] in self.zaaktypen and not zaak["einddatum"]
        ]
        if not self.open_zaken:
            raise SystemExit("no open zaken readable: load bench/dataset.py first")

    @staticmethod
    async def _zaaktype(http: httpx.AsyncClient, url: str) -> dict[str, str]:
        zaaktype = (await http.get(url)).json()
        statustypen = (await http.get(f"{CATALOGI}/statustypen", params={"zaaktype": url})).json()[
            "results"
        ]
        statustypen.sort(key=lambda statustype: statustype["volgnummer"])
        if not (
            len(statustypen) > 1
            and zaaktype["roltypen"]
            and zaaktype["informatieobjecttypen"]
            and zaaktype["besluittypen"]
            and zaaktype["resultaattypen"]
        ):
            raise SystemExit(f"{url}: not a zaaktype of bench/dataset.py (load it again)")
        return {
            "first": statustypen[0]["url"],
            "next": statustypen[1]["url"],
            "roltype": zaaktype["roltypen"][0],
            "informatieobjecttype": zaaktype["informatieobjecttypen"][0],
            "besluittype": zaaktype["besluittypen"][0],
            "resultaattype": zaaktype["resultaattypen"][0],
        }


def scenarios(pools: Pools) -> dict[str, Scenario]:
    async def ok(response: Awaitable[httpx.Response]) -> Any:
        answer = await response
        if answer.status_code >= 400:
            raise RuntimeError(
                f"{answer.request.method} {answer.url}: {answer.status_code} {answer.text[:300]}"
            )
        return answer.json() if answer.content else {}

    def now() -> str:
        return datetime.now(UTC).isoformat()

    def rol(zaak: str, roltype: str, rng: random.Random) -> dict[str, Any]:
        return {
            "zaak": zaak,
            "betrokkeneType": "natuurlijk_persoon",
            "roltype": roltype,
            "roltoelichting": "bench",
            "betrokkeneIdentificatie": {"inpBsn": bsn(rng), "geslachtsnaam": "Jansen"},
        }

    async def new_zaak(http: httpx.AsyncClient, zaaktype: str) -> dict[str, Any]:
        body = {
            "bronorganisatie": "000000000",
            "verantwoordelijkeOrganisatie": "000000000",
            "zaaktype": zaaktype,
            "startdatum": date.today().isoformat(),
            "omschrijving": "Bench zaak (scenario)",
        }
        zaak: dict[str, Any] = await ok(http.post(f"{ROOT}/zaken", json=body))
        return zaak

    async def by_person(http: httpx.AsyncClient, rng: random.Random) -> None:
        key = "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
        await ok(http.get(f"{ROOT}/rollen", params={key: rng.choice(pools.bsns)}))

    async def by_location(http: httpx.AsyncClient, rng: random.Random) -> None:
        x, y = rng.uniform(3.4, 7.0), rng.uniform(50.8, 53.3)
        ring = [[x, y], [x + 0.2, y], [x + 0.2, y + 0.2], [x, y + 0.2], [x, y]]
        body = {"zaakgeometrie": {"within": {"type": "Polygon", "coordinates": [ring]}}}
        await ok(http.post(f"{ROOT}/zaken/_zoek", json=body))

    async def overview(http: httpx.AsyncClient, rng: random.Random) -> None:
        await ok(http.get(f"{ROOT}/zaken", params={"expand": "status.statustype"}))

    async def details(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaak = rng.choice(pools.zaken)
        await ok(http.get(zaak["url"]))
        for collection in ("statussen", "resultaten", "rollen", "zaakobjecten"):
            await ok(http.get(f"{ROOT}/{collection}", params={"zaak": zaak["url"]}))
        zios = await ok(http.get(f"{ROOT}/zaakinformatieobjecten", params={"zaak": zaak["url"]}))
        for zio in zios:
            await ok(http.get(zio["informatieobject"]))
        for zaakbesluit in await ok(http.get(f"{zaak['url']}/besluiten")):
            await ok(http.get(zaakbesluit["besluit"]))

    async def history(http: httpx.AsyncClient, rng: random.Random) -> None:
        await ok(http.get(f"{rng.choice(pools.zaken)['url']}/audittrail"))

    async def create(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaaktype = rng.choice(list(pools.zaaktypen))
        types = pools.zaaktypen[zaaktype]
        zaak = await new_zaak(http, zaaktype)
        body = {"zaak": zaak["url"], "statustype": types["first"], "datumStatusGezet": now()}
        await ok(http.post(f"{ROOT}/statussen", json=body))
        await ok(http.post(f"{ROOT}/rollen", json=rol(zaak["url"], types["roltype"], rng)))

    async def add_status(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaak = rng.choice(pools.open_zaken)
        body = {
            "zaak": zaak["url"],
            "statustype": pools.zaaktypen[zaak["zaaktype"]]["next"],
            "datumStatusGezet": now(),
        }
        await ok(http.post(f"{ROOT}/statussen", json=body))

    async def add_betrokkene(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaak = rng.choice(pools.open_zaken)
        roltype = pools.zaaktypen[zaak["zaaktype"]]["roltype"]
        await ok(http.post(f"{ROOT}/rollen", json=rol(zaak["url"], roltype, rng)))

    async def add_document(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaak = rng.choice(pools.open_zaken)
        body = {
            "bronorganisatie": "000000000",
            "creatiedatum": date.today().isoformat(),
            "titel": "bench",
            "auteur": "bench",
            "taal": "nld",
            "vertrouwelijkheidaanduiding": "openbaar",
            "bestandsnaam": "bench.txt",
            "formaat": "text/plain",
            "inhoud": CONTENT,
            "informatieobjecttype": pools.zaaktypen[zaak["zaaktype"]]["informatieobjecttype"],
        }
        document = await ok(http.post(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten", json=body))
        body = {"zaak": zaak["url"], "informatieobject": document["url"]}
        await ok(http.post(f"{ROOT}/zaakinformatieobjecten", json=body))

    async def add_besluit(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaak = rng.choice(pools.open_zaken)
        today = date.today().isoformat()
        body = {
            "verantwoordelijkeOrganisatie": "000000000",
            "besluittype": pools.zaaktypen[zaak["zaaktype"]]["besluittype"],
            "zaak": zaak["url"],
            "datum": today,
            "ingangsdatum": today,
        }
        await ok(http.post(f"{BESLUITEN}/besluiten", json=body))

    async def add_resultaat(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaaktype = rng.choice(list(pools.zaaktypen))
        zaak = await new_zaak(http, zaaktype)
        body = {"zaak": zaak["url"], "resultaattype": pools.zaaktypen[zaaktype]["resultaattype"]}
        await ok(http.post(f"{ROOT}/resultaten", json=body))

    return {
        "by_person": by_person,
        "by_location": by_location,
        "overview": overview,
        "details": details,
        "history": history,
        "create": create,
        "add_status": add_status,
        "add_betrokkene": add_betrokkene,
        "add_document": add_document,
        "add_besluit": add_besluit,
        "add_resultaat": add_resultaat,
    }


def rss_of(pid: int) -> int:
    """Resident bytes of a process and its descendants (Linux /proc)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().split()
            ppid, own = int(stat[3]), int(entry.name)
            if own == pid or ppid == pid:
                total += int(stat[23]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total


async def run(
    scenario: Scenario, base: str, headers: dict[str, str], concurrency: int, duration: float
) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    first_error = ""
    deadline = time.monotonic() + duration

    async def worker(seed: int) -> None:
        nonlocal errors, first_error
        rng = random.Random(seed)
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as http:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    await scenario(http, rng)
                except (httpx.HTTPError, RuntimeError) as exc:
                    errors += 1
                    first_error = first_error or f"{type(exc).__name__}: {exc}"
                    continue
                latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.gather(*(worker(seed) for seed in range(concurrency)))
    if first_error:
        print(f"first error: {first_error}", file=sys.stderr)
    return latencies, errors


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--client", default="bench")
    parser.add_argument("--secret", default="bench")
    parser.add_argument("--scenario", default="all")
    parser.add_argument("--concurrency", default="1,16")
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--monitor", type=int, help="PID of the server (peak RSS)")
    args = parser.parse_args()
    headers = {"Authorization": f"Bearer {make_token(args.client, args.secret)}", **HEADERS}
    pools = Pools()
    async with httpx.AsyncClient(base_url=args.base_url, headers=headers, timeout=60) as http:
        await pools.fill(http)
    named = scenarios(pools)
    chosen = list(named) if args.scenario == "all" else args.scenario.split(",")
    print("| scenario | client | conc | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MiB |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in chosen:
        # Once, untimed: first-call costs of a server process (e.g. the Zaken OAS read for the
        # first rol) are no part of the scenario.
        async with httpx.AsyncClient(base_url=args.base_url, headers=headers, timeout=60) as http:
            try:
                await named[name](http, random.Random(-1))
            except (httpx.HTTPError, RuntimeError) as exc:
                print(f"warm-up of {name}: {exc}", file=sys.stderr)
        for concurrency in (int(c) for c in args.concurrency.split(",")):
            peak = 0

            async def sample() -> None:
                nonlocal peak
                while True:
                    peak = max(peak, rss_of(args.monitor)) if args.monitor else 0
                    await asyncio.sleep(0.25)

            sampler = asyncio.create_task(sample())
            started = time.monotonic()
            latencies, errors = await run(
                named[name], args.base_url, headers, concurrency, args.duration
            )
            elapsed = time.monotonic() - started
            sampler.cancel()
            cut = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
            print(
                f"| {name} | {args.client} | {concurrency} | {len(latencies) / elapsed:.1f} | "
                f"{cut[49]:.1f} | {cut[94]:.1f} | {cut[98]:.1f} | {errors} | "
                f"{peak / 2**20:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    asyncio.run(main())
