"""zrc-006: a client sees and writes only zaken of its zaaktypen up to its
maxVertrouwelijkheidaanduiding, in lists, _zoek and sub-resource lists alike."""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Types, Zaken
from tests.conftest import Clients


async def _setup(api: Zaken, types: Types) -> dict[str, dict[str, Any]]:
    other = await api.types()
    zaken = {
        "allowed": await api.zaak(types.zaaktype, vertrouwelijkheidaanduiding="openbaar"),
        "other_type": await api.zaak(other.zaaktype),
        "too_secret": await api.zaak(types.zaaktype, vertrouwelijkheidaanduiding="geheim"),
    }
    for zaak in zaken.values():
        zaaktype_types = types if zaak["zaaktype"] == types.zaaktype else other
        await api.post(h.ROLLEN, h.rol(zaak["url"], zaaktype_types.roltype))
        await api.status(zaak["url"], zaaktype_types.begin)
    return zaken


async def _reader(clients: Clients, admin: dict[str, str], types: Types) -> dict[str, str]:
    autorisatie = h.zrc(
        h.LEZEN, h.AANMAKEN, zaaktype=types.zaaktype, max_vertrouwelijkheid="intern"
    )
    return h.crs(await clients.with_autorisaties("zrc-reader", [autorisatie], admin))


async def test_lists_hold_only_authorised_zaken(
    api: Zaken, types: Types, clients: Clients, admin: dict[str, str]
) -> None:
    zaken = await _setup(api, types)
    reader = await _reader(clients, admin, types)
    allowed = [zaken["allowed"]["url"]]
    listed = await api.http.get(h.ZAKEN, headers=reader)
    assert h.urls(listed) == allowed  # zrc-006a
    assert listed.json()["count"] == 1
    search = await api.http.post(h.ZOEK, json={}, headers=reader)
    assert h.urls(search) == allowed
    for path in (h.ROLLEN, h.STATUSSEN):
        page = await api.http.get(path, headers=reader)
        assert [item["zaak"] for item in page.json()["results"]] == allowed, path
    superuser = await api.http.get(h.ZAKEN, headers=api.headers)
    assert superuser.json()["count"] == 3


async def test_reading_outside_the_grants_is_forbidden(
    api: Zaken, types: Types, clients: Clients, admin: dict[str, str]
) -> None:
    zaken = await _setup(api, types)
    reader = await _reader(clients, admin, types)
    ok = await api.http.get(h.path_of(zaken["allowed"]["url"]), headers=reader)
    assert ok.status_code == 200
    for name in ("other_type", "too_secret"):
        response = await api.http.get(h.path_of(zaken[name]["url"]), headers=reader)
        h.assert_problem(response, 403, "permission_denied")
    rol = (await api.get(zaken["too_secret"]["url"]))["rollen"][0]
    h.assert_problem(await api.http.get(h.path_of(rol), headers=reader), 403, "permission_denied")


async def test_creating_outside_the_grants_is_forbidden(
    api: Zaken, types: Types, clients: Clients, admin: dict[str, str]
) -> None:
    reader = await _reader(clients, admin, types)
    created = await api.http.post(h.ZAKEN, json=h.zaak(types.zaaktype), headers=reader)
    assert created.status_code == 201, created.text
    other = await api.types()
    for body in (
        h.zaak(other.zaaktype),
        h.zaak(types.zaaktype, vertrouwelijkheidaanduiding="geheim"),
    ):
        response = await api.http.post(h.ZAKEN, json=body, headers=reader)
        h.assert_problem(response, 403, "permission_denied")


async def test_without_the_scope_nothing_is_allowed(
    api: Zaken, types: Types, zaak: dict[str, Any], clients: Clients, admin: dict[str, str]
) -> None:
    """zrc-006b/c: a client whose autorisatie lacks zaken.lezen / zaken.aanmaken."""
    autorisatie = h.zrc(h.BIJWERKEN, zaaktype=types.zaaktype)
    headers = h.crs(await clients.with_autorisaties("zrc-nothing", [autorisatie], admin))
    for response in (
        await api.http.get(h.ZAKEN, headers=headers),
        await api.http.get(h.path_of(zaak["url"]), headers=headers),
        await api.http.post(h.ZAKEN, json=h.zaak(types.zaaktype), headers=headers),
        await api.http.post(h.ZOEK, json={}, headers=headers),
        await api.http.get(h.ROLLEN, headers=headers),
        await api.http.delete(h.path_of(zaak["url"]), headers=headers),
        await api.http.get(h.path_of(f"{zaak['url']}/audittrail"), headers=headers),
    ):
        h.assert_problem(response, 403, "permission_denied")


async def test_without_a_token_is_401_or_403(client: httpx.AsyncClient) -> None:
    response = await client.get(h.ZAKEN, headers=h.CRS)
    assert response.status_code in (401, 403)
    assert response.json()["code"] in ("not_authenticated", "permission_denied")
