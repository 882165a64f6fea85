"""The parts of a zaak: how each is validated (zrc-003/004/016..020), filled and shown."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, select

from fundament.components.zaken import models as m
from fundament.components.zaken import rules, scopes, shapes, views
from fundament.components.zaken import schemas as s
from fundament.components.zaken.services import zaken
from fundament.components.zaken.services.base import Ctx, fail, resolve
from fundament.components.zaken.services.parts import WRITE, Fill, Part

ROLTYPE_KEYS = frozenset({"url", "zaaktype", "omschrijving", "omschrijvingGeneriek"})
RESULTAATTYPE_KEYS = frozenset({"url", "zaaktype", "archiefnominatie"})
EIGENSCHAP_KEYS = frozenset({"url", "zaaktype", "naam"})
DOCUMENT_KEYS = frozenset({"url", "informatieobjecttype"})


def same_zaak(data: Any, zaak: m.Zaak, ctx: Ctx, creating: bool) -> None:
    """The zaak of a part never changes (zrc-004)."""
    if not creating and hasattr(data, "zaak"):
        fail(rules.immutable("zaak", data.zaak.rstrip("/") != ctx.zaak_url(zaak)))


async def listed(ctx: Ctx, zaak: m.Zaak, attribute: str) -> list[str]:
    zaaktype = await zaken.zaaktype_of(ctx, zaak.zaaktype)
    return list(zaaktype.get(attribute) or [])


def _simple(view: Any) -> Any:
    async def views_(ctx: Ctx, rows: Sequence[tuple[Any, uuid.UUID]]) -> list[Any]:
        return [view(ctx.url, row, zaak_uuid) for row, zaak_uuid in rows]

    return views_


# --- resultaat ---------------------------------------------------------------------------------


async def _fill_resultaat(
    ctx: Ctx, row: m.Resultaat, data: s.ResultaatCreate, zaak: m.Zaak, creating: bool
) -> None:
    same_zaak(data, zaak, ctx, creating)
    if creating:
        taken = (
            await ctx.session.execute(select(exists().where(m.Resultaat.zaak_id == zaak.id)))
        ).scalar()
        fail(rules.unique("zaak", bool(taken)))
    resultaattype = await zaken.type_part_of(
        ctx, zaak, data.resultaattype, "resultaattype", RESULTAATTYPE_KEYS, "resultaattypen"
    )
    fail(rules.belongs_to_zaaktype(resultaattype["url"], await listed(ctx, zaak, "resultaattypen")))
    row.resultaattype = data.resultaattype
    row.toelichting = data.toelichting


RESULTAAT = Part(
    model=m.Resultaat,
    collection="resultaten",
    resource="resultaat",
    fill=_fill_resultaat,
    views=_simple(views.resultaat),
    notify=frozenset({"create", "update", "partial_update", "destroy"}),
)


# --- rol -------------------------------------------------------------------------------------

_IDENT_COLUMNS = {
    "natuurlijk_persoon": {
        "inpBsn": "inp_bsn",
        "anpIdentificatie": "anp_identificatie",
        "inpA_nummer": "inp_a_nummer",
    },
    "niet_natuurlijk_persoon": {"innNnpId": "inn_nnp_id", "annIdentificatie": "ann_identificatie"},
    "vestiging": {"vestigingsNummer": "vestigings_nummer"},
    "organisatorische_eenheid": {"identificatie": "identificatie"},
    "medewerker": {"identificatie": "identificatie"},
}


async def _fill_rol(ctx: Ctx, row: m.Rol, data: s.RolCreate, zaak: m.Zaak, creating: bool) -> None:
    roltype = await zaken.type_part_of(ctx, zaak, data.roltype, "roltype", ROLTYPE_KEYS, "roltypen")
    problems: list[rules.InvalidParam] = []
    identificatie = None
    if data.betrokkene_identificatie is not None:
        schema = shapes.identificatie_schema("Rol", data.betrokkene_type, "betrokkeneIdentificatie")
        identificatie, problems = shapes.normalise(
            schema or {}, data.betrokkene_identificatie, "betrokkeneIdentificatie"
        )
    contact = None
    if data.contactpersoon_rol is not None:
        contact, more = shapes.normalise_named(
            "ContactPersoonRol", data.contactpersoon_rol, "contactpersoonRol"
        )
        problems += more
    fail(problems)
    fail(rules.belongs_to_zaaktype(roltype["url"], await listed(ctx, zaak, "roltypen")))
    if not data.betrokkene and identificatie is None:
        fail(
            [
                rules.InvalidParam(
                    "betrokkeneIdentificatie",
                    "invalid-betrokkene",
                    "Geef betrokkene of betrokkeneIdentificatie.",
                )
            ]
        )
    row.betrokkene = data.betrokkene
    row.betrokkene_type = data.betrokkene_type
    row.afwijkende_naam_betrokkene = data.afwijkende_naam_betrokkene
    row.roltype = data.roltype
    row.omschrijving = roltype.get("omschrijving", "")
    row.omschrijving_generiek = roltype.get("omschrijvingGeneriek", "")
    row.roltoelichting = data.roltoelichting
    row.indicatie_machtiging = data.indicatie_machtiging
    row.contactpersoon_rol = contact
    row.betrokkene_identificatie = identificatie
    for column in (
        "inp_bsn",
        "anp_identificatie",
        "inp_a_nummer",
        "inn_nnp_id",
        "ann_identificatie",
        "vestigings_nummer",
        "identificatie",
    ):
        setattr(row, column, "")
    for key, column in _IDENT_COLUMNS[data.betrokkene_type].items():
        setattr(row, column, str((identificatie or {}).get(key) or ""))


async def _rol_views(ctx: Ctx, rows: Sequence[tuple[m.Rol, uuid.UUID]]) -> list[s.Rol]:
    urls = {ctx.url(views.ROLLEN, row.uuid): row.id for row, _ in rows}
    statussen: dict[int, list[uuid.UUID]] = defaultdict(list)
    if urls:
        found = await ctx.session.execute(
            select(m.Status.gezetdoor, m.Status.uuid)
            .where(m.Status.gezetdoor.in_(urls))
            .order_by(m.Status.id)
        )
        for gezetdoor, key in found.all():
            statussen[urls[gezetdoor]].append(key)
    return [views.rol(ctx.url, row, zaak_uuid, statussen[row.id]) for row, zaak_uuid in rows]


ROL = Part(
    model=m.Rol,
    collection="rollen",
    resource="rol",
    fill=_fill_rol,
    views=_rol_views,
    notify=frozenset({"create", "destroy"}),
)


# --- zaakobject --------------------------------------------------------------------------------


async def _fill_zaakobject(
    ctx: Ctx, row: m.ZaakObject, data: s.ZaakObjectCreate, zaak: m.Zaak, creating: bool
) -> None:
    same_zaak(data, zaak, ctx, creating)
    problems: list[rules.InvalidParam] = []
    identificatie = None
    if data.object_identificatie is not None:
        schema = shapes.identificatie_schema("ZaakObject", data.object_type, "objectIdentificatie")
        identificatie, problems = shapes.normalise(
            schema or {}, data.object_identificatie, "objectIdentificatie"
        )
    definitie = None
    if data.object_type_overige_definitie is not None:
        definitie, more = shapes.normalise_named(
            "ObjectTypeOverigeDefinitie",
            data.object_type_overige_definitie,
            "objectTypeOverigeDefinitie",
        )
        problems += more
    fail(problems)
    if not data.object and identificatie is None:
        fail(
            [
                rules.InvalidParam(
                    "objectIdentificatie", "invalid-object", "Geef object of objectIdentificatie."
                )
            ]
        )
    if data.object_type == "overige" and not data.object_type_overige:
        fail(
            [
                rules.InvalidParam(
                    "objectTypeOverige",
                    "missing-object-type-overige",
                    "Vereist bij objectType overige.",
                )
            ]
        )
    for name in (
        "object",
        "zaakobjecttype",
        "object_type",
        "object_type_overige",
        "relatieomschrijving",
    ):
        setattr(row, name, getattr(data, name))
    row.object_type_overige_definitie = definitie
    row.object_identificatie = identificatie


ZAAKOBJECT = Part(
    model=m.ZaakObject,
    collection="zaakobjecten",
    resource="zaakobject",
    fill=_fill_zaakobject,
    views=_simple(views.zaakobject),
    create_scopes=(scopes.SCOPE_AANMAKEN, *WRITE),
    delete_scopes=(*WRITE, scopes.SCOPE_VERWIJDEREN),
    notify=frozenset({"create", "update", "partial_update", "destroy"}),
)


# --- klantcontact, zaakcontactmoment, zaakverzoek -----------------------------------------------


async def _fill_klantcontact(
    ctx: Ctx, row: m.KlantContact, data: s.KlantContactCreate, zaak: m.Zaak, creating: bool
) -> None:
    row.identificatie = data.identificatie or f"KC-{uuid.uuid4().hex[:11]}"
    for name in ("datumtijd", "kanaal", "onderwerp", "toelichting"):
        setattr(row, name, getattr(data, name))


KLANTCONTACT = Part(
    model=m.KlantContact,
    collection="klantcontacten",
    resource="klantcontact",
    fill=_fill_klantcontact,
    views=_simple(views.klantcontact),
)


def _link(field: str) -> Fill:
    """A relation that is one URL to another API's resource, which must resolve."""

    async def fill(ctx: Ctx, row: Any, data: Any, zaak: m.Zaak, creating: bool) -> None:
        url = getattr(data, field)
        await resolve(ctx, url, field, frozenset({"url"}))
        setattr(row, field, url)

    return fill


# Only zaken.bijwerken, as the OAS says for these three.
BIJWERKEN = (scopes.SCOPE_BIJWERKEN,)

ZAAKCONTACTMOMENT = Part(
    model=m.ZaakContactMoment,
    collection="zaakcontactmomenten",
    resource="zaakcontactmoment",
    fill=_link("contactmoment"),
    views=_simple(views.zaakcontactmoment),
    create_scopes=BIJWERKEN,
    delete_scopes=BIJWERKEN,
)
ZAAKVERZOEK = Part(
    model=m.ZaakVerzoek,
    collection="zaakverzoeken",
    resource="zaakverzoek",
    fill=_link("verzoek"),
    views=_simple(views.zaakverzoek),
    create_scopes=BIJWERKEN,
    delete_scopes=BIJWERKEN,
)


# --- nested: zaakeigenschap, zaakbesluit --------------------------------------------------------


async def _fill_eigenschap(
    ctx: Ctx, row: m.ZaakEigenschap, data: s.ZaakEigenschapCreate, zaak: m.Zaak, creating: bool
) -> None:
    same_zaak(data, zaak, ctx, creating)
    eigenschap = await zaken.type_part_of(
        ctx, zaak, data.eigenschap, "eigenschap", EIGENSCHAP_KEYS, "eigenschappen"
    )
    fail(rules.belongs_to_zaaktype(eigenschap["url"], await listed(ctx, zaak, "eigenschappen")))
    row.eigenschap = data.eigenschap
    row.naam = eigenschap.get("naam", "")
    row.waarde = data.waarde


ZAAKEIGENSCHAP = Part(
    model=m.ZaakEigenschap,
    collection="zaakeigenschappen",
    resource="zaakeigenschap",
    fill=_fill_eigenschap,
    views=_simple(views.zaakeigenschap),
    nested=True,
    notify=frozenset({"create", "update", "partial_update", "destroy"}),
)


ZAAKBESLUIT = Part(
    model=m.ZaakBesluit,
    collection="besluiten",
    resource="zaakbesluit",
    fill=_link("besluit"),
    views=_simple(views.zaakbesluit),
    nested=True,
    create_scopes=BIJWERKEN,
    delete_scopes=BIJWERKEN,
)
