"""Who may use the Catalogi API: `catalogi.*` scopes, and ztc-014's read alternatives."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.components.catalogi import helpers as h
from tests.components.catalogi.conftest import Catalogi
from tests.conftest import Clients


def zrc(zaaktype_url: str, *scopes: str) -> dict[str, Any]:
    return {
        "component": "zrc",
        "scopes": list(scopes),
        "zaaktype": zaaktype_url,
        "maxVertrouwelijkheidaanduiding": "openbaar",
    }


def drc(iot_url: str, *scopes: str) -> dict[str, Any]:
    return {
        "component": "drc",
        "scopes": list(scopes),
        "informatieobjecttype": iot_url,
        "maxVertrouwelijkheidaanduiding": "geheim",
    }


@pytest.fixture
async def published(api: Catalogi, catalogus: dict) -> list[dict]:
    """Two published zaaktypen."""
    return [
        await api.publish((await api.zaaktype(catalogus["url"], identificatie=i))["url"])
        for i in ("A", "B")
    ]


@pytest.mark.parametrize("reader", ["zaken", "documenten"])
async def test_zaken_or_documenten_lezen_may_read_every_zaaktype(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    api: Catalogi,
    catalogus: dict,
    published: list[dict],
    reader: str,
):
    """ztc-014: even zaaktypen the client's autorisatie does not name."""
    if reader == "zaken":
        autorisatie = zrc(published[0]["url"], "zaken.lezen")
    else:
        iot = await api.informatieobjecttype(catalogus["url"])
        autorisatie = drc(iot["url"], "documenten.lezen")
    headers = await clients.with_autorisaties(f"{reader}-lezer", [autorisatie], admin)

    listed = await client.get(h.ZAAKTYPEN, headers=headers)
    assert h.urls(listed) == [z["url"] for z in published]
    for zaaktype in published:
        detail = await client.get(h.path_of(zaaktype["url"]), headers=headers)
        assert detail.json() == zaaktype
        assert (await client.head(h.path_of(zaaktype["url"]), headers=headers)).status_code == 200
    # The alternatives read zaaktypen only.
    h.assert_problem(await client.get(h.STATUSTYPEN, headers=headers), 403, "permission_denied")
    h.assert_problem(await client.get(h.CATALOGUSSEN, headers=headers), 403, "permission_denied")


async def test_without_any_read_scope_zaaktypen_are_forbidden(
    client: httpx.AsyncClient, admin: dict[str, str], clients: Clients, published: list[dict]
):
    """ztc-014: none of catalogi.lezen, zaken.lezen, documenten.lezen."""
    headers = await clients.with_autorisaties(
        "zonder-lezen",
        [
            zrc(published[0]["url"], "zaken.bijwerken"),
            {"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": published[0]["url"]},
            h.ztc(h.SCHRIJVEN),
        ],
        admin,
    )
    h.assert_problem(await client.get(h.ZAAKTYPEN, headers=headers), 403, "permission_denied")
    detail = await client.get(h.path_of(published[0]["url"]), headers=headers)
    h.assert_problem(detail, 403, "permission_denied")


async def test_catalogi_lezen_reads_everything(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    api: Catalogi,
    catalogus: dict,
    zaaktype: dict,
):
    statustype = await api.statustype(zaaktype["url"])
    headers = await clients.with_autorisaties("lezer", [h.ztc(h.LEZEN)], admin)
    for path in (
        h.CATALOGUSSEN,
        h.ZAAKTYPEN,
        h.INFORMATIEOBJECTTYPEN,
        h.BESLUITTYPEN,
        h.STATUSTYPEN,
        h.ROLTYPEN,
        h.RESULTAATTYPEN,
        h.EIGENSCHAPPEN,
        h.ZIOTS,
        h.ZAAKOBJECTTYPEN,
    ):
        assert (await client.get(path, headers=headers)).status_code == 200, path
    for url in (catalogus["url"], zaaktype["url"], statustype["url"]):
        assert (await client.get(h.path_of(url), headers=headers)).status_code == 200


async def test_catalogi_lezen_cannot_write(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    clients: Clients,
    api: Catalogi,
    catalogus: dict,
    zaaktype: dict,
):
    statustype = await api.statustype(zaaktype["url"])
    headers = await clients.with_autorisaties("lezer", [h.ztc(h.LEZEN)], admin)
    before = await api.get(zaaktype["url"])
    zaaktype_path = h.path_of(zaaktype["url"])
    attempts = [
        await client.post(h.CATALOGUSSEN, json=h.catalogus("NIEUW"), headers=headers),
        await client.post(h.ZAAKTYPEN, json=h.zaaktype(catalogus["url"]), headers=headers),
        await client.put(zaaktype_path, json=h.zaaktype(catalogus["url"]), headers=headers),
        await client.patch(zaaktype_path, json={"doel": "x"}, headers=headers),
        await client.delete(zaaktype_path, headers=headers),
        await client.post(f"{zaaktype_path}/publish", headers=headers),
        await client.post(h.STATUSTYPEN, json=h.statustype(zaaktype["url"]), headers=headers),
        await client.delete(h.path_of(statustype["url"]), headers=headers),
    ]
    for response in attempts:
        h.assert_problem(response, 403, "permission_denied")
    assert await api.get(zaaktype["url"]) == before
    assert await api.get(statustype["url"]) == statustype
    listed = await client.get(h.CATALOGUSSEN, params={"domein": "NIEUW"}, headers=admin)
    assert listed.json()["count"] == 0


async def test_catalogi_scopes_on_another_component_do_not_count(
    client: httpx.AsyncClient, admin: dict[str, str], clients: Clients
):
    headers = await clients.with_autorisaties(
        "verkeerd", [{"component": "nrc", "scopes": [h.LEZEN, h.SCHRIJVEN]}], admin
    )
    h.assert_problem(await client.get(h.CATALOGUSSEN, headers=headers), 403, "permission_denied")
    created = await client.post(h.CATALOGUSSEN, json=h.catalogus(), headers=headers)
    h.assert_problem(created, 403, "permission_denied")


async def test_request_without_token_is_not_authenticated(
    client: httpx.AsyncClient, zaaktype: dict
):
    h.assert_problem(await client.get(h.ZAAKTYPEN), 403, "not_authenticated")
    h.assert_problem(await client.delete(h.path_of(zaaktype["url"])), 403, "not_authenticated")
