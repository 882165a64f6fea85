"""Every resource of Klantinteracties and Contactgegevens goes through the same life cycle:
create, retrieve, list, PUT, PATCH, delete — each write with its notification."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from tests.components.klantinteracties import helpers as h
from tests.components.klantinteracties.conftest import ReadOutbox

# collection → (build a valid body from the api, the field a PATCH changes, its new value)
Builder = Callable[[h.Api], Awaitable[dict[str, Any]]]


async def _partij(api: h.Api) -> dict[str, Any]:
    return await api.create("partijen", h.persoon())


async def _klantcontact(api: h.Api) -> dict[str, Any]:
    return await api.create("klantcontacten", h.klantcontact())


async def _actor(api: h.Api) -> dict[str, Any]:
    return await api.create("actoren", h.medewerker())


async def partijen(api: h.Api) -> dict[str, Any]:
    return h.persoon()


async def partij_identificatoren(api: h.Api) -> dict[str, Any]:
    return h.bsn(partij=await _partij(api))


async def digitaleadressen(api: h.Api) -> dict[str, Any]:
    return {
        "verstrektDoorPartij": h.ref(await _partij(api)),
        "adres": "jan@example.nl",
        "soortDigitaalAdres": "email",
        "omschrijving": "thuis",
    }


async def rekeningnummers(api: h.Api) -> dict[str, Any]:
    return {"partij": h.ref(await _partij(api)), "iban": "NL91ABNA0417164300"}


async def vertegenwoordigingen(api: h.Api) -> dict[str, Any]:
    return {
        "vertegenwoordigendePartij": h.ref(await _partij(api)),
        "vertegenwoordigdePartij": h.ref(await api.create("partijen", h.organisatie())),
    }


async def categorieen(api: h.Api) -> dict[str, Any]:
    return {"naam": "Ondernemer"}


async def categorie_relaties(api: h.Api) -> dict[str, Any]:
    categorie = await api.create("categorieen", {"naam": "Ondernemer"})
    return {
        "partij": h.ref(await _partij(api)),
        "categorie": h.ref(categorie),
        "beginDatum": "2024-01-01",
    }


async def klantcontacten(api: h.Api) -> dict[str, Any]:
    return h.klantcontact()


async def betrokkenen(api: h.Api) -> dict[str, Any]:
    return {
        "hadKlantcontact": h.ref(await _klantcontact(api)),
        "wasPartij": h.ref(await _partij(api)),
        "rol": "klant",
        "initiator": True,
        "contactnaam": {"voornaam": "Jan", "achternaam": "Dijk"},
    }


async def onderwerpobjecten(api: h.Api) -> dict[str, Any]:
    return {
        "klantcontact": h.ref(await _klantcontact(api)),
        "onderwerpobjectidentificator": {
            "objectId": "ZAAK-2024-0001",
            "codeObjecttype": "zaak",
            "codeRegister": "openzaak",
            "codeSoortObjectId": "identificatie",
        },
    }


async def bijlagen(api: h.Api) -> dict[str, Any]:
    return {
        "wasBijlageVanKlantcontact": h.ref(await _klantcontact(api)),
        "bijlageidentificator": {"objectId": "DOC-1", "codeRegister": "drc"},
    }


async def actoren(api: h.Api) -> dict[str, Any]:
    return h.medewerker()


async def actorklantcontacten(api: h.Api) -> dict[str, Any]:
    return {"actor": h.ref(await _actor(api)), "klantcontact": h.ref(await _klantcontact(api))}


async def internetaken(api: h.Api) -> dict[str, Any]:
    return {
        "gevraagdeHandeling": "Terugbellen",
        "aanleidinggevendKlantcontact": h.ref(await _klantcontact(api)),
        "toegewezenAanActoren": [h.ref(await _actor(api))],
        "status": "te_verwerken",
    }


CASES: dict[str, tuple[Builder, str, Any]] = {
    "partijen": (partijen, "interneNotitie", "belt liever 's ochtends"),
    "partij-identificatoren": (partij_identificatoren, "anderePartijIdentificator", "A-1"),
    "digitaleadressen": (digitaleadressen, "omschrijving", "werk"),
    "rekeningnummers": (rekeningnummers, "bic", "ABNANL2A"),
    "vertegenwoordigingen": (vertegenwoordigingen, None, None),
    "categorieen": (categorieen, "naam", "Inwoner"),
    "categorie-relaties": (categorie_relaties, "eindDatum", "2025-01-01"),
    "klantcontacten": (klantcontacten, "inhoud", "Gebeld over de vergunning"),
    "betrokkenen": (betrokkenen, "organisatienaam", "Bakkerij"),
    "onderwerpobjecten": (onderwerpobjecten, "wasKlantcontact", None),
    "bijlagen": (
        bijlagen,
        "bijlageidentificator",
        {"objectId": "DOC-2", "codeObjecttype": "", "codeRegister": "drc", "codeSoortObjectId": ""},
    ),
    "actoren": (actoren, "naam", "Els de Vries"),
    "actorklantcontacten": (actorklantcontacten, None, None),
    "internetaken": (internetaken, "toelichting", "Voor 17:00"),
}

RESOURCE_NAMES = {
    "partijen": "partij",
    "partij-identificatoren": "partijidentificator",
    "digitaleadressen": "digitaaladres",
    "rekeningnummers": "rekeningnummer",
    "vertegenwoordigingen": "vertegenwoordigden",
    "categorieen": "categorie",
    "categorie-relaties": "categorierelatie",
    "klantcontacten": "klantcontact",
    "betrokkenen": "betrokkene",
    "onderwerpobjecten": "onderwerpobject",
    "bijlagen": "bijlage",
    "actoren": "actor",
    "actorklantcontacten": "actorklantcontact",
    "internetaken": "internetaak",
}


@pytest.mark.parametrize("collection", sorted(CASES))
async def test_resource_life_cycle(api: h.Api, outbox: ReadOutbox, collection: str):
    build, field, value = CASES[collection]
    body = await build(api)
    created = await api.create(collection, body)
    url = created["url"]
    path = url.removeprefix("http://testserver" + h.ROOT)
    assert path == f"/{collection}/{created['uuid']}"

    read = await api.get(path)
    assert read.status_code == 200
    assert read.json() == created

    listed = await api.get(f"/{collection}")
    assert listed.status_code == 200
    assert created["uuid"] in [item["uuid"] for item in listed.json()["results"]]

    put = await api.put(path, body)
    assert put.status_code == 200, put.text
    assert put.json()["uuid"] == created["uuid"]

    if field is not None:
        patched = await api.patch(path, {field: value})
        assert patched.status_code == 200, patched.text
        assert patched.json()[field] == value

    deleted = await api.delete(path)
    assert deleted.status_code == 204
    assert (await api.get(path)).status_code == 404

    mine = [m for m in await outbox() if m.resource_url == url]
    assert {m.kanaal for m in mine} == {"klantinteracties"}
    assert {m.resource for m in mine} == {RESOURCE_NAMES[collection]}
    acties = [m.actie for m in mine]
    assert acties[0] == "create"
    assert acties[-1] == "destroy"


@pytest.mark.parametrize("collection", sorted(CASES))
async def test_unknown_and_malformed_uuids_are_404(api: h.Api, collection: str):
    for key in ("0c0f5c4a-7d55-4b8a-9d1c-6c1b0e9f0a11", "not-a-uuid"):
        for response in (
            await api.get(f"/{collection}/{key}"),
            await api.patch(f"/{collection}/{key}", {}),
            await api.delete(f"/{collection}/{key}"),
        ):
            assert response.status_code == 404
            assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("collection", sorted(CASES))
async def test_unknown_query_parameters_are_refused(api: h.Api, collection: str):
    response = await api.get(f"/{collection}", onbekend="x")
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "unknown-parameters"


@pytest.mark.parametrize("collection", sorted(CASES))
async def test_an_empty_body_is_a_problem_never_a_500(api: h.Api, collection: str):
    response = await api.post(f"/{collection}", {})
    assert response.status_code in (201, 400), response.text
    if response.status_code == 400:
        assert response.headers["content-type"] == "application/problem+json"
    response = await api.post(f"/{collection}", ["not", "an", "object"])
    assert response.status_code == 400


@pytest.mark.parametrize("collection", ["persoon", "organisatie"])
async def test_contactgegevens_life_cycle(contactgegevens: h.Api, collection: str):
    body = (
        {"geboortedatum": "1980-02-03", "geslachtsnaam": "Dijk", "voornamen": "Jan"}
        if collection == "persoon"
        else {"handelsnaam": "Bakkerij De Korst", "oprichtingsdatum": "1999-01-01"}
    )
    created = await contactgegevens.create(collection, body)
    path = f"/{collection}/{created['uuid']}"
    assert (await contactgegevens.get(path)).json() == created
    assert (await contactgegevens.get(f"/{collection}")).json()["count"] == 1
    assert (await contactgegevens.put(path, body)).status_code == 200
    patched = await contactgegevens.patch(path, {"adres": {"stad": "Utrecht", "land": "NL"}})
    assert patched.status_code == 200, patched.text
    assert patched.json()["adres"]["stad"] == "Utrecht"
    assert (await contactgegevens.delete(path)).status_code == 204
    assert (await contactgegevens.get(path)).status_code == 404
