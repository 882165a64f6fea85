"""The KCC scenario: a phone call from a person about a zaak, recorded with maak-klantcontact,
a follow-up task for a colleague, and finding it all again through the person's BSN."""

from __future__ import annotations

from tests.components.klantinteracties import helpers as h
from tests.components.klantinteracties.conftest import ReadOutbox, codes

ZAAK = {
    "objectId": "ZAAK-2024-0042",
    "codeObjecttype": "zaak",
    "codeRegister": "openzaak",
    "codeSoortObjectId": "identificatie",
}


async def test_phone_contact_about_a_zaak_with_a_follow_up_found_by_bsn(
    api: h.Api, outbox: ReadOutbox
):
    jan = await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    collega = await api.create("actoren", h.medewerker("Els Jansen"))

    response = await api.post(
        "/maak-klantcontact",
        {
            "klantcontact": h.klantcontact(
                kanaal="telefoon", onderwerp="Wanneer is mijn vergunning klaar?", inhoud="Belde"
            ),
            "betrokkene": {
                "wasPartij": h.ref(jan),
                "rol": "klant",
                "initiator": True,
                "contactnaam": {"voornaam": "Jan", "achternaam": "Dijk"},
            },
            "onderwerpobject": {"onderwerpobjectidentificator": ZAAK},
        },
    )
    assert response.status_code == 201, response.text
    made = response.json()
    contact = made["klantcontact"]
    assert made["betrokkene"]["hadKlantcontact"]["uuid"] == contact["uuid"]
    assert made["onderwerpobject"]["klantcontact"]["uuid"] == contact["uuid"]
    assert contact["hadBetrokkenen"][0]["uuid"] == made["betrokkene"]["uuid"]

    taak = await api.create(
        "internetaken",
        {
            "gevraagdeHandeling": "Bel de klant terug over de stand van de zaak",
            "aanleidinggevendKlantcontact": h.ref(contact),
            "toegewezenAanActoren": [h.ref(collega)],
            "status": "te_verwerken",
        },
    )

    found = await api.get(
        "/klantcontacten",
        hadBetrokkene__wasPartij__partijIdentificator__objectId=h.BSN,
        hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId="bsn",
        expand="gingOverOnderwerpobjecten,leiddeTotInterneTaken",
    )
    assert found.status_code == 200, found.text
    [seen] = found.json()["results"]
    assert seen["uuid"] == contact["uuid"]
    assert seen["_expand"]["gingOverOnderwerpobjecten"][0]["onderwerpobjectidentificator"] == ZAAK
    [follow_up] = seen["_expand"]["leiddeTotInterneTaken"]
    assert follow_up["uuid"] == taak["uuid"]
    assert follow_up["toegewezenAanActoren"][0]["uuid"] == collega["uuid"]

    # the colleague finds the task on their own list
    mine = await api.get("/internetaken", toegewezenAanActor__uuid=collega["uuid"])
    assert [t["uuid"] for t in mine.json()["results"]] == [taak["uuid"]]

    # nothing in any notification carries the BSN
    messages = await outbox()
    assert {m.kanaal for m in messages} == {"klantinteracties"}
    assert all(h.BSN not in str(m.as_notificatie()) for m in messages)


async def test_maak_klantcontact_is_all_or_nothing(api: h.Api, outbox: ReadOutbox):
    before = len(await outbox())
    response = await api.post(
        "/maak-klantcontact",
        {
            "klantcontact": h.klantcontact(),
            "betrokkene": {
                "wasPartij": {"uuid": "0c0f5c4a-7d55-4b8a-9d1c-6c1b0e9f0a11"},
                "rol": "klant",
                "initiator": True,
            },
        },
    )
    assert codes(response) == {("betrokkene.wasPartij.uuid", "invalid")}
    assert (await api.get("/klantcontacten")).json()["count"] == 0
    assert len(await outbox()) == before
    assert codes(await api.post("/maak-klantcontact", {"betrokkene": None})) == {
        ("klantcontact", "required")
    }


async def test_maak_klantcontact_with_only_the_klantcontact(api: h.Api):
    response = await api.post("/maak-klantcontact", {"klantcontact": h.klantcontact()})
    assert response.status_code == 201, response.text
    assert response.json()["betrokkene"] is None
    assert response.json()["onderwerpobject"] is None
