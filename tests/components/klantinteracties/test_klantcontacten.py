"""Klantcontacten with betrokkenen, onderwerpobjecten, bijlagen, actoren and internetaken."""

from __future__ import annotations

from typing import Any

from tests.components.klantinteracties import helpers as h
from tests.components.klantinteracties.conftest import codes

ZAAK = {
    "objectId": "ZAAK-2024-0001",
    "codeObjecttype": "zaak",
    "codeRegister": "openzaak",
    "codeSoortObjectId": "identificatie",
}


async def _taak(api: h.Api, contact: dict[str, Any], **extra: Any) -> dict[str, Any]:
    actor = await api.create("actoren", h.medewerker())
    return {
        "gevraagdeHandeling": "Terugbellen",
        "aanleidinggevendKlantcontact": h.ref(contact),
        "toegewezenAanActoren": [h.ref(actor)],
        "status": "te_verwerken",
        **extra,
    }


async def test_a_klantcontact_shows_what_hangs_off_it(api: h.Api):
    contact = await api.create(
        "klantcontacten", h.klantcontact(plaatsgevondenOp="2024-05-01T10:00:00Z")
    )
    assert contact["nummer"] == "0000000001"
    assert contact["plaatsgevondenOp"] == "2024-05-01T10:00:00Z"
    jan = await api.create("partijen", h.persoon())
    betrokkene = await api.create(
        "betrokkenen",
        {
            "hadKlantcontact": h.ref(contact),
            "wasPartij": h.ref(jan),
            "rol": "klant",
            "initiator": True,
            "contactnaam": {"voornaam": "Jan", "achternaam": "Dijk"},
        },
    )
    assert betrokkene["volledigeNaam"] == "Jan Dijk"
    onderwerp = await api.create(
        "onderwerpobjecten", {"klantcontact": h.ref(contact), "onderwerpobjectidentificator": ZAAK}
    )
    bijlage = await api.create("bijlagen", {"wasBijlageVanKlantcontact": h.ref(contact)})
    actor = await api.create("actoren", h.medewerker())
    await api.create("actorklantcontacten", {"actor": h.ref(actor), "klantcontact": h.ref(contact)})
    taak = await api.create("internetaken", await _taak(api, contact))
    shown = (await api.get(f"/klantcontacten/{contact['uuid']}")).json()
    assert [b["uuid"] for b in shown["hadBetrokkenen"]] == [betrokkene["uuid"]]
    assert [o["uuid"] for o in shown["gingOverOnderwerpobjecten"]] == [onderwerp["uuid"]]
    assert [b["uuid"] for b in shown["omvatteBijlagen"]] == [bijlage["uuid"]]
    assert [t["uuid"] for t in shown["leiddeTotInterneTaken"]] == [taak["uuid"]]
    assert shown["hadBetrokkenActoren"] == [actor]
    expanded = await api.get(
        f"/klantcontacten/{contact['uuid']}",
        expand="hadBetrokkenen.wasPartij,gingOverOnderwerpobjecten,omvatteBijlagen",
    )
    extra = expanded.json()["_expand"]
    assert extra["hadBetrokkenen"][0]["_expand"]["wasPartij"]["uuid"] == jan["uuid"]
    assert extra["gingOverOnderwerpobjecten"][0]["onderwerpobjectidentificator"] == ZAAK
    assert extra["omvatteBijlagen"][0]["uuid"] == bijlage["uuid"]
    partij = await api.get(f"/partijen/{jan['uuid']}", expand="betrokkenen.hadKlantcontact")
    [seen] = partij.json()["_expand"]["betrokkenen"]
    assert seen["_expand"]["hadKlantcontact"]["uuid"] == contact["uuid"]


async def test_klantcontact_filters(api: h.Api):
    jan = await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    over_zaak = await api.create(
        "klantcontacten", h.klantcontact(inhoud="Vraag over de VERGUNNING")
    )
    await api.create(
        "betrokkenen",
        {
            "hadKlantcontact": h.ref(over_zaak),
            "wasPartij": h.ref(jan),
            "rol": "klant",
            "initiator": True,
        },
    )
    await api.create(
        "onderwerpobjecten",
        {"klantcontact": h.ref(over_zaak), "onderwerpobjectidentificator": ZAAK},
    )
    anders = await api.create("klantcontacten", h.klantcontact(kanaal="e-mail", vertrouwelijk=True))
    await api.create(
        "betrokkenen", {"hadKlantcontact": h.ref(anders), "rol": "klant", "initiator": True}
    )
    await api.create("internetaken", await _taak(api, anders))

    async def found(**params: str) -> list[str]:
        response = await api.get("/klantcontacten", **params)
        assert response.status_code == 200, response.text
        return [k["uuid"] for k in response.json()["results"]]

    assert await found(hadBetrokkene__wasPartij__partijIdentificator__objectId=h.BSN) == [
        over_zaak["uuid"]
    ]
    assert await found(onderwerpobject__onderwerpobjectidentificatorObjectId="ZAAK-2024-0001") == [
        over_zaak["uuid"]
    ]
    assert await found(inhoud="vergunning") == [over_zaak["uuid"]]
    assert await found(kanaal="e-mail") == [anders["uuid"]]
    assert await found(vertrouwelijk="true") == [anders["uuid"]]
    assert await found(leiddeTotInterneTaken="true") == [anders["uuid"]]
    assert await found(leiddeTotInterneTaken="false") == [over_zaak["uuid"]]
    assert await found(hadBetrokkene__wasPartij="false") == [anders["uuid"]]
    assert await found(hadBetrokkene__wasPartij__uuid=jan["uuid"]) == [over_zaak["uuid"]]
    assert codes(await api.get("/klantcontacten", plaatsgevondenOp="morgen")) == {
        ("plaatsgevondenOp", "invalid")
    }


async def test_klantcontact_needs_its_fields(api: h.Api):
    response = await api.post("/klantcontacten", {"kanaal": "", "taal": "nederlands"})
    assert codes(response) == {
        ("kanaal", "blank"),
        ("onderwerp", "required"),
        ("taal", "max_length"),
        ("vertrouwelijk", "required"),
    }
    hoofd = await api.post("/klantcontacten", h.klantcontact(hoofdOnderwerpType="geen url"))
    assert codes(hoofd) == {("hoofdOnderwerpType", "invalid")}


async def test_betrokkene_needs_an_existing_klantcontact(api: h.Api):
    body = {
        "hadKlantcontact": {"uuid": "0c0f5c4a-7d55-4b8a-9d1c-6c1b0e9f0a11"},
        "rol": "klant",
        "initiator": False,
    }
    assert codes(await api.post("/betrokkenen", body)) == {("hadKlantcontact.uuid", "invalid")}
    body["rol"] = "buurman"
    assert ("rol", "invalid_choice") in codes(await api.post("/betrokkenen", body))


async def test_deleting_a_klantcontact_removes_its_betrokkenen(api: h.Api):
    contact = await api.create("klantcontacten", h.klantcontact())
    betrokkene = await api.create(
        "betrokkenen", {"hadKlantcontact": h.ref(contact), "rol": "klant", "initiator": True}
    )
    assert (await api.delete(f"/klantcontacten/{contact['uuid']}")).status_code == 204
    assert (await api.get(f"/betrokkenen/{betrokkene['uuid']}")).status_code == 404


async def test_deleting_an_onderwerpobject_with_cascade(api: h.Api):
    contact = await api.create("klantcontacten", h.klantcontact())
    betrokkene = await api.create(
        "betrokkenen", {"hadKlantcontact": h.ref(contact), "rol": "klant", "initiator": True}
    )
    adres = await api.create(
        "digitaleadressen",
        {
            "verstrektDoorBetrokkene": h.ref(betrokkene),
            "adres": "jan@example.nl",
            "soortDigitaalAdres": "email",
        },
    )
    gedeeld = await api.create("klantcontacten", h.klantcontact())
    first = await api.create(
        "onderwerpobjecten", {"klantcontact": h.ref(contact), "wasKlantcontact": h.ref(gedeeld)}
    )
    await api.create("onderwerpobjecten", {"klantcontact": h.ref(gedeeld)})

    plain = await api.create("onderwerpobjecten", {"klantcontact": h.ref(gedeeld)})
    assert (await api.delete(f"/onderwerpobjecten/{plain['uuid']}")).status_code == 204
    assert codes(await api.delete(f"/onderwerpobjecten/{first['uuid']}", cascade="wel")) == {
        ("cascade", "invalid")
    }
    response = await api.delete(f"/onderwerpobjecten/{first['uuid']}", cascade="true")
    assert response.status_code == 200, response.text
    assert response.json() == {"behouden": [gedeeld["url"]]}
    assert (await api.get(f"/klantcontacten/{contact['uuid']}")).status_code == 404
    assert (await api.get(f"/digitaleadressen/{adres['uuid']}")).status_code == 404
    assert (await api.get(f"/klantcontacten/{gedeeld['uuid']}")).status_code == 200


async def test_actor_identificatie_follows_the_soort(api: h.Api):
    body = h.medewerker()
    body["actorIdentificatie"] = {"functie": "KCC"}
    assert codes(await api.post("/actoren", body)) == {
        ("actorIdentificatie.telefoonnummer", "required")
    }
    body["actorIdentificatie"] = {"functie": "KCC", "telefoonnummer": "12"}
    assert codes(await api.post("/actoren", body)) == {
        ("actorIdentificatie.telefoonnummer", "invalid")
    }
    body["actorIdentificatie"] = {
        "functie": "KCC",
        "telefoonnummer": "0201234567",
        "faxnummer": "1",
    }
    assert codes(await api.post("/actoren", body)) == {("actorIdentificatie.faxnummer", "invalid")}
    eenheid = {
        "naam": "Team Burgerzaken",
        "soortActor": "organisatorische_eenheid",
        "actorIdentificatie": {"omschrijving": "Burgerzaken", "emailadres": "bz@gemeente.nl"},
    }
    created = await api.create("actoren", eenheid)
    assert created["actorIdentificatie"]["emailadres"] == "bz@gemeente.nl"
    listed = await api.get("/actoren", soortActor="organisatorische_eenheid")
    assert [a["uuid"] for a in listed.json()["results"]] == [created["uuid"]]
    medewerker = await api.create("actoren", h.medewerker())
    by_id = await api.get("/actoren", actoridentificatorObjectId="ejansen")
    assert [a["uuid"] for a in by_id.json()["results"]] == [medewerker["uuid"]]


async def test_an_actor_is_linked_to_a_klantcontact_once(api: h.Api):
    contact = await api.create("klantcontacten", h.klantcontact())
    actor = await api.create("actoren", h.medewerker())
    body = {"actor": h.ref(actor), "klantcontact": h.ref(contact)}
    await api.create("actorklantcontacten", body)
    assert codes(await api.post("/actorklantcontacten", body)) == {("nonFieldErrors", "unique")}


async def test_an_internetaak_is_assigned_and_records_when_it_is_handled(api: h.Api):
    contact = await api.create("klantcontacten", h.klantcontact())
    body = await _taak(api, contact)
    nobody = {**body, "toegewezenAanActoren": []}
    assert codes(await api.post("/internetaken", nobody)) == {("toegewezenAanActoren", "required")}
    taak = await api.create("internetaken", body)
    assert taak["afgehandeldOp"] is None and taak["toegewezenOp"]
    assert taak["toegewezenAanActor"] == taak["toegewezenAanActoren"][0]
    done = await api.patch(f"/internetaken/{taak['uuid']}", {"status": "verwerkt"})
    assert done.json()["afgehandeldOp"] is not None
    reopened = await api.patch(f"/internetaken/{taak['uuid']}", {"status": "te_verwerken"})
    assert reopened.json()["afgehandeldOp"] is None
    contradicting = await api.patch(
        f"/internetaken/{taak['uuid']}", {"afgehandeldOp": "2024-05-01T10:00:00Z"}
    )
    assert codes(contradicting) == {("afgehandeldOp", "invalid")}
    # the deprecated single actor still assigns
    other = await api.create("actoren", h.medewerker("Piet"))
    single = await api.patch(f"/internetaken/{taak['uuid']}", {"toegewezenAanActor": h.ref(other)})
    assert single.json()["toegewezenAanActor"]["uuid"] == other["uuid"]
    listed = await api.get("/internetaken", actoren__naam="Piet", status="te_verwerken")
    assert [t["uuid"] for t in listed.json()["results"]] == [taak["uuid"]]
    assert codes(await api.get("/internetaken", status="klaar")) == {("status", "invalid_choice")}
