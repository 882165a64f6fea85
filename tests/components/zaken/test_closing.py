"""Closing and reopening a zaak (zrc-007, zrc-008) and what a closed zaak still allows."""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Types, Zaken
from tests.conftest import Clients

CLOSED_AT = "2020-01-15T10:00:00Z"


async def _client(
    clients: Clients, admin: dict[str, str], name: str, types: Types, *scopes: str
) -> dict[str, str]:
    return h.crs(
        await clients.with_autorisaties(name, [h.zrc(*scopes, zaaktype=types.zaaktype)], admin)
    )


async def test_eindstatus_sets_einddatum(api: Zaken, types: Types, zaak: dict[str, Any]) -> None:
    closed = await api.close(zaak["url"], types, CLOSED_AT)
    assert closed["einddatum"] == "2020-01-15"  # zrc-007a
    assert closed["status"] is not None


async def test_non_final_status_leaves_einddatum_empty(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    await api.status(zaak["url"], types.begin)
    assert (await api.get(zaak["url"]))["einddatum"] is None  # zrc-007r


async def test_eindstatus_needs_a_resultaat(api: Zaken, types: Types, zaak: dict[str, Any]) -> None:
    response = await api.http.post(
        h.STATUSSEN,
        json={"zaak": zaak["url"], "statustype": types.eind, "datumStatusGezet": CLOSED_AT},
        headers=api.headers,
    )
    assert h.first_param(response) == ("nonFieldErrors", "resultaat-does-not-exist")


async def test_eindstatus_needs_indicatie_gebruiksrecht_on_every_document(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    document = await api.document(types.iotype, indicatieGebruiksrecht=None)
    await api.relate(zaak["url"], document["url"])
    await api.resultaat(zaak["url"], types.resultaattype)
    response = await api.http.post(
        h.STATUSSEN,
        json={"zaak": zaak["url"], "statustype": types.eind, "datumStatusGezet": CLOSED_AT},
        headers=api.headers,
    )
    assert h.first_param(response) == ("nonFieldErrors", "indicatiegebruiksrecht-unset")  # 007q
    assert (await api.get(zaak["url"]))["einddatum"] is None


async def test_closed_zaak_changes_need_geforceerd_bijwerken(
    api: Zaken, types: Types, zaak: dict[str, Any], clients: Clients, admin: dict[str, str]
) -> None:
    rol = await api.post(h.ROLLEN, h.rol(zaak["url"], types.roltype))
    document = await api.document(types.iotype, indicatieGebruiksrecht=False)
    zio = await api.relate(zaak["url"], document["url"])
    await api.close(zaak["url"], types)
    resultaat = (await api.get(zaak["url"]))["resultaat"]
    writer = await _client(
        clients, admin, "zrc-writer", types, h.LEZEN, h.AANMAKEN, h.BIJWERKEN, h.VERWIJDEREN
    )
    document2 = await api.document(types.iotype)

    async def call(method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return await api.http.request(method, h.path_of(path), json=body, headers=writer)

    forbidden = [
        await call("PUT", zaak["url"], h.zaak(types.zaaktype, omschrijving="x")),  # 007c
        await call("PATCH", zaak["url"], {"omschrijving": "x"}),  # 007c
        await call(
            "POST", h.KLANTCONTACTEN, {"zaak": zaak["url"], "datumtijd": "2020-01-01T00:00:00Z"}
        ),  # 007d
        await call("PATCH", resultaat, {"toelichting": "x"}),  # 007e
        await call("DELETE", resultaat),  # 007e
        await call("POST", h.ROLLEN, h.rol(zaak["url"], types.roltype)),  # 007f
        await call("DELETE", rol["url"]),  # 007f
        await call(
            "POST",
            h.STATUSSEN,
            {"zaak": zaak["url"], "statustype": types.eind, "datumStatusGezet": CLOSED_AT},
        ),  # 007g
        await call("POST", h.ZIO, {"zaak": zaak["url"], "informatieobject": document2["url"]}),
        await call("PATCH", zio["url"], {"titel": "x"}),  # 007h
        await call("DELETE", zio["url"]),  # 007h
        await call(
            "POST",
            h.ZAAKOBJECTEN,
            {"zaak": zaak["url"], "objectType": "pand", "object": "https://x.nl/p/1"},
        ),  # 007i
        await call(
            "POST",
            f"{zaak['url']}/zaakeigenschappen",
            {"zaak": zaak["url"], "eigenschap": types.eigenschap, "waarde": "test"},
        ),  # 007k
    ]
    for response in forbidden:
        h.assert_problem(response, 403, "permission_denied")
    # zrc-007e: a second resultaat is refused on its own merits (the suite expects `unique`).
    second = await call(
        "POST", h.RESULTATEN, {"zaak": zaak["url"], "resultaattype": types.resultaattype}
    )
    assert h.first_param(second) == ("zaak", "unique")
    assert (await api.get(zaak["url"]))["omschrijving"] == ""


async def test_closed_zaak_changes_with_geforceerd_bijwerken(
    api: Zaken, types: Types, zaak: dict[str, Any], clients: Clients, admin: dict[str, str]
) -> None:
    await api.close(zaak["url"], types)
    forcer = await _client(
        clients, admin, "zrc-forcer", types, h.LEZEN, h.AANMAKEN, h.BIJWERKEN, h.GEFORCEERD
    )
    patch = await api.http.patch(
        h.path_of(zaak["url"]), json={"omschrijving": "geforceerd"}, headers=forcer
    )
    assert patch.status_code == 200, patch.text  # zrc-007i
    klantcontact = await api.http.post(
        h.KLANTCONTACTEN,
        json={"zaak": zaak["url"], "datumtijd": "2020-01-01T00:00:00Z"},
        headers=forcer,
    )
    assert klantcontact.status_code == 201, klantcontact.text  # zrc-007j
    rol = await api.http.post(h.ROLLEN, json=h.rol(zaak["url"], types.roltype), headers=forcer)
    assert rol.status_code == 201, rol.text  # zrc-007l
    status = await api.http.post(
        h.STATUSSEN,
        json={"zaak": zaak["url"], "statustype": types.eind, "datumStatusGezet": CLOSED_AT},
        headers=forcer,
    )
    assert status.status_code == 201, status.text  # zrc-007m


async def test_reopening_clears_the_archive_fields(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    closed = await api.close(zaak["url"], types)
    assert closed["archiefnominatie"] == "vernietigen"
    assert closed["archiefactiedatum"] == "2030-01-15"
    await api.status(zaak["url"], types.begin, "2020-02-01T10:00:00Z")  # zrc-008a
    reopened = await api.get(zaak["url"])
    assert reopened["einddatum"] is None  # zrc-008b
    assert reopened["archiefnominatie"] is None
    assert reopened["archiefactiedatum"] is None


async def test_reopening_needs_heropenen(
    api: Zaken, types: Types, zaak: dict[str, Any], clients: Clients, admin: dict[str, str]
) -> None:
    await api.close(zaak["url"], types)
    body = {"zaak": zaak["url"], "statustype": types.begin, "datumStatusGezet": "2020-02-01"}
    without = await _client(
        clients, admin, "zrc-no-reopen", types, h.LEZEN, h.AANMAKEN, h.BIJWERKEN,
        h.STATUSSEN_TOEVOEGEN,
    )  # fmt: skip
    refused = await api.http.post(h.STATUSSEN, json=body, headers=without)
    h.assert_problem(refused, 403, "permission_denied")  # zrc-008c
    reopener = await _client(clients, admin, "zrc-reopen", types, h.LEZEN, h.HEROPENEN)
    allowed = await api.http.post(h.STATUSSEN, json=body, headers=reopener)
    assert allowed.status_code == 201, allowed.text
    assert (await api.get(zaak["url"]))["einddatum"] is None


async def test_statussen_toevoegen_is_enough_for_a_status(
    api: Zaken, types: Types, zaak: dict[str, Any], clients: Clients, admin: dict[str, str]
) -> None:
    setter = await _client(clients, admin, "zrc-status", types, h.STATUSSEN_TOEVOEGEN)
    response = await api.http.post(
        h.STATUSSEN,
        json={"zaak": zaak["url"], "statustype": types.begin, "datumStatusGezet": "2020-01-01"},
        headers=setter,
    )
    assert response.status_code == 201, response.text
