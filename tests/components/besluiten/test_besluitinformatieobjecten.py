"""Besluitinformatieobjecten: brc-003 (informatieobject), brc-004 (relation fixed), brc-005
(the Documenten mirror), brc-008 (informatieobjecttype of the besluittype)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.components.besluiten import helpers as h
from tests.components.besluiten.conftest import Api, ReadOutbox, Types


async def _relate(api: Api, types: Types) -> tuple[dict[str, Any], str, dict[str, Any]]:
    besluit = await api.besluit(types.besluittype)
    document = await api.document(types.iotype)
    bio = await api.post(h.BIO, {"besluit": besluit["url"], "informatieobject": document})
    return besluit, document, bio


async def test_create_read_and_list(api: Api, types: Types):
    besluit, document, bio = await _relate(api, types)
    assert bio["besluit"] == besluit["url"] and bio["informatieobject"] == document
    assert await api.get(bio["url"]) == bio
    assert await api.get(f"http://testserver{h.BIO}", besluit=besluit["url"]) == [bio]
    assert await api.get(f"http://testserver{h.BIO}", informatieobject=document) == [bio]
    other = f"http://testserver{h.BESLUITEN}/{h.MISSING_UUID}"
    assert await api.get(f"http://testserver{h.BIO}", besluit=other) == []
    head = await api.http.head(h.path_of(bio["url"]), headers=api.headers)
    assert head.status_code == 200 and head.headers["ETag"]


async def test_creating_mirrors_an_objectinformatieobject_and_deleting_removes_it(
    api: Api, types: Types
):
    besluit, document, bio = await _relate(api, types)
    [mirror] = await api.get(
        f"http://testserver{h.OIO}", object=besluit["url"], informatieobject=document
    )
    assert mirror["objectType"] == "besluit"
    # brc-005 / drc-004: the Documenten API sees the relation at its source (this API).
    removal = await api.http.delete(h.path_of(mirror["url"]), headers=api.headers)
    h.assert_problem(removal, 400)
    deleted = await api.http.delete(h.path_of(bio["url"]), headers=api.headers)
    assert deleted.status_code == 204
    assert await api.get(f"http://testserver{h.OIO}", object=besluit["url"]) == []


async def test_informatieobject_must_resolve_to_a_document(api: Api, types: Types):
    besluit = await api.besluit(types.besluittype)

    async def relate(informatieobject: str) -> httpx.Response:
        body = {"besluit": besluit["url"], "informatieobject": informatieobject}
        return await api.http.post(h.BIO, json=body, headers=api.headers)

    missing = f"http://testserver{h.DOCUMENTEN}/enkelvoudiginformatieobjecten/{h.MISSING_UUID}"
    assert h.first_param(await relate(missing)) == ("informatieobject", "bad-url")
    assert h.first_param(await relate(besluit["url"])) == ("informatieobject", "invalid-resource")
    assert h.first_param(await relate("geen url")) == ("informatieobject", "invalid")


async def test_besluit_must_be_one_of_ours(api: Api, types: Types):
    document = await api.document(types.iotype)
    body = {
        "besluit": f"http://testserver{h.BESLUITEN}/{h.MISSING_UUID}",
        "informatieobject": document,
    }
    response = await api.http.post(h.BIO, json=body, headers=api.headers)
    assert h.first_param(response) == ("besluit", "bad-url")


async def test_informatieobjecttype_must_belong_to_the_besluittype(api: Api, types: Types):
    other_iotype = await api.iotype(types.catalogus, "ander")
    besluit = await api.besluit(types.besluittype)
    document = await api.document(other_iotype)
    body = {"besluit": besluit["url"], "informatieobject": document}
    response = await api.http.post(h.BIO, json=body, headers=api.headers)
    assert h.first_param(response) == (
        "nonFieldErrors",
        "missing-besluittype-informatieobjecttype-relation",
    )


async def test_a_document_is_related_once(api: Api, types: Types):
    besluit, document, _ = await _relate(api, types)
    body = {"besluit": besluit["url"], "informatieobject": document}
    again = await api.http.post(h.BIO, json=body, headers=api.headers)
    assert h.first_param(again) == ("nonFieldErrors", "unique")


async def test_relation_cannot_change(api: Api, types: Types):
    besluit, document, bio = await _relate(api, types)
    other_besluit = await api.besluit(types.besluittype)
    other_document = await api.document(types.iotype)
    path = h.path_of(bio["url"])
    for change, field in (
        ({"besluit": other_besluit["url"]}, "besluit"),
        ({"informatieobject": other_document}, "informatieobject"),
    ):
        body = {"besluit": besluit["url"], "informatieobject": document, **change}
        put = await api.http.put(path, json=body, headers=api.headers)
        assert h.first_param(put) == (field, "wijzigen-niet-toegelaten")
        patch = await api.http.patch(path, json=change, headers=api.headers)
        assert h.first_param(patch) == (field, "wijzigen-niet-toegelaten")
    same = await api.http.put(
        path, json={"besluit": besluit["url"], "informatieobject": document}, headers=api.headers
    )
    assert same.status_code == 200 and same.json() == bio


async def test_audit_and_notifications_under_the_besluit(
    api: Api, types: Types, outbox: ReadOutbox
):
    besluit, _, bio = await _relate(api, types)
    await api.http.delete(h.path_of(bio["url"]), headers=api.headers)
    trail = await api.get(f"{besluit['url']}/audittrail")
    assert [(t["resource"], t["actie"]) for t in trail] == [
        ("besluit", "create"),
        ("besluitinformatieobject", "create"),
        ("besluitinformatieobject", "destroy"),
    ]
    messages = [(m.resource, m.actie, m.hoofd_object) for m in await outbox()]
    assert messages[1:] == [
        ("besluitinformatieobject", "create", besluit["url"]),
        ("besluitinformatieobject", "destroy", besluit["url"]),
    ]


async def test_expand_informatieobject_and_besluit(api: Api, types: Types):
    besluit, document, bio = await _relate(api, types)
    read = await api.get(bio["url"], expand="informatieobject,besluit.besluittype")
    assert read["_expand"]["informatieobject"]["url"] == document
    assert read["_expand"]["besluit"]["url"] == besluit["url"]
    assert read["_expand"]["besluit"]["_expand"]["besluittype"]["url"] == types.besluittype
