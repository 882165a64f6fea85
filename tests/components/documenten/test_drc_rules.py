"""The standard's rules through the API, with the codes of the VNG suite (folder `drc`)."""

from __future__ import annotations

import httpx
import pytest

from tests.components.documenten import helpers as h
from tests.components.documenten.conftest import Documenten


async def test_drc_001_informatieobjecttype_must_resolve_be_one_and_be_published(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, foreign: str
):
    def post(iotype: str) -> httpx.Request:
        return client.post(h.EIO, json=h.informatieobject(iotype), headers=admin)

    assert h.first_param(await post(f"{foreign}/404")) == ("informatieobjecttype", "bad-url")
    assert h.first_param(await post(f"{foreign}/html")) == (
        "informatieobjecttype",
        "invalid-resource",
    )
    assert h.first_param(await post(f"{foreign}/json")) == (
        "informatieobjecttype",
        "invalid-resource",
    )
    missing = f"http://testserver{h.CATALOGI}/informatieobjecttypen/{h.MISSING_UUID}"
    assert h.first_param(await post(missing)) == ("informatieobjecttype", "bad-url")
    concept = await api.iotype(publish=False)
    assert h.first_param(await post(concept)) == ("informatieobjecttype", "not-published")


@pytest.mark.parametrize("status", ["in_bewerking", "ter_vaststelling"])
async def test_drc_005_received_documents_cannot_be_in_progress(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str, status: str
):
    body = h.informatieobject(iotype, status=status, ontvangstdatum="2019-01-01")
    assert h.first_param(await client.post(h.EIO, json=body, headers=admin)) == (
        "status",
        "invalid_for_received",
    )
    created = await api.create(iotype, status=status)
    lock = await api.lock(created["url"])
    path = h.path_of(created["url"])
    put = await client.put(path, json={**body, "lock": lock}, headers=admin)
    assert h.first_param(put) == ("status", "invalid_for_received")
    patch = await client.patch(
        path, json={"ontvangstdatum": "2019-01-01", "lock": lock}, headers=admin
    )
    assert h.first_param(patch) == ("status", "invalid_for_received")
    definitief = await client.patch(
        path,
        json={"ontvangstdatum": "2019-01-01", "status": "definitief", "lock": lock},
        headers=admin,
    )
    assert definitief.status_code == 200, definitief.text


async def test_drc_006_indicatie_gebruiksrecht_follows_the_gebruiksrechten(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, iotype: str
):
    refused = await client.post(
        h.EIO, json=h.informatieobject(iotype, indicatieGebruiksrecht=True), headers=admin
    )
    assert h.first_param(refused) == ("indicatieGebruiksrecht", "missing-gebruiksrechten")
    created = await api.create(iotype)
    assert created["indicatieGebruiksrecht"] is None
    recht = await api.post(
        h.GEBRUIKSRECHTEN,
        {
            "informatieobject": created["url"],
            "startdatum": "2019-01-01T12:00:00",
            "omschrijvingVoorwaarden": "test",
        },
    )
    assert recht["startdatum"] == "2019-01-01T12:00:00Z"
    assert (await api.get(created["url"]))["indicatieGebruiksrecht"] is True
    lock = await api.lock(created["url"])
    cleared = await client.patch(
        h.path_of(created["url"]),
        json={"indicatieGebruiksrecht": None, "lock": lock},
        headers=admin,
    )
    assert h.first_param(cleared) == ("indicatieGebruiksrecht", "existing-gebruiksrechten")
    kept = await client.patch(
        h.path_of(created["url"]), json={"titel": "t", "lock": lock}, headers=admin
    )
    assert kept.json()["indicatieGebruiksrecht"] is True
    await api.unlock(created["url"], lock)
    assert (await client.delete(h.path_of(recht["url"]), headers=admin)).status_code == 204
    assert (await api.get(created["url"]))["indicatieGebruiksrecht"] is None


async def test_drc_007_vertrouwelijkheidaanduiding_explicit_or_from_the_type(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten
):
    iotype = await api.iotype(vertrouwelijkheidaanduiding="zaakvertrouwelijk")
    derived = await api.create(iotype)
    assert derived["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"
    blank = await api.create(iotype, vertrouwelijkheidaanduiding="")
    assert blank["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"
    explicit = await api.create(iotype, vertrouwelijkheidaanduiding="vertrouwelijk")
    assert explicit["vertrouwelijkheidaanduiding"] == "vertrouwelijk"
    lock = await api.lock(explicit["url"])
    put = await client.put(
        h.path_of(explicit["url"]),
        json=h.informatieobject(iotype, vertrouwelijkheidaanduiding="geheim", lock=lock),
        headers=admin,
    )
    assert put.json()["vertrouwelijkheidaanduiding"] == "geheim"
    kept = await client.put(
        h.path_of(explicit["url"]), json=h.informatieobject(iotype, lock=lock), headers=admin
    )
    assert kept.json()["vertrouwelijkheidaanduiding"] == "geheim"
    patch = await client.patch(
        h.path_of(explicit["url"]),
        json={"vertrouwelijkheidaanduiding": "zeer_geheim", "lock": lock},
        headers=admin,
    )
    assert patch.json()["vertrouwelijkheidaanduiding"] == "zeer_geheim"


async def test_a_locked_document_is_not_deleted(
    client: httpx.AsyncClient, admin: dict[str, str], api: Documenten, document: dict
):
    path = h.path_of(document["url"])
    lock = await api.lock(document["url"])
    assert h.first_param(await client.delete(path, headers=admin)) == (
        "nonFieldErrors",
        "destroy-locked",
    )
    await api.unlock(document["url"], lock)
    assert (await client.delete(path, headers=admin)).status_code == 204


async def test_file_size_must_match_bestandsomvang(
    client: httpx.AsyncClient, admin: dict[str, str], iotype: str
):
    body = h.informatieobject(iotype, bestandsomvang=7)
    assert h.first_param(await client.post(h.EIO, json=body, headers=admin)) == (
        "nonFieldErrors",
        "file-size",
    )
    derived = h.informatieobject(iotype)
    del derived["bestandsomvang"]
    response = await client.post(h.EIO, json=derived, headers=admin)
    assert response.json()["bestandsomvang"] == 6
