"""Partijen and partij-identificatoren: a party with a BSN exists once, identifiers follow their
register, and the preferred address or account is the party's own."""

from __future__ import annotations

from tests.components.klantinteracties import helpers as h
from tests.components.klantinteracties.conftest import codes


async def test_a_person_is_found_by_bsn(api: h.Api):
    jan = await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn(h.OTHER_BSN)]))
    found = await api.get(
        "/partijen",
        partijIdentificator__objectId=h.BSN,
        partijIdentificator__codeSoortObjectId="bsn",
    )
    assert [p["uuid"] for p in found.json()["results"]] == [jan["uuid"]]
    assert jan["partijIdentificatie"]["volledigeNaam"] == "Jan van Dijk"
    assert jan["nummer"] == "0000000001"


async def test_a_bsn_that_fails_the_eleven_test_is_refused(api: h.Api):
    response = await api.post("/partijen", h.persoon(partijIdentificatoren=[h.bsn("111222334")]))
    assert codes(response) == {("partijIdentificatoren.0.partijIdentificator.objectId", "invalid")}
    response = await api.post("/partij-identificatoren", h.bsn("12345"))
    assert codes(response) == {("partijIdentificator.objectId", "invalid")}


async def test_a_party_with_a_bsn_exists_once(api: h.Api):
    await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    again = await api.post("/partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    assert codes(again) == {("partijIdentificatoren.0.partijIdentificator", "unique")}
    loose = await api.post("/partij-identificatoren", h.bsn())
    assert codes(loose) == {("partijIdentificator", "unique")}
    assert (await api.get("/partijen")).json()["count"] == 1


async def test_a_party_has_one_identifier_of_each_soort(api: h.Api):
    jan = await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    second = await api.post("/partij-identificatoren", h.bsn(h.OTHER_BSN, partij=jan))
    assert codes(second) == {("partijIdentificator", "unique")}


async def test_identifiers_follow_the_register_hierarchy(api: h.Api):
    body = h.bsn()
    body["partijIdentificator"]["codeRegister"] = "hr"
    assert codes(await api.post("/partij-identificatoren", body)) == {
        ("partijIdentificator.codeObjecttype", "invalid")
    }
    body = h.bsn()
    body["partijIdentificator"]["codeSoortObjectId"] = "kvk_nummer"
    assert codes(await api.post("/partij-identificatoren", body)) == {
        ("partijIdentificator.codeSoortObjectId", "invalid")
    }
    body = h.bsn()
    body["partijIdentificator"]["codeRegister"] = "kadaster"
    assert codes(await api.post("/partij-identificatoren", body)) == {
        ("partijIdentificator.codeRegister", "invalid_choice")
    }


def _hr(soort: str, number: str, objecttype: str = "niet_natuurlijk_persoon") -> dict:
    return {
        "partijIdentificator": {
            "codeObjecttype": objecttype,
            "codeSoortObjectId": soort,
            "objectId": number,
            "codeRegister": "hr",
        }
    }


async def test_a_vestiging_is_a_sub_identifier_of_a_kvk_number(api: h.Api):
    alone = await api.post(
        "/partij-identificatoren", _hr("vestigingsnummer", "000012345678", "vestiging")
    )
    assert codes(alone) == {("subIdentificatorVan", "required")}
    kvk = await api.create("partij-identificatoren", _hr("kvk_nummer", h.KVK))
    vestiging = _hr("vestigingsnummer", "000012345678", "vestiging")
    vestiging["subIdentificatorVan"] = h.ref(kvk)
    created = await api.create("partij-identificatoren", vestiging)
    assert created["subIdentificatorVan"]["uuid"] == kvk["uuid"]
    # the same vestigingsnummer under another kvk_nummer is another vestiging
    other_kvk = await api.create("partij-identificatoren", _hr("kvk_nummer", "87654321"))
    vestiging["subIdentificatorVan"] = h.ref(other_kvk)
    await api.create("partij-identificatoren", vestiging)
    rsin = _hr("rsin", "111222333")
    rsin["subIdentificatorVan"] = h.ref(kvk)
    assert codes(await api.post("/partij-identificatoren", rsin)) == {
        ("subIdentificatorVan", "invalid")
    }
    assert codes(await api.post("/partij-identificatoren", _hr("kvk_nummer", "123"))) == {
        ("partijIdentificator.objectId", "invalid")
    }


async def test_nested_identifiers_are_replaced_on_update(api: h.Api):
    jan = await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn()]))
    path = f"/partijen/{jan['uuid']}"
    kept_uuid = jan["partijIdentificatoren"][0]["uuid"]
    patched = await api.patch(path, {"partijIdentificatoren": [h.bsn(h.OTHER_BSN)]})
    assert patched.status_code == 200, patched.text
    [only] = patched.json()["partijIdentificatoren"]
    assert only["uuid"] == kept_uuid
    assert only["partijIdentificator"]["objectId"] == h.OTHER_BSN
    cleared = await api.patch(path, {"partijIdentificatoren": []})
    assert cleared.json()["partijIdentificatoren"] == []
    # the BSN is free again for another party
    await api.create("partijen", h.persoon(partijIdentificatoren=[h.bsn(h.OTHER_BSN)]))


async def test_partij_identificatie_belongs_to_the_soort(api: h.Api):
    wrong = h.persoon(partijIdentificatie={"naam": "Jan"})
    assert codes(await api.post("/partijen", wrong)) == {("partijIdentificatie.naam", "invalid")}
    persoon = await api.create("partijen", h.persoon())
    contactpersoon = {
        "soortPartij": "contactpersoon",
        "indicatieActief": True,
        "partijIdentificatie": {
            "werkteVoorPartij": h.ref(persoon),
            "contactnaam": {"achternaam": "Bakker"},
        },
    }
    assert codes(await api.post("/partijen", contactpersoon)) == {
        ("partijIdentificatie.werkteVoorPartij", "invalid")
    }
    bakkerij = await api.create("partijen", h.organisatie())
    contactpersoon["partijIdentificatie"]["werkteVoorPartij"] = h.ref(bakkerij)
    created = await api.create("partijen", contactpersoon)
    assert created["partijIdentificatie"]["werkteVoorPartij"]["uuid"] == bakkerij["uuid"]
    assert created["partijIdentificatie"]["volledigeNaam"] == "Bakker"
    assert bakkerij["partijIdentificatie"] == {"naam": "Bakkerij De Korst"}


async def test_preferred_address_and_account_are_the_partys_own(api: h.Api):
    adres = await api.create(
        "digitaleadressen", {"adres": "jan@example.nl", "soortDigitaalAdres": "email"}
    )
    rekening = await api.create("rekeningnummers", {"iban": "NL91ABNA0417164300"})
    refused = await api.post(
        "/partijen",
        h.persoon(voorkeursDigitaalAdres=h.ref(adres), voorkeursRekeningnummer=h.ref(rekening)),
    )
    assert codes(refused) == {("voorkeursDigitaalAdres", "invalid")}
    jan = await api.create(
        "partijen",
        h.persoon(
            digitaleAdressen=[h.ref(adres)],
            voorkeursDigitaalAdres=h.ref(adres),
            rekeningnummers=[h.ref(rekening)],
            voorkeursRekeningnummer=h.ref(rekening),
        ),
    )
    assert jan["digitaleAdressen"] == [{"uuid": adres["uuid"], "url": adres["url"]}]
    assert jan["voorkeursRekeningnummer"]["uuid"] == rekening["uuid"]
    linked = await api.get(f"/digitaleadressen/{adres['uuid']}")
    assert linked.json()["verstrektDoorPartij"]["uuid"] == jan["uuid"]
    # deleting the preferred address forgets the preference
    assert (await api.delete(f"/digitaleadressen/{adres['uuid']}")).status_code == 204
    again = (await api.get(f"/partijen/{jan['uuid']}")).json()
    assert again["voorkeursDigitaalAdres"] is None and again["digitaleAdressen"] == []


async def test_unknown_references_are_400_with_the_field(api: h.Api):
    missing = {"uuid": "0c0f5c4a-7d55-4b8a-9d1c-6c1b0e9f0a11"}
    assert codes(await api.post("/partijen", h.persoon(digitaleAdressen=[missing]))) == {
        ("digitaleAdressen.0.uuid", "invalid")
    }
    body = {"vertegenwoordigendePartij": missing, "vertegenwoordigdePartij": missing}
    assert codes(await api.post("/vertegenwoordigingen", body)) == {
        ("vertegenwoordigendePartij.uuid", "invalid")
    }
    assert codes(await api.post("/partijen", h.persoon(digitaleAdressen=[{"uuid": "x"}]))) == {
        ("digitaleAdressen.0.uuid", "invalid")
    }


async def test_put_keeps_unsent_optional_fields_and_patch_refuses_null_for_required(api: h.Api):
    jan = await api.create("partijen", h.persoon(interneNotitie="vaste klant", voorkeurstaal="nld"))
    path = f"/partijen/{jan['uuid']}"
    put = await api.put(path, {"soortPartij": "persoon", "indicatieActief": False})
    assert put.json()["interneNotitie"] == "vaste klant"
    assert put.json()["indicatieActief"] is False
    assert codes(await api.put(path, {"soortPartij": "persoon"})) == {
        ("indicatieActief", "required")
    }
    assert codes(await api.patch(path, {"soortPartij": None})) == {("soortPartij", "null")}


async def test_filters_on_address_category_and_representation(api: h.Api):
    adres = {"adresregel1": "Dorpsstraat 1", "land": "NL"}
    jan = await api.create("partijen", h.persoon(bezoekadres=adres, indicatieGeheimhouding=True))
    bakkerij = await api.create("partijen", h.organisatie())
    categorie = await api.create("categorieen", {"naam": "Ondernemer"})
    await api.create(
        "categorie-relaties", {"partij": h.ref(bakkerij), "categorie": h.ref(categorie)}
    )
    await api.create(
        "vertegenwoordigingen",
        {"vertegenwoordigendePartij": h.ref(jan), "vertegenwoordigdePartij": h.ref(bakkerij)},
    )

    async def found(**params: str) -> list[str]:
        response = await api.get("/partijen", **params)
        assert response.status_code == 200, response.text
        return [p["uuid"] for p in response.json()["results"]]

    assert await found(bezoekadresAdresregel1="Dorpsstraat 1") == [jan["uuid"]]
    assert await found(categorierelatie__categorie__naam="Ondernemer") == [bakkerij["uuid"]]
    assert await found(vertegenwoordigdePartij__uuid=bakkerij["uuid"]) == [jan["uuid"]]
    assert await found(vertegenwoordigdePartij__url=bakkerij["url"]) == [jan["uuid"]]
    assert await found(soortPartij="organisatie") == [bakkerij["uuid"]]
    assert await found(indicatieGeheimhouding="true") == [jan["uuid"]]
    assert await found(nummer=jan["nummer"]) == [jan["uuid"]]
    assert codes(await api.get("/partijen", indicatieActief="misschien")) == {
        ("indicatieActief", "invalid")
    }
    assert codes(await api.get("/partijen", soortPartij="robot")) == {
        ("soortPartij", "invalid_choice")
    }
    assert codes(await api.get("/partijen", vertegenwoordigdePartij__uuid="x")) == {
        ("vertegenwoordigdePartij__uuid", "invalid")
    }
    jan_now = (await api.get(f"/partijen/{jan['uuid']}")).json()
    assert jan_now["vertegenwoordigden"] == [{"uuid": bakkerij["uuid"], "url": bakkerij["url"]}]
    bakkerij_now = (await api.get(f"/partijen/{bakkerij['uuid']}")).json()
    assert bakkerij_now["categorieRelaties"][0]["categorieNaam"] == "Ondernemer"


async def test_pages_use_page_and_page_size(api: h.Api):
    for _ in range(3):
        await api.create("partijen", h.persoon())
    first = (await api.get("/partijen", pageSize="2")).json()
    assert first["count"] == 3 and len(first["results"]) == 2
    assert "page=2" in first["next"] and first["previous"] is None
    second = (await api.get("/partijen", pageSize="2", page="2")).json()
    assert len(second["results"]) == 1 and second["next"] is None
    assert (await api.get("/partijen", page="9")).status_code == 404
    assert codes(await api.get("/partijen", page="nul")) == {("page", "invalid")}


async def test_a_chosen_nummer_is_unique(api: h.Api):
    await api.create("partijen", h.persoon(nummer="42"))
    assert codes(await api.post("/partijen", h.persoon(nummer="42"))) == {("nummer", "unique")}
