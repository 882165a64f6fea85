"""Besluiten: create/read/update/delete, brc-001/-002/-009, caching, audit trail and outbox."""

from __future__ import annotations

import re
from datetime import date, timedelta

import httpx

from tests.components.besluiten import helpers as h
from tests.components.besluiten.conftest import Api, ReadOutbox, Types


async def test_create_generates_identificatie_and_reads_back(api: Api, types: Types):
    besluit = await api.besluit(types.besluittype)
    assert re.fullmatch(r"BESLUIT-2019-\d{10}", besluit["identificatie"])
    assert besluit["zaak"] == ""
    assert besluit["vervalreden"] == "" and besluit["vervalredenWeergave"] == ""
    assert await api.get(besluit["url"]) == besluit
    second = await api.besluit(types.besluittype)
    assert second["identificatie"] == f"BESLUIT-2019-{number_of(besluit) + 1:010d}"


async def test_generated_identificatie_skips_one_chosen_by_a_client(api: Api, types: Types):
    first = await api.besluit(types.besluittype)
    taken = f"BESLUIT-2019-{number_of(first) + 1:010d}"
    await api.besluit(types.besluittype, identificatie=taken)
    generated = await api.besluit(types.besluittype)
    assert generated["identificatie"] == f"BESLUIT-2019-{number_of(first) + 2:010d}"


def number_of(besluit: dict) -> int:
    return int(besluit["identificatie"].rsplit("-", 1)[1])


async def test_identificatie_is_unique_per_verantwoordelijke_organisatie(api: Api, types: Types):
    await api.besluit(types.besluittype, identificatie="B-1")
    again = await api.http.post(
        h.BESLUITEN, json=h.besluit(types.besluittype, identificatie="B-1"), headers=api.headers
    )
    assert h.first_param(again) == ("identificatie", "identificatie-niet-uniek")
    other = await api.besluit(
        types.besluittype, identificatie="B-1", verantwoordelijkeOrganisatie="123456782"
    )
    assert other["identificatie"] == "B-1"


async def test_besluittype_must_resolve_be_a_besluittype_and_be_published(api: Api, types: Types):
    async def create(besluittype: str) -> httpx.Response:
        return await api.http.post(h.BESLUITEN, json=h.besluit(besluittype), headers=api.headers)

    missing = f"http://testserver{h.CATALOGI}/besluittypen/{h.MISSING_UUID}"
    assert h.first_param(await create(missing)) == ("besluittype", "bad-url")
    assert h.first_param(await create(types.iotype)) == ("besluittype", "invalid-resource")
    concept = await api.besluittype(types.catalogus, publish=False)
    assert h.first_param(await create(concept)) == ("besluittype", "not-published")


async def test_bad_input_is_400_never_500(api: Api, types: Types):
    cases = [
        ({}, "besluittype"),
        (
            h.besluit(types.besluittype, verantwoordelijkeOrganisatie="123"),
            "verantwoordelijkeOrganisatie",
        ),
        (h.besluit("geen url"), "besluittype"),
        (h.besluit(types.besluittype, zaak="geen url"), "zaak"),
        (h.besluit(types.besluittype, datum="gisteren"), "datum"),
        (h.besluit(types.besluittype, vervalreden="onbekend"), "vervalreden"),
        (h.besluit(types.besluittype, identificatie="x" * 51), "identificatie"),
    ]
    for body, field in cases:
        response = await api.http.post(h.BESLUITEN, json=body, headers=api.headers)
        assert field in {name for name, _ in h.invalid_params(response)}, body
    future = (date.today() + timedelta(days=1)).isoformat()
    response = await api.http.post(
        h.BESLUITEN, json=h.besluit(types.besluittype, datum=future), headers=api.headers
    )
    assert h.first_param(response) == ("datum", "future-not-allowed")


async def test_update_and_partial_update(api: Api, types: Types):
    besluit = await api.besluit(types.besluittype)
    body = h.besluit(types.besluittype, toelichting="aangepast")  # without identificatie
    put = await api.http.put(h.path_of(besluit["url"]), json=body, headers=api.headers)
    assert put.status_code == 200, put.text
    assert put.json()["toelichting"] == "aangepast"
    assert put.json()["identificatie"] == besluit["identificatie"]
    patch = await api.http.patch(
        h.path_of(besluit["url"]),
        json={"bestuursorgaan": "college", "vervalreden": "tijdelijk"},
        headers=api.headers,
    )
    assert patch.status_code == 200, patch.text
    assert patch.json()["bestuursorgaan"] == "college"
    assert patch.json()["toelichting"] == "aangepast"
    assert patch.json()["vervalredenWeergave"] == "Besluit met tijdelijke werking"


async def test_besluittype_identificatie_and_organisatie_cannot_change(api: Api, types: Types):
    besluit = await api.besluit(types.besluittype)
    other = await api.besluittype(types.catalogus)
    path = h.path_of(besluit["url"])
    for change, field in (
        ({"besluittype": other}, "besluittype"),
        ({"identificatie": "ander"}, "identificatie"),
        ({"verantwoordelijkeOrganisatie": "245122461"}, "verantwoordelijkeOrganisatie"),
    ):
        put = await api.http.put(
            path, json={**h.besluit(types.besluittype), **change}, headers=api.headers
        )
        assert h.first_param(put) == (field, "wijzigen-niet-toegelaten")
        patch = await api.http.patch(path, json=change, headers=api.headers)
        assert h.first_param(patch) == (field, "wijzigen-niet-toegelaten")


async def test_etag_if_none_match_and_head(api: Api, types: Types):
    besluit = await api.besluit(types.besluittype)
    path = h.path_of(besluit["url"])
    response = await api.http.get(path, headers=api.headers)
    etag = response.headers["ETag"]
    cached = await api.http.get(path, headers={**api.headers, "If-None-Match": etag})
    assert cached.status_code == 304
    head = await api.http.head(path, headers=api.headers)
    assert head.status_code == 200 and head.headers["ETag"] == etag and head.content == b""


async def test_list_filters_and_pagination(api: Api, types: Types):
    first = await api.besluit(types.besluittype, identificatie="A")
    await api.besluit(
        types.besluittype, identificatie="B", verantwoordelijkeOrganisatie="123456782"
    )
    page = await api.get(f"http://testserver{h.BESLUITEN}", identificatie="A")
    assert [b["url"] for b in page["results"]] == [first["url"]]
    page = await api.get(
        f"http://testserver{h.BESLUITEN}", verantwoordelijkeOrganisatie="123456782"
    )
    assert [b["identificatie"] for b in page["results"]] == ["B"]
    page = await api.get(f"http://testserver{h.BESLUITEN}", besluittype=types.besluittype)
    assert page["count"] == 2
    page = await api.get(f"http://testserver{h.BESLUITEN}", pageSize=1)
    assert page["count"] == 2 and len(page["results"]) == 1 and page["next"]
    unknown = await api.http.get(h.BESLUITEN, params={"foo": "x"}, headers=api.headers)
    assert h.first_param(unknown) == ("foo", "unknown-parameters")


async def test_expand_besluittype(api: Api, types: Types):
    besluit = await api.besluit(types.besluittype)
    read = await api.get(besluit["url"], expand="besluittype")
    assert read["_expand"]["besluittype"]["url"] == types.besluittype
    assert "zaak" not in read["_expand"]
    page = await api.get(f"http://testserver{h.BESLUITEN}", expand="besluittype,zaak")
    [item] = page["results"]
    assert item["_expand"]["besluittype"]["url"] == types.besluittype
    assert item["_expand"]["zaak"] == {}  # no zaak: the OAS EmptyObject
    deeper = await api.get(besluit["url"], expand="besluittype.informatieobjecttypen")
    [iotype] = deeper["_expand"]["besluittype"]["_expand"]["informatieobjecttypen"]
    assert iotype["url"] == types.iotype
    wrong = await api.http.get(
        h.path_of(besluit["url"]), params={"expand": "iets"}, headers=api.headers
    )
    assert h.first_param(wrong) == ("expand", "invalid_choice")
    plain = await api.get(besluit["url"])
    assert "_expand" not in plain


async def test_audit_trail_and_notifications(api: Api, types: Types, outbox: ReadOutbox):
    besluit = await api.besluit(types.besluittype)
    await api.http.patch(h.path_of(besluit["url"]), json={"toelichting": "x"}, headers=api.headers)
    trail = await api.get(f"{besluit['url']}/audittrail")
    assert [(t["actie"], t["bron"], t["hoofdObject"]) for t in trail] == [
        ("create", "brc", besluit["url"]),
        ("partial_update", "brc", besluit["url"]),
    ]
    one = await api.get(f"{besluit['url']}/audittrail/{trail[0]['uuid']}")
    assert one["wijzigingen"]["nieuw"]["url"] == besluit["url"]
    messages = await outbox()
    assert [(m.kanaal, m.resource, m.actie) for m in messages] == [
        ("besluiten", "besluit", "create"),
        ("besluiten", "besluit", "partial_update"),
    ]
    assert messages[0].kenmerken == {
        "verantwoordelijke_organisatie": "000000000",
        "besluittype": types.besluittype,
    }
    assert messages[0].hoofd_object == besluit["url"]


async def test_refused_write_leaves_no_audit_or_notification(
    api: Api, types: Types, outbox: ReadOutbox
):
    concept = await api.besluittype(types.catalogus, publish=False)
    response = await api.http.post(h.BESLUITEN, json=h.besluit(concept), headers=api.headers)
    assert response.status_code == 400
    assert await outbox() == []


async def test_delete_removes_besluit_relations_mirrors_and_audit_trail(
    api: Api, types: Types, outbox: ReadOutbox
):
    besluit = await api.besluit(types.besluittype)
    document = await api.document(types.iotype)
    await api.post(h.BIO, {"besluit": besluit["url"], "informatieobject": document})
    deleted = await api.http.delete(h.path_of(besluit["url"]), headers=api.headers)
    assert deleted.status_code == 204
    missing = await api.http.get(h.path_of(besluit["url"]), headers=api.headers)
    h.assert_problem(missing, 404, "not_found")
    trail = await api.http.get(f"{h.path_of(besluit['url'])}/audittrail", headers=api.headers)
    h.assert_problem(trail, 404)
    assert await api.get(f"http://testserver{h.BIO}", besluit=besluit["url"]) == []
    assert await api.get(f"http://testserver{h.OIO}", object=besluit["url"]) == []
    # The document itself stays, and can now be deleted (no relations left).
    gone = await api.http.delete(h.path_of(document), headers=api.headers)
    assert gone.status_code == 204, gone.text
    assert (await outbox())[-1].actie == "destroy"


async def test_openapi_is_served(client: httpx.AsyncClient):
    response = await client.get(f"{h.ROOT}/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["version"] == "1.1.0"
