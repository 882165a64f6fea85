"""Zaakinformatieobjecten (zrc-003/004/005/017) and their mirror in the Documenten API."""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import Foreign, Types, Zaken


async def _mirrors(api: Zaken, document: str) -> list[str]:
    response = await api.http.get(h.OIO, params={"informatieobject": document}, headers=api.headers)
    assert response.status_code == 200, response.text
    return [item["object"] for item in response.json()]


async def test_create_sets_hoort_bij_and_registratiedatum_and_mirrors(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    document = await api.document(types.iotype)
    zio = await api.relate(zaak["url"], document["url"])
    assert zio.keys() >= {
        "url", "uuid", "informatieobject", "zaak", "aardRelatieWeergave", "titel",
        "beschrijving", "registratiedatum", "vernietigingsdatum", "status",
    }  # fmt: skip
    assert zio["aardRelatieWeergave"] == "Hoort bij, omgekeerd: kent"  # zrc-004a
    assert zio["registratiedatum"]
    assert (await api.get(zaak["url"]))["zaakinformatieobjecten"] == [zio["url"]]
    assert await _mirrors(api, document["url"]) == [zaak["url"]]  # zrc-005a
    listed = await api.get(h.ZIO, zaak=zaak["url"], informatieobject=document["url"])
    assert [item["url"] for item in listed] == [zio["url"]]
    await api.delete(zio["url"])
    assert await _mirrors(api, document["url"]) == []  # zrc-005b


async def test_update_keeps_zaak_and_informatieobject(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    document = await api.document(types.iotype)
    other_document = await api.document(types.iotype)
    zio = await api.relate(zaak["url"], document["url"])
    other = await api.zaak(types.zaaktype)
    patched = await api.patch(zio["url"], {"titel": "nieuw", "beschrijving": "b"})
    assert patched["titel"] == "nieuw"  # zrc-003c
    put = await api.http.put(
        h.path_of(zio["url"]),
        json={"zaak": zaak["url"], "informatieobject": document["url"], "titel": "x"},
        headers=api.headers,
    )
    assert put.status_code == 200 and put.json()["titel"] == "x"  # zrc-003b

    async def patch(body: dict[str, Any]) -> httpx.Response:
        return await api.http.patch(h.path_of(zio["url"]), json=body, headers=api.headers)

    assert h.first_param(await patch({"zaak": other["url"]})) == (
        "zaak",
        "wijzigen-niet-toegelaten",
    )  # zrc-004e
    assert h.first_param(await patch({"informatieobject": other_document["url"]})) == (
        "informatieobject",
        "wijzigen-niet-toegelaten",
    )  # zrc-004g


async def test_informatieobject_must_resolve(
    api: Zaken, zaak: dict[str, Any], foreign: Foreign
) -> None:
    response = await api.http.post(
        h.ZIO, json={"zaak": zaak["url"], "informatieobject": foreign.missing}, headers=api.headers
    )
    assert h.first_param(response) == ("informatieobject", "bad-url")  # zrc-003d


async def test_document_once_per_zaak(api: Zaken, types: Types, zaak: dict[str, Any]) -> None:
    document = await api.document(types.iotype)
    await api.relate(zaak["url"], document["url"])
    again = await api.http.post(
        h.ZIO, json={"zaak": zaak["url"], "informatieobject": document["url"]}, headers=api.headers
    )
    assert h.first_param(again) == ("nonFieldErrors", "unique")


async def test_informatieobjecttype_must_be_listed_on_the_zaaktype(
    api: Zaken, zaak: dict[str, Any]
) -> None:
    other = await api.types()
    document = await api.document(other.iotype)
    response = await api.http.post(
        h.ZIO, json={"zaak": zaak["url"], "informatieobject": document["url"]}, headers=api.headers
    )
    assert h.first_param(response) == (
        "nonFieldErrors",
        "missing-zaaktype-informatieobjecttype-relation",
    )  # zrc-017


async def test_status_of_the_zio_belongs_to_the_zaak(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    status = await api.status(zaak["url"], types.begin)
    other = await api.zaak(types.zaaktype)
    other_status = await api.status(other["url"], types.begin)
    document = await api.document(types.iotype)
    wrong = await api.http.post(
        h.ZIO,
        json={
            "zaak": zaak["url"],
            "informatieobject": document["url"],
            "status": other_status["url"],
        },
        headers=api.headers,
    )
    assert h.first_param(wrong) == ("status", "bad-url")
    zio = await api.post(
        h.ZIO, {"zaak": zaak["url"], "informatieobject": document["url"], "status": status["url"]}
    )
    assert zio["status"] == status["url"]
    assert (await api.get(status["url"]))["zaakinformatieobjecten"] == [zio["url"]]


async def test_archived_zaak_takes_no_new_documents(api: Zaken, types: Types) -> None:
    zaak = await api.zaak(
        types.zaaktype,
        archiefstatus="gearchiveerd",
        archiefnominatie="vernietigen",
        archiefactiedatum="2030-01-01",
    )
    document = await api.document(types.iotype)
    response = await api.http.post(
        h.ZIO, json={"zaak": zaak["url"], "informatieobject": document["url"]}, headers=api.headers
    )
    assert h.first_param(response) == ("nonFieldErrors", "zaak-archiefstatus-invalid")
