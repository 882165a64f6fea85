"""Bench: a subscriber outage during steady writes — issue 7's "nothing acknowledged is lost".

Usage: .venv/bin/python bench/notificaties_outage.py [--outage-seconds N] [--rate R]
       [--database URL]

Starts `fundament serve` (with its in-process dispatcher) on a throw-away SQLite database (or
on `--database`, an empty PostgreSQL database), a webhook subscriber on 127.0.0.1, and one
abonnement on kanaal `zaken`; through the Catalogi API it sets up one catalogus with one
published zaaktype. Then it creates zaken (`POST /zaken/api/v1/zaken`) at R writes per second;
after `--outage-start` seconds the subscriber goes away for N seconds, then comes back; writing
goes on for `--after` seconds. It waits until every notificatie arrived (or `--drain-timeout`).
The last line is `sent S delivered D lost L duplicates U`; the exit status is 1 when L > 0 or a
write failed.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

BIN = Path(sys.executable).parent / "fundament"
CLIENT, SECRET = "bench", "bench-secret"
CATALOGI = "/catalogi/api/v1"
ZAKEN = "/zaken/api/v1/zaken"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Subscriber:
    """Counts every notificatie it accepts (204), by resourceUrl; can be switched off and on."""

    def __init__(self) -> None:
        self.port = free_port()
        self.received: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        subscriber = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with subscriber.lock:
                    subscriber.received[json.loads(body)["resourceUrl"]] += 1
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def counts(self) -> Counter[str]:
        with self.lock:
            return Counter(self.received)


def run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, check=True, capture_output=True)


def token() -> str:
    from fundament.common.auth import make_token

    return make_token(CLIENT, SECRET)


def published_zaaktype(http: httpx.Client, headers: dict[str, str]) -> str:
    """One catalogus with one published zaaktype, through the Catalogi API; its URL."""

    def create(path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = http.post(f"{CATALOGI}/{path}", json=body, headers=headers)
        response.raise_for_status()
        created: dict[str, Any] = response.json()
        return created

    catalogus = create(
        "catalogussen",
        {"domein": "BNCH", "rsin": "000000000", "contactpersoonBeheerNaam": "Bench"},
    )
    zaaktype = create(
        "zaaktypen",
        {"identificatie": "BENCH-OUTAGE", "omschrijving": "Bench outage",
         "vertrouwelijkheidaanduiding": "openbaar", "doel": "bench", "aanleiding": "bench",
         "indicatieInternOfExtern": "extern", "handelingInitiator": "indienen",
         "onderwerp": "bench", "handelingBehandelaar": "behandelen", "doorlooptijd": "P30D",
         "opschortingEnAanhoudingMogelijk": False, "verlengingMogelijk": False,
         "publicatieIndicatie": False, "productenOfDiensten": [],
         "referentieproces": {"naam": "bench"}, "catalogus": catalogus["url"],
         "besluittypen": [], "gerelateerdeZaaktypen": [], "beginGeldigheid": "2020-01-01",
         "versiedatum": "2020-01-01", "verantwoordelijke": "bench"},
    )  # fmt: skip
    path = httpx.URL(zaaktype["url"]).path
    http.post(f"{path}/publish", headers=headers).raise_for_status()
    return str(zaaktype["url"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outage-seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=20.0, help="writes per second")
    parser.add_argument("--outage-start", type=float, default=3.0)
    parser.add_argument("--after", type=float, default=5.0, help="seconds of writes after it")
    parser.add_argument("--drain-timeout", type=float, default=300.0)
    parser.add_argument("--database", help="an empty PostgreSQL database URL (default SQLite)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="fundament-bench-"))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUNDAMENT_")}
    env.update(
        FUNDAMENT_DATA_DIR=str(workdir),
        FUNDAMENT_DEMO_CLIENT="false",
        FUNDAMENT_BASE_URL=f"http://127.0.0.1:{port}",
        FUNDAMENT_LOG_LEVEL="WARNING",
        # The subscriber's callbackUrl is on loopback, which the server refuses by default.
        FUNDAMENT_URL_ALLOW_PRIVATE="true",
        # Retry quickly and never give up within the bench (the defaults back off to an hour).
        FUNDAMENT_NOTIFICATIES_RETRY_BASE=os.environ.get(
            "FUNDAMENT_NOTIFICATIES_RETRY_BASE", "0.5"
        ),
        FUNDAMENT_NOTIFICATIES_RETRY_MAX_DELAY=os.environ.get(
            "FUNDAMENT_NOTIFICATIES_RETRY_MAX_DELAY", "2"
        ),
        FUNDAMENT_NOTIFICATIES_MAX_ATTEMPTS="100000",
        FUNDAMENT_NOTIFICATIES_POLL_INTERVAL="0.1",
    )
    if args.database:
        env["FUNDAMENT_DATABASE_URL"] = args.database
    run([str(BIN), "client", "add", CLIENT, "--secret", SECRET, "--superuser"], env)
    log = (workdir / "server.log").open("w")
    server = subprocess.Popen(
        [str(BIN), "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    subscriber = Subscriber()
    subscriber.start()
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(200):
                try:
                    if http.get("/_health").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
            headers = {"Authorization": f"Bearer {token()}"}
            zaaktype = published_zaaktype(http, headers)
            abonnement = {
                "callbackUrl": f"http://127.0.0.1:{subscriber.port}/hook",
                "auth": "Bearer bench",
                "kanalen": [{"naam": "zaken", "filters": {}}],
            }
            response = http.post(
                "/notificaties/api/v1/abonnement", json=abonnement, headers=headers
            )
            response.raise_for_status()

            sent: list[str] = []
            failed = 0
            total = args.outage_start + args.outage_seconds + args.after
            start = time.monotonic()
            down = up = False
            n = 0
            while (elapsed := time.monotonic() - start) < total:
                if not down and elapsed >= args.outage_start:
                    subscriber.stop()
                    down = True
                    print(f"{elapsed:6.1f}s subscriber down after {len(sent)} writes", flush=True)
                if down and not up and elapsed >= args.outage_start + args.outage_seconds:
                    subscriber.start()
                    up = True
                    print(f"{elapsed:6.1f}s subscriber back after {len(sent)} writes", flush=True)
                body = {
                    "bronorganisatie": "000000000",
                    "verantwoordelijkeOrganisatie": "000000000",
                    "zaaktype": zaaktype,
                    "omschrijving": f"bench {n}",
                    "registratiedatum": "2026-01-01",
                    "startdatum": "2026-01-01",
                }
                created = http.post(ZAKEN, json=body, headers={**headers, **CRS})
                if created.status_code == 201:
                    sent.append(created.json()["url"])
                else:
                    failed += 1
                n += 1
                time.sleep(max(0.0, start + n / args.rate - time.monotonic()))
            print(f"{time.monotonic() - start:6.1f}s writes done: {len(sent)} ok, {failed} failed")

            deadline = time.monotonic() + args.drain_timeout
            while time.monotonic() < deadline:
                received = subscriber.counts()
                if all(url in received for url in sent):
                    break
                time.sleep(0.2)
            drained = time.monotonic() - start
            print(f"{drained:6.1f}s delivery done (or timed out)", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        subscriber.stop()
        log.close()

    received = subscriber.counts()
    delivered = sum(1 for url in sent if received[url])
    lost = len(sent) - delivered
    duplicates = sum(count - 1 for count in received.values() if count > 1)
    print(f"server log: {workdir / 'server.log'}; write failures: {failed}")
    print(f"sent {len(sent)} delivered {delivered} lost {lost} duplicates {duplicates}")
    return 1 if lost or failed else 0


if __name__ == "__main__":
    sys.exit(main())
