"""The documented filters of GET /zaken and POST /zaken/_zoek, as SQL conditions."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, select

from fundament.common.auth import (
    VERTROUWELIJKHEID,
    vertrouwelijkheid_rank,
)
from fundament.common.errors import InvalidParam, ValidationFailed
from fundament.components.zaken import models as m

# wire name → column, for the plain and the comparison filters.
_DATES = {
    "startdatum": m.Zaak.startdatum,
    "registratiedatum": m.Zaak.registratiedatum,
    "einddatum": m.Zaak.einddatum,
    "einddatumGepland": m.Zaak.einddatum_gepland,
    "uiterlijkeEinddatumAfdoening": m.Zaak.uiterlijke_einddatum_afdoening,
    "archiefactiedatum": m.Zaak.archiefactiedatum,
}
_TEXTS = {
    "identificatie": m.Zaak.identificatie,
    "bronorganisatie": m.Zaak.bronorganisatie,
    "zaaktype": m.Zaak.zaaktype,
    "archiefnominatie": m.Zaak.archiefnominatie,
    "archiefstatus": m.Zaak.archiefstatus,
}
# rol__betrokkeneIdentificatie__… → the indexed column holding that value.
ROL_IDENTIFICATIE = {
    "natuurlijkPersoon__inpBsn": m.Rol.inp_bsn,
    "natuurlijkPersoon__anpIdentificatie": m.Rol.anp_identificatie,
    "natuurlijkPersoon__inpA_nummer": m.Rol.inp_a_nummer,
    "nietNatuurlijkPersoon__innNnpId": m.Rol.inn_nnp_id,
    "nietNatuurlijkPersoon__annIdentificatie": m.Rol.ann_identificatie,
    "vestiging__vestigingsNummer": m.Rol.vestigings_nummer,
    "medewerker__identificatie": m.Rol.identificatie,
    "organisatorischeEenheid__identificatie": m.Rol.identificatie,
}
_ROL_TYPE_OF = {
    "medewerker__identificatie": "medewerker",
    "organisatorischeEenheid__identificatie": "organisatorische_eenheid",
}
_ROL = {
    "rol__betrokkeneType": m.Rol.betrokkene_type,
    "rol__betrokkene": m.Rol.betrokkene,
    "rol__omschrijvingGeneriek": m.Rol.omschrijving_generiek,
}
ORDERING = {
    "startdatum": m.Zaak.startdatum,
    "einddatum": m.Zaak.einddatum,
    "publicatiedatum": m.Zaak.publicatiedatum,
    "archiefactiedatum": m.Zaak.archiefactiedatum,
    "registratiedatum": m.Zaak.registratiedatum,
    "identificatie": m.Zaak.identificatie,
}

LIST_PARAMETERS: tuple[str, ...] = (
    "identificatie", "bronorganisatie", "bronorganisatie__in", "zaaktype", "archiefnominatie",
    "archiefnominatie__in", "archiefactiedatum", "archiefactiedatum__lt", "archiefactiedatum__gt",
    "archiefactiedatum__isnull", "archiefstatus", "archiefstatus__in", "startdatum",
    "startdatum__gt", "startdatum__gte", "startdatum__lt", "startdatum__lte", "registratiedatum",
    "registratiedatum__gt", "registratiedatum__lt", "einddatum", "einddatum__gt", "einddatum__lt",
    "einddatum__isnull", "einddatumGepland", "einddatumGepland__gt", "einddatumGepland__lt",
    "uiterlijkeEinddatumAfdoening", "uiterlijkeEinddatumAfdoening__gt",
    "uiterlijkeEinddatumAfdoening__lt", "rol__betrokkeneType", "rol__betrokkene",
    "rol__omschrijvingGeneriek", "maximaleVertrouwelijkheidaanduiding",
    *(f"rol__betrokkeneIdentificatie__{name}" for name in ROL_IDENTIFICATIE),
    "ordering",
)  # fmt: skip


def _bad(name: str, reason: str, code: str = "invalid") -> ValidationFailed:
    return ValidationFailed([InvalidParam(name, code, reason)])


def _date(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise _bad(name, "Geef een datum als JJJJ-MM-DD.") from exc


def _bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "1"):
        return True
    if str(value).lower() in ("false", "0"):
        return False
    raise _bad(name, "Geef true of false.")


def _list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return [item for item in str(value).split(",") if item]


def _compare(column: Any, op: str, value: Any) -> ColumnElement[bool]:
    return {
        "": column == value,
        "gt": column > value,
        "gte": column >= value,
        "lt": column < value,
        "lte": column <= value,
    }[op]


def conditions(params: dict[str, Any]) -> list[ColumnElement[bool]]:
    """SQL conditions for the filters given (query parameters or a _zoek body)."""
    where: list[ColumnElement[bool]] = []
    rol: list[ColumnElement[bool]] = []
    for name, value in params.items():
        if value is None or name in ("ordering", "expand", "zaakgeometrie", "page", "pageSize"):
            continue
        field, _, op = name.partition("__")
        if field in _TEXTS and op == "":
            where.append(_TEXTS[field] == str(value))
        elif field in _TEXTS and op == "in":
            where.append(_TEXTS[field].in_(_list(value)))
        elif field in _DATES and op == "isnull":
            column = _DATES[field]
            where.append(column.is_(None) if _bool(name, value) else column.is_not(None))
        elif field in _DATES and op in ("", "gt", "gte", "lt", "lte"):
            where.append(_compare(_DATES[field], op, _date(name, str(value))))
        elif name == "uuid__in":
            try:
                keys = [uuid.UUID(item) for item in _list(value)]
            except ValueError as exc:
                raise _bad(name, "Geef een lijst van UUID's.") from exc
            where.append(m.Zaak.uuid.in_(keys))
        elif name == "maximaleVertrouwelijkheidaanduiding":
            if value not in VERTROUWELIJKHEID:
                raise _bad(name, f"{value!r} is geen geldige keuze.", "invalid_choice")
            allowed = VERTROUWELIJKHEID[: vertrouwelijkheid_rank(value) + 1]
            where.append(m.Zaak.vertrouwelijkheidaanduiding.in_(allowed))
        elif name in _ROL:
            rol.append(_ROL[name] == str(value))
        elif name.startswith("rol__betrokkeneIdentificatie__"):
            key = name.removeprefix("rol__betrokkeneIdentificatie__")
            rol.append(ROL_IDENTIFICATIE[key] == str(value))
            if key in _ROL_TYPE_OF:
                rol.append(m.Rol.betrokkene_type == _ROL_TYPE_OF[key])
    if rol:
        where.append(exists(select(m.Rol.id).where(m.Rol.zaak_id == m.Zaak.id, *rol)))
    return where


def ordering(value: str | None) -> list[Any]:
    """`ordering=-startdatum,identificatie`; newest first by default, then by id for a stable
    page order."""
    order: list[Any] = []
    for item in _list(value or ""):
        column = ORDERING.get(item.lstrip("-"))
        if column is None:
            raise _bad("ordering", f"{item!r} is geen geldige sortering.", "invalid_choice")
        order.append(column.desc() if item.startswith("-") else column.asc())
    return [*order, m.Zaak.id.desc()]
