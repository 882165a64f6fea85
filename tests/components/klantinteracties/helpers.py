"""Request helpers and valid bodies for the Klantinteracties tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

ROOT = "/klantinteracties/api/v1"
BSN = "111222333"  # passes the eleven-test
OTHER_BSN = "123456782"
KVK = "12345678"


@dataclass
class Api:
    http: httpx.AsyncClient
    headers: dict[str, str]
    root: str

    async def get(self, path: str, **params: Any) -> httpx.Response:
        return await self.http.get(self.root + path, params=params, headers=self.headers)

    async def post(self, path: str, body: Any) -> httpx.Response:
        return await self.http.post(self.root + path, json=body, headers=self.headers)

    async def put(self, path: str, body: Any) -> httpx.Response:
        return await self.http.put(self.root + path, json=body, headers=self.headers)

    async def patch(self, path: str, body: Any) -> httpx.Response:
        return await self.http.patch(self.root + path, json=body, headers=self.headers)

    async def delete(self, path: str, **params: Any) -> httpx.Response:
        return await self.http.delete(self.root + path, params=params, headers=self.headers)

    async def create(self, collection: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.post(f"/{collection}", body)
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created


def ref(resource: dict[str, Any]) -> dict[str, str]:
    return {"uuid": resource["uuid"]}


def persoon(**extra: Any) -> dict[str, Any]:
    return {
        "soortPartij": "persoon",
        "indicatieActief": True,
        "partijIdentificatie": {
            "contactnaam": {"voornaam": "Jan", "voorvoegselAchternaam": "van", "achternaam": "Dijk"}
        },
        **extra,
    }


def organisatie(naam: str = "Bakkerij De Korst", **extra: Any) -> dict[str, Any]:
    return {
        "soortPartij": "organisatie",
        "indicatieActief": True,
        "partijIdentificatie": {"naam": naam},
        **extra,
    }


def bsn(number: str = BSN, partij: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "partijIdentificator": {
            "codeObjecttype": "natuurlijk_persoon",
            "codeSoortObjectId": "bsn",
            "objectId": number,
            "codeRegister": "brp",
        }
    }
    if partij is not None:
        body["identificeerdePartij"] = ref(partij)
    return body


def klantcontact(**extra: Any) -> dict[str, Any]:
    return {
        "kanaal": "telefoon",
        "onderwerp": "Vraag over mijn aanvraag",
        "taal": "nld",
        "vertrouwelijk": False,
        **extra,
    }


def medewerker(naam: str = "Els Jansen") -> dict[str, Any]:
    return {
        "naam": naam,
        "soortActor": "medewerker",
        "actoridentificator": {"objectId": "ejansen", "codeRegister": "ad"},
        "actorIdentificatie": {"functie": "KCC-medewerker", "telefoonnummer": "0201234567"},
    }
