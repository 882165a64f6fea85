"""A read-only Referentielijsten API (selectielijst) serving the offline data.

Serves the selectielijst 2020 and resultaattypeomschrijvingen (Django fixtures of
VNG-referentielijsten) in the shape of its `openapi.yaml` under `{base}/api/v1`: `resultaten`
(paginated, 100 a page, filter `proces_type`), `procestypen` (filter `jaar`),
`resultaattypeomschrijvingen` and an empty `communicatiekanalen`, each with a `/{uuid}` detail.
Every `url` starts with the server's own base, so the URLs it hands out can be fetched back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fundament.referentielijsten.httpd import StubRequest, StubResponse, StubServer

# VNG-referentielijsten fixtures (EUPL-1.2, data/LICENCE.md), shipped for offline use.
DATA_DIR = Path(__file__).resolve().parent / "data"
API_ROOT = "/api/v1"
PAGE_SIZE = 100  # VNG-referentielijsten: REST_FRAMEWORK["PAGE_SIZE"]

PROCESTERMIJN_WEERGAVE = {
    "": "",
    "nihil": "Nihil",
    "bestaansduur_procesobject": "De bestaans- of geldigheidsduur van het procesobject.",
    "ingeschatte_bestaansduur_procesobject": (
        "De ingeschatte maximale bestaans- of geldigheidsduur van het procesobject."
    ),
    "vast_te_leggen_datum": (
        "De tijdens het proces vast te leggen datum waarop de geldigheid van het procesobject "
        "komt te vervallen. "
    ),
    "samengevoegd_met_bewaartermijn": "De procestermijn is samengevoegd met de bewaartermijn.",
}

_RESULTAAT_FLAGS = (
    "algemeen_bestuur_en_inrichting_organisatie",
    "bedrijfsvoering_en_personeel",
    "publieke_informatie_en_registratie",
    "burgerzaken",
    "veiligheid",
    "verkeer_en_vervoer",
    "economie",
    "onderwijs",
    "sport_cultuur_en_recreatie",
    "sociaal_domein",
    "volksgezonheid_en_milieu",
    "vhrosv",
    "heffen_belastingen",
    "alle_taakgebieden",
)

_NOT_FOUND = {"detail": "Niet gevonden."}

Collections = dict[str, list[dict[str, Any]]]


class Referentielijsten(StubServer):
    """Serves the selectielijst and referentielijsten on a loopback port."""

    name = "referentielijsten"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, data_dir: Path = DATA_DIR) -> None:
        super().__init__(host, port)
        self._procestypen = _fixture(data_dir / "selectielijst_2020_procestypen.json")
        self._resultaten = _fixture(data_dir / "selectielijst_2020_resultaten.json")
        self._omschrijvingen = _fixture(data_dir / "resultaattypeomschrijvingen.json")
        self._cache: dict[str, tuple[Collections, dict[str, dict[str, Any]]]] = {}

    @property
    def api_url(self) -> str:
        """The `referentielijst_url` of the suite: `http://127.0.0.1:PORT/api/v1`."""
        return self.base_url + API_ROOT

    def handle(self, request: StubRequest) -> StubResponse:
        if request.method not in ("GET", "HEAD"):
            return StubResponse.json({"detail": "Methode niet toegestaan."}, status=405)
        if not request.path.startswith(API_ROOT + "/"):
            return StubResponse.json(_NOT_FOUND, status=404)
        path = request.path[len(API_ROOT) :].rstrip("/")
        collections, by_url = self._resources()
        if path in collections:
            return self._list(path, collections[path], request)
        resource = by_url.get(f"{self.api_url}{path}")
        if resource is not None:
            return StubResponse.json(resource)
        return StubResponse.json(_NOT_FOUND, status=404)

    def _list(self, name: str, items: list[dict[str, Any]], request: StubRequest) -> StubResponse:
        if name == "/procestypen":
            jaar = request.param("jaar")
            if jaar:
                items = [p for p in items if str(p["jaar"]) == jaar]
            return StubResponse.json(items)
        if name == "/resultaattypeomschrijvingen":
            return StubResponse.json(items)
        if name == "/resultaten":
            proces_type = request.param("proces_type")
            if proces_type:
                items = [r for r in items if r["procesType"] == proces_type]
        return self._page(items, request)

    def _page(self, items: list[dict[str, Any]], request: StubRequest) -> StubResponse:
        """DRF's PageNumberPagination: `?page=N`, 404 for a page past the end."""
        try:
            page = int(request.param("page") or 1)
        except ValueError:
            page = 0
        last = max(1, -(-len(items) // PAGE_SIZE))
        if not 1 <= page <= last:
            return StubResponse.json({"detail": "Ongeldige pagina."}, status=404)
        url = f"{self.base_url}{request.path}"

        def link(number: int) -> str | None:
            if not 1 <= number <= last:
                return None
            query = {k: v[0] for k, v in request.query.items() if v}
            query["page"] = str(number)
            return f"{url}?{urlencode(query)}"

        return StubResponse.json(
            {
                "count": len(items),
                "next": link(page + 1),
                "previous": link(page - 1),
                "results": items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
            }
        )

    def _resources(self) -> tuple[Collections, dict[str, dict[str, Any]]]:
        """Every resource as the API shows it, by collection path and by URL (built once)."""
        base = self.api_url
        if base not in self._cache:
            collections: Collections = {
                "/procestypen": self._build_procestypen(base),
                "/resultaten": self._build_resultaten(base),
                "/resultaattypeomschrijvingen": [
                    {
                        "url": f"{base}/resultaattypeomschrijvingen/{f['uuid']}",
                        "omschrijving": f["omschrijving"],
                        "definitie": f["definitie"],
                        "opmerking": f["opmerking"],
                    }
                    for f in self._omschrijvingen.values()
                ],
                "/communicatiekanalen": [],
            }
            by_url = {r["url"]: r for items in collections.values() for r in items}
            self._cache[base] = (collections, by_url)
        return self._cache[base]

    def _build_procestypen(self, base: str) -> list[dict[str, Any]]:
        procestypen = sorted(self._procestypen.values(), key=lambda f: f["nummer"])
        return [
            {
                "url": f"{base}/procestypen/{f['uuid']}",
                "nummer": f["nummer"],
                "jaar": f["jaar"],
                "naam": f["naam"],
                "omschrijving": f["omschrijving"],
                "toelichting": f["toelichting"],
                "procesobject": f["procesobject"],
            }
            for f in procestypen
        ]

    def _build_resultaten(self, base: str) -> list[dict[str, Any]]:
        def volledig_nummer(f: dict[str, Any]) -> str:
            procestype = self._procestypen[f["proces_type"]]["nummer"]
            generiek = f.get("generiek_resultaat")
            middle = f".{self._resultaten[generiek]['nummer']}" if generiek else ""
            return f"{procestype}{middle}.{f['nummer']}"

        def tree_order(f: dict[str, Any]) -> tuple[int, ...]:
            generiek = f.get("generiek_resultaat")
            procestype = self._procestypen[f["proces_type"]]["nummer"]
            if generiek:
                return (procestype, self._resultaten[generiek]["nummer"], 1, f["nummer"])
            return (procestype, f["nummer"], 0, 0)

        resultaten = []
        for f in sorted(self._resultaten.values(), key=tree_order):
            generiek = not f.get("generiek_resultaat")
            resultaat = {
                "url": f"{base}/resultaten/{f['uuid']}",
                "procesType": f"{base}/procestypen/{self._procestypen[f['proces_type']]['uuid']}",
                "nummer": f["nummer"],
                "volledigNummer": volledig_nummer(f),
                "generiek": generiek,
                "specifiek": not generiek,
                "naam": f["naam"],
                "omschrijving": f["omschrijving"],
                "herkomst": f["herkomst"],
                "waardering": f["waardering"],
                "procestermijn": f["procestermijn"],
                "procestermijnWeergave": PROCESTERMIJN_WEERGAVE.get(f["procestermijn"], ""),
                "bewaartermijn": f.get("bewaartermijn"),
                "toelichting": f["toelichting"],
            }
            resultaat.update({_camel(flag): bool(f.get(flag)) for flag in _RESULTAAT_FLAGS})
            resultaat["procestermijnOpmerking"] = f.get("procestermijn_opmerking", "")
            resultaten.append(resultaat)
        return resultaten


def _fixture(path: Path) -> dict[int, dict[str, Any]]:
    """A Django fixture file as `pk` → fields."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {row["pk"]: row["fields"] for row in rows}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)
