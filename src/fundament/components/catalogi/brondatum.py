"""Rules for a resultaattype's `brondatumArchiefprocedure` (ztc-003..008), on plain values."""

from __future__ import annotations

from collections.abc import Mapping

from fundament.common.errors import InvalidParam

GROUP = "brondatumArchiefprocedure"

# Per afleidingswijze: the fields it requires; every other field must stay empty.
# (GZ docs/standaard/catalogi; the suite's ztc-004..008 follow exactly this table.)
REQUIRED: dict[str, frozenset[str]] = {
    "afgehandeld": frozenset(),
    "ander_datumkenmerk": frozenset({"datumkenmerk", "objecttype", "registratie"}),
    "eigenschap": frozenset({"datumkenmerk"}),
    "gerelateerde_zaak": frozenset(),
    "hoofdzaak": frozenset(),
    "ingangsdatum_besluit": frozenset(),
    "termijn": frozenset({"procestermijn"}),
    "vervaldatum_besluit": frozenset(),
    "zaakobject": frozenset({"datumkenmerk", "objecttype"}),
}
_FIELDS = ("datumkenmerk", "objecttype", "registratie", "procestermijn")
# ztc-005: with these the end date is known by construction, so einddatumBekend must be false.
_NO_EINDDATUM_BEKEND = frozenset({"afgehandeld", "termijn"})

_WIRE = {
    "datumkenmerk": "datumkenmerk",
    "objecttype": "objecttype",
    "registratie": "registratie",
    "procestermijn": "procestermijn",
    "einddatum_bekend": "einddatumBekend",
}


def _param(field: str, code: str, reason: str) -> InvalidParam:
    return InvalidParam(f"{GROUP}.{_WIRE[field]}", code, reason)


def brondatum_fields(group: Mapping[str, object]) -> list[InvalidParam]:
    """ztc-004..008: which fields an afleidingswijze requires and which must be empty."""
    afleidingswijze = str(group["afleidingswijze"])
    required = REQUIRED[afleidingswijze]
    problems: list[InvalidParam] = []
    for field in _FIELDS:
        given = bool(group.get(field))
        if field in required and not given:
            problems.append(
                _param(field, "required", f"Verplicht bij afleidingswijze {afleidingswijze}.")
            )
        elif field not in required and given:
            problems.append(
                _param(
                    field, "must-be-empty", f"Moet leeg zijn bij afleidingswijze {afleidingswijze}."
                )
            )
    if afleidingswijze in _NO_EINDDATUM_BEKEND and group.get("einddatum_bekend"):
        problems.append(
            _param(
                "einddatum_bekend",
                "must-be-empty",
                f"Moet false zijn bij afleidingswijze {afleidingswijze}.",
            )
        )
    return problems


NIHIL = "nihil"
BESTAANSDUUR = "ingeschatte_bestaansduur_procesobject"


def afleidingswijze_for_procestermijn(
    procestermijn: str | None, afleidingswijze: str
) -> list[InvalidParam]:
    """ztc-003: the selectielijst procestermijn decides afgehandeld / termijn.

    `nihil` needs afgehandeld and a bestaansduur needs termijn; the other way round, termijn
    needs a bestaansduur (ztc-003t). Afgehandeld is not limited further (ztc-003s).
    """
    mismatch = (
        (procestermijn == NIHIL and afleidingswijze != "afgehandeld")
        or (procestermijn == BESTAANSDUUR and afleidingswijze != "termijn")
        or (afleidingswijze == "termijn" and procestermijn != BESTAANSDUUR)
    )
    if not mismatch:
        return []
    return [
        InvalidParam(
            "nonFieldErrors",
            "invalid-afleidingswijze-for-procestermijn",
            f"Afleidingswijze {afleidingswijze} past niet bij selectielijst-"
            f"procestermijn {procestermijn or 'leeg'}.",
        )
    ]


def procestype_matches(
    selectielijst_procestype: str, resultaat_procestype: str
) -> list[InvalidParam]:
    """ztc-002e: the selectielijstklasse must belong to the zaaktype's procestype."""
    if not selectielijst_procestype or selectielijst_procestype == resultaat_procestype:
        return []
    return [
        InvalidParam(
            "nonFieldErrors",
            "procestype-mismatch",
            "De selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype.",
        )
    ]
