"""AuthContext without HTTP: scopes, per-type grants and confidentiality, in Python and in SQL."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select

from fundament.common.auth import (
    VERTROUWELIJKHEID,
    ApplicatieGrants,
    AuthContext,
    Grant,
)
from fundament.common.db import Database
from fundament.common.errors import PermissionDenied

TYPE_A = "https://ztc.example/zaaktypen/a"
TYPE_B = "https://ztc.example/zaaktypen/b"
TYPE_C = "https://ztc.example/zaaktypen/c"
READ = "zaken.lezen"


def context(*grants: Grant, superuser: bool = False) -> AuthContext:
    applicatie = ApplicatieGrants(
        uuid=uuid.uuid4(), label="test", heeft_alle_autorisaties=superuser, grants=grants
    )
    return AuthContext(client_id="test", applicatie=applicatie)


def zrc(type_url: str | None, maximum: str | None, *scopes: str) -> Grant:
    return Grant("zrc", frozenset(scopes or (READ,)), type_url, maximum)


# --- scopes ------------------------------------------------------------------------------------


def test_superuser_has_every_scope():
    auth = context(superuser=True)
    assert auth.has_scope("zrc", "zaken.verwijderen")
    auth.require("ac", "autorisaties.lezen", "autorisaties.bijwerken")


def test_scope_is_granted_per_component():
    auth = context(Grant("ac", frozenset({"autorisaties.lezen"})))
    assert auth.has_scope("ac", "autorisaties.lezen")
    assert not auth.has_scope("nrc", "autorisaties.lezen")
    assert not auth.has_scope("ac", "autorisaties.bijwerken")


def test_require_demands_every_scope():
    auth = context(Grant("ac", frozenset({"autorisaties.lezen"})))
    with pytest.raises(PermissionDenied) as raised:
        auth.require("ac", "autorisaties.lezen", "autorisaties.bijwerken")
    assert raised.value.code == "permission_denied"
    assert raised.value.status == 403


def test_client_without_applicatie_may_do_nothing():
    auth = AuthContext(client_id="lonely", applicatie=None)
    assert not auth.is_superuser
    assert not auth.has_scope("ac", "autorisaties.lezen")
    assert not auth.allows("zrc", READ, TYPE_A, "openbaar")
    with pytest.raises(PermissionDenied):
        auth.require("ac", "autorisaties.lezen")


# --- allows() ----------------------------------------------------------------------------------


def test_superuser_is_allowed_every_type_and_confidentiality():
    auth = context(superuser=True)
    assert auth.allows("zrc", READ, TYPE_A, "zeer_geheim")
    assert auth.allows("drc", "documenten.lezen", TYPE_B)


def test_grant_allows_only_its_own_type():
    auth = context(zrc(TYPE_A, "zeer_geheim"))
    assert auth.allows("zrc", READ, TYPE_A, "openbaar")
    assert not auth.allows("zrc", READ, TYPE_B, "openbaar")


def test_grant_allows_up_to_and_including_its_maximum():
    auth = context(zrc(TYPE_A, "zaakvertrouwelijk"))
    maximum = VERTROUWELIJKHEID.index("zaakvertrouwelijk")
    for rank, level in enumerate(VERTROUWELIJKHEID):
        assert auth.allows("zrc", READ, TYPE_A, level) is (rank <= maximum), level


def test_grant_needs_the_asked_scope_and_component():
    auth = context(zrc(TYPE_A, "geheim", "zaken.lezen"))
    assert not auth.allows("zrc", "zaken.bijwerken", TYPE_A, "openbaar")
    assert not auth.allows("drc", "zaken.lezen", TYPE_A, "openbaar")


def test_object_without_confidentiality_is_judged_on_type_alone():
    auth = context(zrc(TYPE_A, "openbaar"))
    assert auth.allows("zrc", READ, TYPE_A)
    assert not auth.allows("zrc", READ, TYPE_B)


def test_grant_without_maximum_allows_every_confidentiality():
    auth = context(Grant("brc", frozenset({"besluiten.lezen"}), TYPE_A, None))
    assert auth.allows("brc", "besluiten.lezen", TYPE_A, "zeer_geheim")


def test_grants_for_the_same_type_combine_to_the_highest_maximum():
    auth = context(zrc(TYPE_A, "openbaar"), zrc(TYPE_A, "geheim"))
    assert auth.allows("zrc", READ, TYPE_A, "geheim")
    assert not auth.allows("zrc", READ, TYPE_A, "zeer_geheim")


def test_grant_without_type_allows_no_typed_object():
    auth = context(zrc(None, "zeer_geheim"))
    assert not auth.allows("zrc", READ, TYPE_A, "openbaar")


# --- sql_filter(): executed on both databases --------------------------------------------------

UNKNOWN_LEVEL = "onbekend"


@pytest.fixture
async def objects(database: Database) -> AsyncIterator[Table]:
    """A throw-away table with one row per (type, confidentiality), plus an unknown level."""
    metadata = MetaData()
    table = Table(
        f"test_authz_{uuid.uuid4().hex[:8]}",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("zaaktype", String(200), nullable=False),
        Column("vertrouwelijkheidaanduiding", String(30), nullable=False),
    )
    rows = [
        {"zaaktype": type_url, "vertrouwelijkheidaanduiding": level}
        for type_url in (TYPE_A, TYPE_B, TYPE_C)
        for level in (*VERTROUWELIJKHEID, UNKNOWN_LEVEL)
    ]
    async with database.engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        await conn.execute(insert(table), rows)
    try:
        yield table
    finally:
        async with database.engine.begin() as conn:
            await conn.run_sync(metadata.drop_all)


async def visible(
    database: Database, table: Table, auth: AuthContext, with_level: bool = True
) -> set[tuple[str, str]]:
    level = table.c.vertrouwelijkheidaanduiding
    condition = auth.sql_filter("zrc", READ, table.c.zaaktype, level if with_level else None)
    async with database.engine.connect() as conn:
        result = await conn.execute(select(table.c.zaaktype, level).where(condition))
        return {(row.zaaktype, row.vertrouwelijkheidaanduiding) for row in result}


def levels_up_to(maximum: str) -> Sequence[str]:
    return VERTROUWELIJKHEID[: VERTROUWELIJKHEID.index(maximum) + 1]


async def test_sql_filter_limits_to_granted_type_and_maximum(database: Database, objects: Table):
    auth = context(zrc(TYPE_A, "intern"))
    expected = {
        (TYPE_A, "openbaar"),
        (TYPE_A, "beperkt_openbaar"),
        (TYPE_A, "intern"),
    }
    assert await visible(database, objects, auth) == expected


async def test_sql_filter_combines_grants_per_type(database: Database, objects: Table):
    auth = context(zrc(TYPE_A, "openbaar"), zrc(TYPE_B, "geheim"))
    expected = {(TYPE_A, "openbaar")} | {(TYPE_B, level) for level in levels_up_to("geheim")}
    assert await visible(database, objects, auth) == expected


async def test_sql_filter_for_superuser_returns_everything(database: Database, objects: Table):
    everything = await visible(database, objects, context(superuser=True))
    assert len(everything) == 3 * (len(VERTROUWELIJKHEID) + 1)


async def test_sql_filter_without_grants_returns_nothing(database: Database, objects: Table):
    assert await visible(database, objects, context()) == set()
    assert await visible(database, objects, AuthContext("lonely", None)) == set()


async def test_sql_filter_ignores_grants_of_other_scopes_and_components(
    database: Database, objects: Table
):
    auth = context(
        zrc(TYPE_A, "zeer_geheim", "zaken.bijwerken"),
        Grant("drc", frozenset({READ}), TYPE_B, "zeer_geheim"),
    )
    assert await visible(database, objects, auth) == set()


async def test_sql_filter_excludes_unknown_confidentiality_under_a_maximum(
    database: Database, objects: Table
):
    capped = await visible(database, objects, context(zrc(TYPE_A, "zeer_geheim")))
    assert (TYPE_A, UNKNOWN_LEVEL) not in capped
    uncapped = await visible(database, objects, context(zrc(TYPE_A, None)))
    assert (TYPE_A, UNKNOWN_LEVEL) in uncapped


async def test_sql_filter_without_confidentiality_column_filters_on_type(
    database: Database, objects: Table
):
    auth = context(zrc(TYPE_C, "openbaar"))
    rows = await visible(database, objects, auth, with_level=False)
    assert rows == {(TYPE_C, level) for level in (*VERTROUWELIJKHEID, UNKNOWN_LEVEL)}


# Grants that each allow something, at different levels and on several types.
GRANT_CASES = [
    (zrc(TYPE_A, "openbaar"),),
    (zrc(TYPE_A, "vertrouwelijk"), zrc(TYPE_B, "beperkt_openbaar")),
    (zrc(TYPE_A, "intern"), zrc(TYPE_A, "confidentieel"), zrc(TYPE_C, None)),
    (zrc(None, "geheim"), zrc(TYPE_B, "zeer_geheim")),
]


@pytest.mark.parametrize("grants", GRANT_CASES)
async def test_sql_filter_agrees_with_allows(
    database: Database, objects: Table, grants: tuple[Grant, ...]
):
    auth = context(*grants)
    in_sql = await visible(database, objects, auth)
    in_python = {
        (type_url, level)
        for type_url in (TYPE_A, TYPE_B, TYPE_C)
        for level in VERTROUWELIJKHEID
        if auth.allows("zrc", READ, type_url, level)
    }
    assert {row for row in in_sql if row[1] != UNKNOWN_LEVEL} == in_python
    assert in_python  # each case grants something, so the comparison is not vacuous


@pytest.mark.parametrize("grants", [*GRANT_CASES, ()])
@pytest.mark.parametrize("with_level", [True, False])
async def test_sql_filter_of_one_type_matches_the_full_filter_on_that_type(
    database: Database, objects: Table, grants: tuple[Grant, ...], with_level: bool
):
    """A list filtered on one type (`?zaaktype=`) may leave the type out of the grant
    condition: the same rows as the full condition gives for that type."""
    auth = context(*grants)
    level = objects.c.vertrouwelijkheidaanduiding
    every = await visible(database, objects, auth, with_level)
    async with database.engine.connect() as conn:
        for type_url in (TYPE_A, TYPE_B, TYPE_C):
            condition = auth.sql_filter(
                "zrc", READ, objects.c.zaaktype, level if with_level else None, of_type=type_url
            )
            query = select(objects.c.zaaktype, level).where(
                objects.c.zaaktype == type_url, condition
            )
            rows = {
                (row.zaaktype, row.vertrouwelijkheidaanduiding) for row in await conn.execute(query)
            }
            assert rows == {row for row in every if row[0] == type_url}
