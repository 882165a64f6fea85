"""Paths, request bodies and autorisaties shared by the Zaken API tests (problem assertions are
the Catalogi tests' own, imported)."""

from __future__ import annotations

from typing import Any

from tests.components.catalogi.helpers import (
    MISSING_UUID,
    assert_problem,
    first_param,
    invalid_params,
    path_of,
    urls,
    uuid_of,
)

__all__ = [
    "MISSING_UUID",
    "assert_problem",
    "first_param",
    "invalid_params",
    "path_of",
    "urls",
    "uuid_of",
]

ROOT = "/zaken/api/v1"
ZAKEN = f"{ROOT}/zaken"
ZOEK = f"{ZAKEN}/_zoek"
STATUSSEN = f"{ROOT}/statussen"
RESULTATEN = f"{ROOT}/resultaten"
ROLLEN = f"{ROOT}/rollen"
ZAAKOBJECTEN = f"{ROOT}/zaakobjecten"
ZIO = f"{ROOT}/zaakinformatieobjecten"
KLANTCONTACTEN = f"{ROOT}/klantcontacten"
CONTACTMOMENTEN = f"{ROOT}/zaakcontactmomenten"
VERZOEKEN = f"{ROOT}/zaakverzoeken"
OIO = "/documenten/api/v1/objectinformatieobjecten"
EIO = "/documenten/api/v1/enkelvoudiginformatieobjecten"

LEZEN = "zaken.lezen"
AANMAKEN = "zaken.aanmaken"
BIJWERKEN = "zaken.bijwerken"
VERWIJDEREN = "zaken.verwijderen"
HEROPENEN = "zaken.heropenen"
GEFORCEERD = "zaken.geforceerd-bijwerken"
STATUSSEN_TOEVOEGEN = "zaken.statussen.toevoegen"
AUDITTRAILS = "audittrails.lezen"

BSN = "111222333"
# The coordinate system headers every /zaken request carries (OAS: required).
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}


def crs(headers: dict[str, str]) -> dict[str, str]:
    """Authorization headers plus the CRS headers."""
    return {**headers, **CRS}


def zrc(*scopes: str, zaaktype: str, max_vertrouwelijkheid: str = "zeer_geheim") -> dict[str, Any]:
    """An autorisatie on the Zaken API for one zaaktype."""
    return {
        "component": "zrc",
        "scopes": list(scopes),
        "zaaktype": zaaktype,
        "maxVertrouwelijkheidaanduiding": max_vertrouwelijkheid,
    }


def zaak(zaaktype: str, **fields: Any) -> dict[str, Any]:
    """A minimal valid zaak body (camelCase; keyword arguments override fields)."""
    return {
        "bronorganisatie": "000000000",
        "verantwoordelijkeOrganisatie": "000000000",
        "zaaktype": zaaktype,
        "registratiedatum": "2019-04-09",
        "startdatum": "2019-04-09",
        **fields,
    }


def natuurlijk_persoon(**fields: Any) -> dict[str, Any]:
    return {"inpBsn": BSN, "geslachtsnaam": "Jansen", **fields}


def rol(zaak_url: str, roltype: str, **fields: Any) -> dict[str, Any]:
    return {
        "zaak": zaak_url,
        "betrokkeneType": "natuurlijk_persoon",
        "roltype": roltype,
        "roltoelichting": "indiener",
        "betrokkeneIdentificatie": natuurlijk_persoon(),
        **fields,
    }


def polygon(*points: tuple[float, float]) -> dict[str, Any]:
    ring = [list(point) for point in (*points, points[0])]
    return {"type": "Polygon", "coordinates": [ring]}


def point(x: float, y: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [x, y]}
