"""The audit trail under /zaken/{uuid}/audittrail and the notifications on kanaal `zaken`."""

from __future__ import annotations

from typing import Any

from tests.components.zaken import helpers as h
from tests.components.zaken.conftest import ReadOutbox, Types, Zaken
from tests.conftest import Clients


async def test_audittrail_lists_writes_on_the_zaak_and_its_parts(
    api: Zaken, types: Types, zaak: dict[str, Any]
) -> None:
    await api.patch(zaak["url"], {"omschrijving": "nieuw"})
    rol = await api.post(h.ROLLEN, h.rol(zaak["url"], types.roltype))
    await api.delete(rol["url"])
    trail = await api.get(f"{zaak['url']}/audittrail")
    assert [(e["resource"], e["actie"]) for e in trail] == [
        ("zaak", "create"),
        ("zaak", "partial_update"),
        ("rol", "create"),
        ("rol", "destroy"),
    ]
    assert {entry["hoofdObject"] for entry in trail} == {zaak["url"]}
    assert trail[0]["bron"] == "zrc" and trail[0]["resultaat"] == 201
    assert trail[1]["wijzigingen"]["oud"]["omschrijving"] == ""
    assert trail[1]["wijzigingen"]["nieuw"]["omschrijving"] == "nieuw"
    assert trail[3]["wijzigingen"]["nieuw"] is None
    entry = await api.get(f"{zaak['url']}/audittrail/{trail[2]['uuid']}")
    assert entry["resourceUrl"] == rol["url"]
    missing = await api.http.get(
        h.path_of(f"{zaak['url']}/audittrail/{h.MISSING_UUID}"), headers=api.headers
    )
    h.assert_problem(missing, 404)


async def test_audittrail_needs_its_scope(
    api: Zaken, types: Types, zaak: dict[str, Any], clients: Clients, admin: dict[str, str]
) -> None:
    auditor = h.crs(
        await clients.with_autorisaties(
            "zrc-auditor", [h.zrc(h.AUDITTRAILS, zaaktype=types.zaaktype)], admin
        )
    )
    trail = await api.http.get(h.path_of(f"{zaak['url']}/audittrail"), headers=auditor)
    assert trail.status_code == 200 and len(trail.json()) == 1


async def test_a_refused_write_leaves_no_audit_and_no_notification(
    api: Zaken, zaak: dict[str, Any], outbox: ReadOutbox
) -> None:
    before = len(await outbox())
    refused = await api.http.patch(
        h.path_of(zaak["url"]), json={"hoofdzaak": zaak["url"]}, headers=api.headers
    )
    assert refused.status_code == 400
    assert len(await outbox()) == before
    assert len(await api.get(f"{zaak['url']}/audittrail")) == 1


async def test_notifications_on_kanaal_zaken(api: Zaken, types: Types, outbox: ReadOutbox) -> None:
    zaak = await api.zaak(types.zaaktype, vertrouwelijkheidaanduiding="intern")
    await api.patch(zaak["url"], {"toelichting": "x"})
    status = await api.status(zaak["url"], types.begin)
    await api.delete(zaak["url"])
    messages = [m for m in await outbox() if m.kanaal == "zaken"]
    assert [(m.resource, m.actie) for m in messages] == [
        ("zaak", "create"),
        ("zaak", "partial_update"),
        ("status", "create"),
        ("zaak", "destroy"),
    ]
    assert {m.hoofd_object for m in messages} == {zaak["url"]}
    assert messages[2].resource_url == status["url"]
    assert messages[0].kenmerken == {
        "bronorganisatie": "000000000",
        "zaaktype": types.zaaktype,
        "vertrouwelijkheidaanduiding": "intern",
    }
