"""Local routing: one delivery per (notificatie, matching abonnement), chosen by kenmerk filters,
without any HTTP (the callbacks here do not exist)."""

from __future__ import annotations

from typing import Any

import httpx

from fundament.common.outbox import PENDING, ROUTED
from fundament.components.notificaties.models import Abonnement
from tests.components.notificaties.conftest import DispatcherFactory, Post, Publish, Store
from tests.components.notificaties.helpers import (
    ABONNEMENT,
    KANAAL,
    ZAAKTYPE_A,
    ZAAKTYPE_B,
    abonnement,
    kanaal,
)

ZAAK_1 = "https://zaken.example.com/zaken/api/v1/zaken/1"
ZAAK_2 = "https://zaken.example.com/zaken/api/v1/zaken/2"
DOC_1 = "https://documenten.example.com/documenten/api/v1/enkelvoudiginformatieobjecten/1"


async def routed(store: Store) -> set[tuple[str, str]]:
    """(resourceUrl, callbackUrl) of every delivery."""
    abonnementen = {a.id: a.callback_url for a in await store.all(Abonnement)}
    outbox = {m.id: m.resource_url for m in await store.outbox()}
    return {(outbox[d.outbox_id], abonnementen[d.abonnement_id]) for d in await store.deliveries()}


async def test_filters_choose_the_abonnementen(
    zaken: dict[str, Any],
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    store: Store,
):
    await post(KANAAL, kanaal("meldingen", filters=["bronorganisatie"]))

    async def subscribe(name: str, *groups: dict[str, Any]) -> None:
        await post(ABONNEMENT, abonnement(f"https://{name}.example.com/hook", *groups))

    await subscribe("a", {"naam": "zaken", "filters": {"bronorganisatie": "002220647"}})
    await subscribe("b", {"naam": "zaken", "filters": {"zaaktype": "*"}})
    await subscribe("c", {"naam": "zaken", "filters": {}})
    await subscribe("d", {"naam": "meldingen"})
    await subscribe("e", {"naam": "zaken", "filters": {"zaaktype": ZAAKTYPE_B}})
    await subscribe(
        "f",
        {"naam": "zaken", "filters": {"bronorganisatie": "002220647", "zaaktype": ZAAKTYPE_B}},
    )

    await publish(ZAAK_1, bronorganisatie="002220647", zaaktype=ZAAKTYPE_A)
    await publish(ZAAK_2, bronorganisatie="123456782", zaaktype=ZAAKTYPE_B)
    await publish(DOC_1, kanaal="meldingen", bronorganisatie="002220647")
    async with dispatcher() as running:
        assert await running.route() >= 3

    def hook(name: str) -> str:
        return f"https://{name}.example.com/hook"

    assert await routed(store) == {
        (ZAAK_1, hook("a")),
        (ZAAK_1, hook("b")),
        (ZAAK_1, hook("c")),
        (ZAAK_2, hook("b")),
        (ZAAK_2, hook("c")),
        (ZAAK_2, hook("e")),
        (DOC_1, hook("d")),
    }
    assert {m.status for m in await store.outbox()} == {ROUTED}
    assert {d.status for d in await store.deliveries()} == {PENDING}


async def test_one_delivery_per_abonnement_however_many_entries_match(
    zaken: dict[str, Any], post: Post, publish: Publish, dispatcher: DispatcherFactory, store: Store
):
    groups = [
        {"naam": "zaken", "filters": {}},
        {"naam": "zaken", "filters": {"zaaktype": ZAAKTYPE_A}},
    ]
    await post(ABONNEMENT, abonnement("https://a.example.com/hook", *groups))
    await publish(ZAAK_1, zaaktype=ZAAKTYPE_A)
    async with dispatcher() as running:
        await running.route()
    assert await routed(store) == {(ZAAK_1, "https://a.example.com/hook")}


async def test_a_notificatie_nobody_wants_is_routed_to_nobody_once(
    zaken: dict[str, Any], publish: Publish, dispatcher: DispatcherFactory, store: Store
):
    await publish(ZAAK_1)
    async with dispatcher() as running:
        assert await running.route() >= 1
        assert await running.route() == 0
    assert await store.deliveries() == []
    assert [m.status for m in await store.outbox("zaken")] == [ROUTED]


async def test_writes_of_other_components_are_routed_from_the_outbox(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    post: Post,
    dispatcher: DispatcherFactory,
    store: Store,
):
    # Kanaal `autorisaties` is registered at start; every Applicatie write notifies on it.
    await post(ABONNEMENT, abonnement("https://ac.example.com/hook", {"naam": "autorisaties"}))
    body = {"clientIds": ["routed-app"], "label": "x", "heeftAlleAutorisaties": True}
    created = await client.post("/autorisaties/api/v1/applicaties", json=body, headers=admin)
    assert created.status_code == 201
    deleted = await client.delete(created.json()["url"], headers=admin)
    assert deleted.status_code == 204
    async with dispatcher() as running:
        await running.route()
    outbox = {m.id: (m.resource_url, m.actie) for m in await store.outbox("autorisaties")}
    assert [outbox[d.outbox_id] for d in await store.deliveries() if d.outbox_id in outbox] == [
        (created.json()["url"], "create"),
        (created.json()["url"], "destroy"),
    ]


async def test_routing_keeps_the_order_of_creation(
    zaken: dict[str, Any], post: Post, publish: Publish, dispatcher: DispatcherFactory, store: Store
):
    await post(ABONNEMENT, abonnement("https://a.example.com/hook"))
    urls = [f"{ZAAK_1}{n}" for n in range(7)]
    for url in urls:
        await publish(url)
    async with dispatcher(notificaties_batch_size=3) as running:
        while await running.route():
            pass
    outbox = {m.id: m.resource_url for m in await store.outbox()}
    assert [outbox[d.outbox_id] for d in await store.deliveries()] == urls
