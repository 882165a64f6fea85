"""A zaak's wire model built from a row without validation (views.zaak, no database)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest

from fundament.components.zaken import models as m
from fundament.components.zaken import schemas as s
from fundament.components.zaken import views

ZAAKTYPE = "http://testserver/catalogi/api/v1/zaaktypen/5a4d1c4f-5f8e-4b6e-9d38-1f0f4e6e8f30"


def _url(collection: str, key: uuid.UUID) -> str:
    return f"http://testserver/zaken/api/v1/{collection}/{key}"


def _row(**fields: Any) -> m.Zaak:
    values: dict[str, Any] = {
        "id": 7,
        "uuid": uuid.uuid4(),
        "identificatie": "ZAAK-1",
        "bronorganisatie": "517439943",
        "omschrijving": "",
        "toelichting": "",
        "zaaktype": ZAAKTYPE,
        "registratiedatum": date(2026, 1, 2),
        "verantwoordelijke_organisatie": "517439943",
        "startdatum": date(2026, 1, 2),
        "communicatiekanaal": "",
        "producten_of_diensten": [],
        "vertrouwelijkheidaanduiding": "openbaar",
        "betalingsindicatie": "",
        "selectielijstklasse": "",
        "relevante_andere_zaken": [],
        "kenmerken": [],
        "archiefstatus": "nog_te_archiveren",
        "opdrachtgevende_organisatie": "",
    }
    return m.Zaak(**{**values, **fields})


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {
            "verlenging": {"reden": "Wachten op advies", "duur": "P5D"},
            "opschorting": {"indicatie": True, "reden": "Wachten op stukken"},
            "kenmerken": [{"kenmerk": "K-1", "bron": "balie"}],
            "zaakgeometrie": {"type": "Point", "coordinates": [4.9, 52.4]},
            "betalingsindicatie": "geheel",
            "laatste_betaaldatum": datetime(2026, 1, 3, 12, tzinfo=UTC),
            "einddatum": date(2026, 2, 1),
        },
        # A group stored before a field was added has only the fields of its time.
        {"opschorting": {"indicatie": True}},
    ],
)
def test_a_zaak_view_holds_every_field_as_validation_would_make_it(fields: dict[str, Any]) -> None:
    view = views.zaak(_url, views.values(_row(**fields)), views.Related())
    assert set(view.__dict__) == set(s.Zaak.model_fields)
    wire = view.model_dump(mode="json", by_alias=True)
    assert s.Zaak.model_validate(wire).model_dump(mode="json", by_alias=True) == wire
    assert view.model_dump_json(by_alias=True) == s.Zaak.model_validate(wire).model_dump_json(
        by_alias=True
    )


def test_a_zaak_view_answers_the_groups_when_nothing_was_stored() -> None:
    wire = views.zaak(_url, views.values(_row()), views.Related()).model_dump(
        mode="json", by_alias=True
    )
    assert wire["verlenging"] == {"reden": "", "duur": None}
    assert wire["opschorting"] == {"indicatie": False, "reden": ""}
    assert "_expand" not in wire
