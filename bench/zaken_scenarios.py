"""Bench: Open Zaak's functional scenarios against a running server with `bench/dataset.py` data.

Usage: .venv/bin/python bench/zaken_scenarios.py --base-url http://127.0.0.1:8000
       [--scenario NAME,...] [--concurrency 1,16] [--duration 20] [--client bench|bench-regular]
       [--monitor PID]

Closed loop (like ../shared/bench/zgw_load.py): N asyncio workers, each sends its next request
when the previous answer is in; prints req/s and p50/p95/p99 per scenario and concurrency, and
with --monitor the peak RSS of that process and its children. A "request" of a scenario is the
whole sequence a client makes for it (zaak details = 6 calls).

Scenarios (open-zaak docs, development/performance/scenarios.rst):
  by_person     GET /rollen?betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=<a BSN in the data>
  by_location   POST /zaken/_zoek with zaakgeometrie.within a 0.2° square somewhere in NL
  overview      GET /zaken?expand=status.statustype (the zaken overview with statustypen)
  details       zaak + statussen + resultaten + rollen + zaakobjecten + zaakinformatieobjecten
  history       GET /zaken/{uuid}/audittrail
  add_status    POST /statussen (a non-final status on a zaak of the data)
The regular client (`bench-regular`) is authorised for 10 of the 100 zaaktypen; its pools are
drawn from what it may read.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from fundament.common.auth import make_token

ROOT = "/zaken/api/v1"
HEADERS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
Scenario = Callable[[httpx.AsyncClient, random.Random], Awaitable[None]]


class Pools:
    """Zaken, BSNs and statustypen the scenarios draw from, read through the API."""

    def __init__(self) -> None:
        self.zaken: list[dict[str, Any]] = []
        self.bsns: list[str] = []
        self.statustypen: dict[str, str] = {}

    async def fill(self, http: httpx.AsyncClient) -> None:
        page = (await http.get(f"{ROOT}/zaken", params={"pageSize": 200})).json()
        self.zaken = page["results"]
        rollen = (await http.get(f"{ROOT}/rollen", params={"pageSize": 200})).json()["results"]
        self.bsns = [
            rol["betrokkeneIdentificatie"]["inpBsn"]
            for rol in rollen
            if (rol.get("betrokkeneIdentificatie") or {}).get("inpBsn")
        ]
        for zaak in self.zaken[:20]:
            if zaak["zaaktype"] not in self.statustypen:
                zaaktype = (await http.get(zaak["zaaktype"])).json()
                self.statustypen[zaak["zaaktype"]] = zaaktype["statustypen"][1]
        if not self.zaken or not self.bsns:
            raise SystemExit("no zaken or rollen readable: load bench/dataset.py first")


def scenarios(pools: Pools) -> dict[str, Scenario]:
    async def ok(response: Awaitable[httpx.Response]) -> dict[str, Any]:
        answer = await response
        if answer.status_code >= 400:
            raise RuntimeError(f"{answer.request.method} {answer.url}: {answer.status_code}")
        return answer.json() if answer.content else {}

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
        await ok(http.get(f"{ROOT}/zaakinformatieobjecten", params={"zaak": zaak["url"]}))

    async def history(http: httpx.AsyncClient, rng: random.Random) -> None:
        await ok(http.get(f"{rng.choice(pools.zaken)['url']}/audittrail"))

    async def add_status(http: httpx.AsyncClient, rng: random.Random) -> None:
        zaak = rng.choice([z for z in pools.zaken[:20] if z["zaaktype"] in pools.statustypen])
        body = {
            "zaak": zaak["url"],
            "statustype": pools.statustypen[zaak["zaaktype"]],
            "datumStatusGezet": datetime.now(UTC).isoformat(),
        }
        await ok(http.post(f"{ROOT}/statussen", json=body))

    return {
        "by_person": by_person,
        "by_location": by_location,
        "overview": overview,
        "details": details,
        "history": history,
        "add_status": add_status,
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
    deadline = time.monotonic() + duration

    async def worker(seed: int) -> None:
        nonlocal errors
        rng = random.Random(seed)
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as http:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    await scenario(http, rng)
                except (httpx.HTTPError, RuntimeError):
                    errors += 1
                    continue
                latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.gather(*(worker(seed) for seed in range(concurrency)))
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
