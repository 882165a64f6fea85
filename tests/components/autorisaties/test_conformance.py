"""The VNG conformance suite's `ac` folder (ac-001a..ac-003f), with the suite's own bodies."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.components.autorisaties.conftest import CreateApplicatie
from tests.components.autorisaties.helpers import (
    APPLICATIES,
    CONSUMER,
    ZAAKTYPE,
    assert_problem,
    invalid_params,
)

# The suite sends `componentWeergave` (read-only) and "" for "not given"; both as it does.
SUITE_ZRC = {
    "component": "zrc",
    "componentWeergave": "Zaakregistratiecomponent",
    "scopes": ["zaken.lezen"],
    "zaaktype": ZAAKTYPE,
    "maxVertrouwelijkheidaanduiding": "openbaar",
}


async def assert_not_registered(http: httpx.AsyncClient, admin: dict[str, str], cid: str) -> None:
    """A rejected create left no applicatie behind for its client id."""
    response = await http.get(CONSUMER, params={"clientId": cid}, headers=admin)
    assert_problem(response, 404, "not_found")


async def test_ac_001a_applicatie_with_several_client_ids_is_created(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = {
        "clientIds": ["test_id1", "test_id2"],
        "label": "Test applicatie",
        "autorisaties": [SUITE_ZRC],
    }
    response = await client.post(APPLICATIES, json=body, headers=admin)
    assert response.status_code == 201, response.text
    assert response.json()["clientIds"] == ["test_id1", "test_id2"]


async def test_ac_001b_client_id_of_another_applicatie_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str], create_applicatie: CreateApplicatie
):
    await create_applicatie(
        {
            "clientIds": ["test_id1", "test_id2"],
            "label": "Test applicatie",
            "autorisaties": [SUITE_ZRC],
        }
    )
    body = {
        "clientIds": ["test_id1"],
        "label": "Test applicatie",
        "heeftAlleAutorisaties": True,
        "autorisaties": [],
    }
    response = await client.post(APPLICATIES, json=body, headers=admin)
    assert invalid_params(response) == {("clientIds", "clientId-exists")}
    listed = await client.get(APPLICATIES, params={"clientIds": "test_id1"}, headers=admin)
    assert listed.json()["count"] == 1


async def test_ac_002a_heeft_alle_autorisaties_with_explicit_autorisaties_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = {
        "clientIds": ["test_id3"],
        "label": "Test applicatie",
        "heeftAlleAutorisaties": True,
        "autorisaties": [SUITE_ZRC],
    }
    response = await client.post(APPLICATIES, json=body, headers=admin)
    assert invalid_params(response) == {("nonFieldErrors", "ambiguous-authorizations-specified")}
    await assert_not_registered(client, admin, "test_id3")


async def test_ac_002b_no_heeft_alle_autorisaties_and_no_autorisaties_is_refused(
    client: httpx.AsyncClient, admin: dict[str, str]
):
    body = {
        "clientIds": ["test_id4"],
        "label": "Test applicatie",
        "heeftAlleAutorisaties": False,
        "autorisaties": [],
    }
    response = await client.post(APPLICATIES, json=body, headers=admin)
    assert invalid_params(response) == {("nonFieldErrors", "missing-authorizations")}
    await assert_not_registered(client, admin, "test_id4")


AC_003_REFUSED: list[tuple[str, dict[str, Any], set[tuple[str, str]]]] = [
    (
        "ac-003a",
        {
            "component": "zrc",
            "componentWeergave": "Zaakregistratiecomponent",
            "scopes": ["zaken.lezen"],
            "zaaktype": "",
            "maxVertrouwelijkheidaanduiding": "",
        },
        {
            ("autorisaties.0.maxVertrouwelijkheidaanduiding", "required"),
            ("autorisaties.0.zaaktype", "required"),
        },
    ),
    (
        "ac-003c",
        {
            "component": "drc",
            "componentWeergave": "Documentregistratiecomponent",
            "scopes": ["documenten.lezen"],
            "informatieobjecttype": "",
            "maxVertrouwelijkheidaanduiding": "",
        },
        {
            ("autorisaties.0.informatieobjecttype", "required"),
            ("autorisaties.0.maxVertrouwelijkheidaanduiding", "required"),
        },
    ),
    (
        "ac-003e",
        {
            "component": "brc",
            "componentWeergave": "Besluitregistratiecomponent",
            "scopes": ["besluiten.lezen"],
            "besluittype": "",
        },
        {("autorisaties.0.besluittype", "required")},
    ),
]

AC_003_ACCEPTED: list[tuple[str, dict[str, Any]]] = [
    (
        "ac-003b",
        {
            "component": "zrc",
            "componentWeergave": "Zaakregistratiecomponent",
            "scopes": ["notificaties.publiceren"],
            "zaaktype": "",
            "maxVertrouwelijkheidaanduiding": "",
        },
    ),
    (
        "ac-003d",
        {
            "component": "drc",
            "componentWeergave": "Documentregistratiecomponent",
            "scopes": ["notificaties.publiceren"],
            "informatieobjecttype": "",
            "maxVertrouwelijkheidaanduiding": "",
        },
    ),
    (
        "ac-003f",
        {
            "component": "brc",
            "componentWeergave": "Besluitregistratiecomponent",
            "scopes": ["notificaties.publiceren"],
            "besluittype": "",
        },
    ),
]


@pytest.mark.parametrize(
    ("autorisatie", "expected"),
    [case[1:] for case in AC_003_REFUSED],
    ids=[case[0] for case in AC_003_REFUSED],
)
async def test_ac_003_object_bound_scope_without_its_type_is_refused(
    client: httpx.AsyncClient,
    admin: dict[str, str],
    autorisatie: dict[str, Any],
    expected: set[tuple[str, str]],
):
    body = {"clientIds": ["test_id3"], "label": "Test applicatie", "autorisaties": [autorisatie]}
    response = await client.post(APPLICATIES, json=body, headers=admin)
    assert invalid_params(response) == expected
    await assert_not_registered(client, admin, "test_id3")


@pytest.mark.parametrize(
    "autorisatie", [case[1] for case in AC_003_ACCEPTED], ids=[case[0] for case in AC_003_ACCEPTED]
)
async def test_ac_003_scope_not_bound_to_objects_needs_no_type(
    client: httpx.AsyncClient, admin: dict[str, str], autorisatie: dict[str, Any]
):
    body = {"clientIds": ["test_id3"], "label": "Test applicatie", "autorisaties": [autorisatie]}
    response = await client.post(APPLICATIES, json=body, headers=admin)
    assert response.status_code == 201, response.text
    created = response.json()["autorisaties"]
    assert [(a["component"], a["scopes"]) for a in created] == [
        (autorisatie["component"], ["notificaties.publiceren"])
    ]
