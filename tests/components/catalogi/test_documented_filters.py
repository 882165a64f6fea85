"""Every query parameter the Catalogi 1.3.1 OAS documents for a list is accepted (never 400
`unknown-parameters`), with a value of the documented kind."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import yaml

from fundament.components.catalogi import component
from tests.components.catalogi import helpers as h

# The C loader when PyYAML has it: this runs at collection, and the document is large.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
OAS = yaml.load(component().openapi_file.read_text(encoding="utf-8"), Loader=_LOADER)

# Which collection a URL-valued filter points into, by parameter name.
COLLECTION = {
    "catalogus": "catalogussen",
    "zaaktype": "zaaktypen",
    "zaaktypen": "zaaktypen",
    "informatieobjecttype": "informatieobjecttypen",
    "informatieobjecttypen": "informatieobjecttypen",
}
VALUES = {
    "status": "alles",
    "page": "1",
    "richting": "inkomend",
    "anderObjecttype": "false",
    "domein__in": "ABC,DEF",
    "rsin__in": "000000000,123456782",
}


def _value(parameter: dict[str, Any]) -> str:
    name = parameter["name"]
    if name in VALUES:
        return VALUES[name]
    if name.lower().startswith("datum"):
        return "2020-01-01"
    if name in COLLECTION:  # some are documented as plain strings, but hold URLs all the same
        return f"http://testserver{h.ROOT}/{COLLECTION[name]}/{h.MISSING_UUID}"
    if parameter["schema"].get("format") == "uri":
        return "https://objecttypen.example.nl/api/v2/objecttypes/1"
    return "x"


DOCUMENTED = [
    (path, parameter["name"], _value(parameter))
    for path, operations in OAS["paths"].items()
    if "{" not in path
    for parameter in operations["get"].get("parameters", [])
    if parameter["in"] == "query"
]


def test_every_list_documents_its_filters():
    assert {path for path, _, _ in DOCUMENTED} >= {
        "/catalogussen",
        "/zaaktypen",
        "/zaakobjecttypen",
        "/resultaattypen",
    }


@pytest.mark.parametrize(
    ("path", "name", "value"), DOCUMENTED, ids=[f"{p[1:]}-{n}" for p, n, _ in DOCUMENTED]
)
async def test_documented_query_parameter_is_accepted(
    client: httpx.AsyncClient, admin: dict[str, str], path: str, name: str, value: str
):
    response = await client.get(h.ROOT + path, params={name: value}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["results"] == []
