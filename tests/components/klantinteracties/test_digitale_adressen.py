"""Digitale adressen, rekeningnummers, categorieën and vertegenwoordigingen: their rules."""

from __future__ import annotations

import pytest

from tests.components.klantinteracties import helpers as h
from tests.components.klantinteracties.conftest import codes


def _adres(partij: dict | None, adres: str, soort: str = "email", **extra: object) -> dict:
    body: dict = {"adres": adres, "soortDigitaalAdres": soort, **extra}
    if partij is not None:
        body["verstrektDoorPartij"] = h.ref(partij)
    return body


@pytest.mark.parametrize(
    ("soort", "adres"),
    [
        ("email", "geen-email"),
        ("email", "jan@localhost"),
        ("telefoonnummer", "12345"),
        ("telefoonnummer", "06-1234-567a"),
    ],
)
async def test_an_address_must_be_valid_for_its_soort(api: h.Api, soort: str, adres: str):
    assert codes(await api.post("/digitaleadressen", _adres(None, adres, soort))) == {
        ("adres", "invalid")
    }


@pytest.mark.parametrize("adres", ["0612345678", "+31 6 12345678", "020-1234567", "0031612345678"])
async def test_dutch_and_international_numbers_are_accepted(api: h.Api, adres: str):
    await api.create("digitaleadressen", _adres(None, adres, "telefoonnummer"))


async def test_changing_the_soort_checks_the_existing_address(api: h.Api):
    created = await api.create("digitaleadressen", _adres(None, "jan@example.nl"))
    response = await api.patch(
        f"/digitaleadressen/{created['uuid']}", {"soortDigitaalAdres": "telefoonnummer"}
    )
    assert codes(response) == {("adres", "invalid")}
    overig = await api.patch(
        f"/digitaleadressen/{created['uuid']}", {"soortDigitaalAdres": "overig"}
    )
    assert overig.status_code == 200


async def test_an_address_is_unique_per_party_and_soort(api: h.Api):
    jan = await api.create("partijen", h.persoon())
    piet = await api.create("partijen", h.persoon())
    await api.create("digitaleadressen", _adres(jan, "jan@example.nl"))
    twice = await api.post("/digitaleadressen", _adres(jan, "Jan@Example.NL"))
    assert codes(twice) == {("adres", "unique")}
    # another party, or another soort, may have the same text
    await api.create("digitaleadressen", _adres(piet, "jan@example.nl"))
    await api.create("digitaleadressen", _adres(jan, "jan@example.nl", "overig"))
    await api.create("digitaleadressen", _adres(jan, "0612345678", "telefoonnummer"))
    phone_again = await api.post("/digitaleadressen", _adres(jan, "06 1234 5678", "telefoonnummer"))
    assert codes(phone_again) == {("adres", "unique")}


async def test_one_standard_address_per_party_and_soort(api: h.Api):
    jan = await api.create("partijen", h.persoon())
    first = await api.create("digitaleadressen", _adres(jan, "a@example.nl", isStandaardAdres=True))
    second = await api.create(
        "digitaleadressen", _adres(jan, "b@example.nl", isStandaardAdres=True)
    )
    phone = await api.create(
        "digitaleadressen", _adres(jan, "0612345678", "telefoonnummer", isStandaardAdres=True)
    )
    standard = await api.get(
        "/digitaleadressen", verstrektDoorPartij__uuid=jan["uuid"], isStandaardAdres="true"
    )
    assert {a["uuid"] for a in standard.json()["results"]} == {second["uuid"], phone["uuid"]}
    assert (await api.get(f"/digitaleadressen/{first['uuid']}")).json()["isStandaardAdres"] is False


async def test_address_filters(api: h.Api):
    jan = await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    mine = await api.create(
        "digitaleadressen",
        _adres(jan, "jan@example.nl", verificatieDatum="2024-05-01", referentie="portaal"),
    )
    await api.create("digitaleadressen", _adres(None, "iemand@example.nl"))

    async def found(**params: str) -> list[str]:
        response = await api.get("/digitaleadressen", **params)
        assert response.status_code == 200, response.text
        return [a["uuid"] for a in response.json()["results"]]

    assert await found(verstrektDoorPartij__partijIdentificator__objectId=h.BSN) == [mine["uuid"]]
    assert await found(adres__icontains="JAN@") == [mine["uuid"]]
    assert await found(isGeverifieerd="true") == [mine["uuid"]]
    assert await found(verificatieDatum__gte="2024-05-01") == [mine["uuid"]]
    assert await found(verificatieDatum__lt="2024-05-01") == []
    assert await found(referentie="portaal") == [mine["uuid"]]
    assert await found(verstrektDoorPartij__soortPartij="persoon") == [mine["uuid"]]
    assert codes(await api.get("/digitaleadressen", verificatieDatum="gisteren")) == {
        ("verificatieDatum", "invalid")
    }


async def test_iban_is_checked(api: h.Api):
    assert codes(await api.post("/rekeningnummers", {"iban": "NL91ABNA0417164301"})) == {
        ("iban", "invalid")
    }
    assert codes(await api.post("/rekeningnummers", {"iban": "not an iban"})) == {
        ("iban", "invalid")
    }
    created = await api.create("rekeningnummers", {"iban": "NL91ABNA0417164300", "bic": "ABNANL2A"})
    listed = await api.get("/rekeningnummers", iban="NL91ABNA0417164300")
    assert [r["uuid"] for r in listed.json()["results"]] == [created["uuid"]]


async def test_categorie_names_are_unique_and_relations_have_a_period(api: h.Api):
    categorie = await api.create("categorieen", {"naam": "Ondernemer"})
    assert codes(await api.post("/categorieen", {"naam": "Ondernemer"})) == {("naam", "unique")}
    body = {"categorie": h.ref(categorie), "beginDatum": "2024-02-01", "eindDatum": "2024-01-01"}
    assert codes(await api.post("/categorie-relaties", body)) == {("eindDatum", "invalid")}
    body["eindDatum"] = "2024-03-01"
    relatie = await api.create("categorie-relaties", body)
    assert relatie["categorie"] == {
        **h.ref(categorie),
        "url": categorie["url"],
        "naam": "Ondernemer",
    }
    listed = await api.get("/categorie-relaties", categorie__naam="Ondernemer")
    assert listed.json()["count"] == 1


async def test_a_party_does_not_represent_itself_nor_twice(api: h.Api):
    jan = await api.create("partijen", h.persoon())
    piet = await api.create("partijen", h.persoon())
    self_ = {"vertegenwoordigendePartij": h.ref(jan), "vertegenwoordigdePartij": h.ref(jan)}
    assert codes(await api.post("/vertegenwoordigingen", self_)) == {
        ("vertegenwoordigdePartij", "invalid")
    }
    body = {"vertegenwoordigendePartij": h.ref(jan), "vertegenwoordigdePartij": h.ref(piet)}
    await api.create("vertegenwoordigingen", body)
    assert codes(await api.post("/vertegenwoordigingen", body)) == {("nonFieldErrors", "unique")}


async def test_expand_the_betrokkene_that_gave_an_address(api: h.Api):
    contact = await api.create("klantcontacten", h.klantcontact())
    betrokkene = await api.create(
        "betrokkenen", {"hadKlantcontact": h.ref(contact), "rol": "klant", "initiator": True}
    )
    taak = await api.create(
        "internetaken",
        {
            "gevraagdeHandeling": "Terugbellen",
            "aanleidinggevendKlantcontact": h.ref(contact),
            "toegewezenAanActoren": [h.ref(await api.create("actoren", h.medewerker()))],
            "status": "te_verwerken",
        },
    )
    adres = await api.create(
        "digitaleadressen",
        {
            "verstrektDoorBetrokkene": h.ref(betrokkene),
            "adres": "0612345678",
            "soortDigitaalAdres": "telefoonnummer",
        },
    )
    response = await api.get(
        f"/digitaleadressen/{adres['uuid']}",
        expand="verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken",
    )
    assert response.status_code == 200, response.text
    expanded = response.json()["_expand"]["verstrektDoorBetrokkene"]
    assert expanded["uuid"] == betrokkene["uuid"]
    contact_view = expanded["_expand"]["hadKlantcontact"]
    assert contact_view["uuid"] == contact["uuid"]
    assert [t["uuid"] for t in contact_view["_expand"]["leiddeTotInterneTaken"]] == [taak["uuid"]]
    assert codes(await api.get("/digitaleadressen", expand="verstrektDoorPartij")) == {
        ("expand", "invalid_choice")
    }
