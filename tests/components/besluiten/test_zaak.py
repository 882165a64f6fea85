"""A besluit's zaak (brc-006, brc-007): validated, listed under the zaak's besluiten, fixed.

The zaak lives in another deployment's Zaken API, served over real HTTP on 127.0.0.1; for a zaak
of this deployment the Zaken component's registered link is used (`services/zaken.py`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.db import Database
from fundament.common.errors import ValidationFailed
from fundament.common.urls import LocalResource
from fundament.components.besluiten.services import zaken
from fundament.settings import Settings
from tests.components.besluiten import helpers as h
from tests.components.besluiten.conftest import Api, ForeignZaken, ReadOutbox, Types
from tests.conftest import settings_for


async def test_besluit_with_foreign_zaak_is_posted_to_its_besluiten(
    api: Api, types: Types, foreign_zaken: ForeignZaken
):
    zaak = foreign_zaken.zaak([types.besluittype])
    besluit = await api.besluit(types.besluittype, zaak=zaak)
    assert besluit["zaak"] == zaak
    [(path, body)] = foreign_zaken.posted
    assert path == zaak.removeprefix(foreign_zaken.base) + "/besluiten"
    assert body == {"besluit": besluit["url"]}
    page = await api.get(f"http://testserver{h.BESLUITEN}", zaak=zaak)
    assert [b["url"] for b in page["results"]] == [besluit["url"]]


async def test_deleting_the_besluit_deletes_the_foreign_zaakbesluit(
    api: Api, types: Types, foreign_zaken: ForeignZaken
):
    zaak = foreign_zaken.zaak([types.besluittype])
    besluit = await api.besluit(types.besluittype, zaak=zaak)
    [zaakbesluit] = list(foreign_zaken.zaakbesluiten)
    deleted = await api.http.delete(h.path_of(besluit["url"]), headers=api.headers)
    assert deleted.status_code == 204
    assert foreign_zaken.deleted == [zaakbesluit]
    assert foreign_zaken.zaakbesluiten == {}


async def test_besluittype_must_be_one_of_the_zaaktype(
    api: Api, types: Types, foreign_zaken: ForeignZaken
):
    zaak = foreign_zaken.zaak([])
    response = await api.http.post(
        h.BESLUITEN, json=h.besluit(types.besluittype, zaak=zaak), headers=api.headers
    )
    assert h.first_param(response) == ("nonFieldErrors", "zaaktype-mismatch")
    assert foreign_zaken.posted == []


async def test_zaak_must_resolve_to_a_zaak(api: Api, types: Types, foreign_zaken: ForeignZaken):
    async def create(zaak: str) -> tuple[str, str]:
        response = await api.http.post(
            h.BESLUITEN, json=h.besluit(types.besluittype, zaak=zaak), headers=api.headers
        )
        return h.first_param(response)

    assert await create(f"{foreign_zaken.base}/zaken/api/v1/zaken/{h.MISSING_UUID}") == (
        "zaak",
        "bad-url",
    )
    zaak = foreign_zaken.zaak([types.besluittype])
    zaaktype = foreign_zaken.zaken[zaak.removeprefix(foreign_zaken.base)]["zaaktype"]
    assert await create(zaaktype) == ("zaak", "invalid-resource")


async def test_a_refused_zaakbesluit_undoes_the_besluit(
    api: Api, types: Types, foreign_zaken: ForeignZaken, outbox: ReadOutbox
):
    zaak = foreign_zaken.zaak([types.besluittype])
    foreign_zaken.refuse = True
    response = await api.http.post(
        h.BESLUITEN, json=h.besluit(types.besluittype, zaak=zaak), headers=api.headers
    )
    assert h.first_param(response) == ("zaak", "remote-relation-failed")
    page = await api.get(f"http://testserver{h.BESLUITEN}")
    assert page["count"] == 0
    assert await outbox() == []


async def test_zaak_cannot_change(api: Api, types: Types, foreign_zaken: ForeignZaken):
    zaak = foreign_zaken.zaak([types.besluittype])
    besluit = await api.besluit(types.besluittype, zaak=zaak)
    other = foreign_zaken.zaak([types.besluittype])
    path = h.path_of(besluit["url"])
    patch = await api.http.patch(path, json={"zaak": other}, headers=api.headers)
    assert h.first_param(patch) == ("zaak", "wijzigen-niet-toegelaten")
    cleared = await api.http.patch(path, json={"zaak": ""}, headers=api.headers)
    assert h.first_param(cleared) == ("zaak", "wijzigen-niet-toegelaten")
    put = await api.http.put(path, json=h.besluit(types.besluittype), headers=api.headers)
    assert put.status_code == 200 and put.json()["zaak"] == zaak  # left out: kept
    assert len(foreign_zaken.posted) == 1


async def test_expand_zaak_follows_the_foreign_url(
    api: Api, types: Types, foreign_zaken: ForeignZaken
):
    zaak = foreign_zaken.zaak([types.besluittype])
    besluit = await api.besluit(types.besluittype, zaak=zaak)
    read = await api.get(besluit["url"], expand="zaak.zaaktype")
    assert read["_expand"]["zaak"]["url"] == zaak
    assert read["_expand"]["zaak"]["_expand"]["zaaktype"]["besluittypen"] == [types.besluittype]


# --- a zaak of this deployment: the Zaken component's link, in the besluit's transaction ------


class LocalZaken:
    """Stands in for this deployment's Zaken component through the registration it uses."""

    def __init__(self) -> None:
        self.zaaktypen: dict[uuid.UUID, str] = {}
        self.linked: list[tuple[str, str]] = []
        self.unlinked: list[tuple[str, str]] = []
        self.refuse = False

    async def link(self, session: AsyncSession, zaak: str, besluit: str) -> None:
        assert session.in_transaction()
        if self.refuse:
            raise ValidationFailed.single("zaak", "zaak-closed", "Gesloten.")
        self.linked.append((zaak, besluit))

    async def unlink(self, session: AsyncSession, zaak: str, besluit: str) -> None:
        assert session.in_transaction()
        self.unlinked.append((zaak, besluit))

    def zaak(self, foreign: ForeignZaken, besluittypen: list[str]) -> str:
        """A local zaak whose zaaktype (on the loopback server) has these besluittypen."""
        foreign_zaak = foreign.zaak(besluittypen)
        key = uuid.uuid4()
        self.zaaktypen[key] = foreign.zaken[foreign_zaak.removeprefix(foreign.base)]["zaaktype"]
        return f"http://testserver/zaken/api/v1/zaken/{key}"


@pytest.fixture
def settings(database: Database, tmp_path: Path) -> Settings:
    """Without the Zaken component: these tests stand in for it through its public hooks (the
    Zaken tests and the VNG suite cover the real pairing)."""
    return settings_for(database, tmp_path, without=("zaken",))


@pytest.fixture
def local_zaken(app: FastAPI, foreign_zaken: ForeignZaken) -> Iterator[LocalZaken]:
    """Zaken of this deployment, as the Zaken component offers them: a LocalCollection
    `zaken` on the resolver (their zaaktype lives on the loopback server) and the link."""
    registered = LocalZaken()

    async def loader(session: AsyncSession, key: uuid.UUID, root: str) -> dict[str, Any] | None:
        zaaktype = registered.zaaktypen.get(key)
        if zaaktype is None:
            return None
        return {"url": f"{root}/zaken/{key}", "zaaktype": zaaktype}

    app.state.resolver.register(LocalResource("/zaken/api/v1", "zaken", loader))
    zaken.register_zaak_link(registered.link, registered.unlink)
    try:
        yield registered
    finally:
        zaken.unregister_zaak_link()


async def test_local_zaak_is_linked_and_unlinked_in_the_besluit_transaction(
    api: Api, types: Types, local_zaken: LocalZaken, foreign_zaken: ForeignZaken
):
    zaak = local_zaken.zaak(foreign_zaken, [types.besluittype])
    besluit = await api.besluit(types.besluittype, zaak=zaak)
    assert local_zaken.linked == [(zaak, besluit["url"])]
    assert foreign_zaken.posted == []
    deleted = await api.http.delete(h.path_of(besluit["url"]), headers=api.headers)
    assert deleted.status_code == 204
    assert local_zaken.unlinked == [(zaak, besluit["url"])]
    assert foreign_zaken.deleted == []


async def test_local_link_refusal_stores_nothing(
    api: Api,
    types: Types,
    local_zaken: LocalZaken,
    foreign_zaken: ForeignZaken,
    outbox: ReadOutbox,
):
    zaak = local_zaken.zaak(foreign_zaken, [types.besluittype])
    local_zaken.refuse = True
    response = await api.http.post(
        h.BESLUITEN, json=h.besluit(types.besluittype, zaak=zaak), headers=api.headers
    )
    assert h.first_param(response) == ("zaak", "zaak-closed")
    assert (await api.get(f"http://testserver{h.BESLUITEN}"))["count"] == 0
    assert await outbox() == []


async def test_local_zaak_besluittype_must_be_one_of_the_zaaktype(
    api: Api, types: Types, local_zaken: LocalZaken, foreign_zaken: ForeignZaken
):
    zaak = local_zaken.zaak(foreign_zaken, [])
    response = await api.http.post(
        h.BESLUITEN, json=h.besluit(types.besluittype, zaak=zaak), headers=api.headers
    )
    assert h.first_param(response) == ("nonFieldErrors", "zaaktype-mismatch")
    assert local_zaken.linked == []


async def test_without_a_registered_link_a_zaak_goes_over_http(
    api: Api, types: Types, foreign_zaken: ForeignZaken
):
    zaken.unregister_zaak_link()
    zaak = foreign_zaken.zaak([types.besluittype])
    await api.besluit(types.besluittype, zaak=zaak)
    assert len(foreign_zaken.posted) == 1
