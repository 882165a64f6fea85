"""The short-lived catalogue cache: published entries only, emptied by catalogue writes."""

from __future__ import annotations

import pytest

from fundament.common import refcache

URL = "http://testserver/catalogi/api/v1/zaaktypen/1"


@pytest.fixture(autouse=True)
def empty() -> None:
    refcache.changed()


def test_a_published_entry_is_kept_and_a_catalogue_change_forgets_it():
    refcache.put(URL, {"url": URL, "concept": False})
    assert refcache.get(URL) == {"url": URL, "concept": False}
    refcache.changed()
    assert refcache.get(URL) is None


@pytest.mark.parametrize("entry", [{"concept": True}, {}], ids=["concept", "unknown-state"])
def test_a_concept_or_an_entry_without_state_is_never_kept(entry: dict[str, object]):
    refcache.put(URL, {"url": URL, **entry})
    assert refcache.get(URL) is None


def test_an_entry_expires_after_the_ttl(monkeypatch: pytest.MonkeyPatch):
    refcache.put(URL, {"url": URL, "concept": False})
    monkeypatch.setattr(refcache, "TTL", -1.0)
    assert refcache.get(URL) is None


STATUSTYPE = "http://testserver/catalogi/api/v1/statustypen/1"


def test_a_part_listed_by_a_published_type_is_kept():
    owner = {"url": URL, "concept": False, "statustypen": [STATUSTYPE]}
    refcache.put_part(STATUSTYPE, {"url": STATUSTYPE}, owner, "statustypen")
    assert refcache.get(STATUSTYPE) == {"url": STATUSTYPE}


@pytest.mark.parametrize(
    "owner",
    [
        {"concept": True, "statustypen": [STATUSTYPE]},
        {"concept": False, "statustypen": []},
        {"concept": False},
    ],
    ids=["concept-owner", "not-listed", "no-list"],
)
def test_a_part_of_a_concept_or_not_listed_is_never_kept(owner: dict[str, object]):
    refcache.put_part(STATUSTYPE, {"url": STATUSTYPE}, owner, "statustypen")
    assert refcache.get(STATUSTYPE) is None
