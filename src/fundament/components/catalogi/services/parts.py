"""The zaaktype-bound resources as SubType specs: how each is filled and shown."""

from __future__ import annotations

from typing import Any

from fundament.common.errors import ValidationFailed
from fundament.components.catalogi import brondatum, rules, views
from fundament.components.catalogi import models as m
from fundament.components.catalogi.schemas.eigenschap import Eigenschap, EigenschapCreate
from fundament.components.catalogi.schemas.resultaattype import (
    ResultaatType,
    ResultaatTypeCreate,
)
from fundament.components.catalogi.schemas.roltype import RolType
from fundament.components.catalogi.schemas.statustype import StatusType
from fundament.components.catalogi.schemas.zaakobjecttype import ZaakObjectType
from fundament.components.catalogi.services import selectielijst
from fundament.components.catalogi.services.base import Ctx, all_by_url, by_url, fail
from fundament.components.catalogi.services.subtypes import SubType, plain_fill

STATUSTYPE: SubType[m.StatusType, StatusType] = SubType(
    model=m.StatusType,
    collection="statustypen",
    resource="statustype",
    load=views.STATUSTYPE_LOAD,
    view=views.statustype,
    # `eigenschappen` is the other side of Eigenschap.statustype and is set there.
    fill=plain_fill({"eigenschappen"}),
)

ROLTYPE: SubType[m.RolType, RolType] = SubType(
    model=m.RolType,
    collection="roltypen",
    resource="roltype",
    load=views.ROLTYPE_LOAD,
    view=views.roltype,
    fill=plain_fill(set()),
)

ZAAKOBJECTTYPE: SubType[m.ZaakObjectType, ZaakObjectType] = SubType(
    model=m.ZaakObjectType,
    collection="zaakobjecttypen",
    resource="zaakobjecttype",
    load=views.ZAAKOBJECTTYPE_LOAD,
    view=views.zaakobjecttype,
    fill=plain_fill({"resultaattypen", "statustypen"}),
)


async def _fill_eigenschap(
    ctx: Ctx, row: Any, data: EigenschapCreate, zaaktype: m.ZaakType
) -> None:
    fail(rules.eigenschap_specificatie(data.specificatie.model_dump()))
    statustype = None
    if data.statustype:
        statustype = await by_url(ctx, m.StatusType, "statustypen", data.statustype, "statustype")
        if statustype.zaaktype_id != zaaktype.id:
            raise ValidationFailed.single(
                "statustype", "zaaktype-mismatch", "Het statustype hoort bij een ander zaaktype."
            )
    for name, value in data.model_dump(exclude={"zaaktype", "statustype", "specificatie"}).items():
        setattr(row, name, value)
    row.specificatie = data.specificatie.model_dump(by_alias=True)
    row.statustype = statustype


EIGENSCHAP: SubType[m.Eigenschap, Eigenschap] = SubType(
    model=m.Eigenschap,
    collection="eigenschappen",
    resource="eigenschap",
    load=views.EIGENSCHAP_LOAD,
    view=views.eigenschap,
    fill=_fill_eigenschap,
)


async def _fill_resultaattype(
    ctx: Ctx, row: Any, data: ResultaatTypeCreate, zaaktype: m.ZaakType
) -> None:
    """ztc-002..008: selectielijst lookups, derived fields and the brondatum matrix."""
    omschrijving = await selectielijst.resultaattypeomschrijving(
        ctx, data.resultaattypeomschrijving
    )
    klasse = await selectielijst.resultaat(ctx, data.selectielijstklasse)
    # All problems at once, the fields of the group first (the suite reads invalidParams[0]).
    group = data.brondatum_archiefprocedure
    problems = brondatum.brondatum_fields(group.model_dump()) if group else []
    problems += brondatum.procestype_matches(
        zaaktype.selectielijst_procestype, str(klasse.get("procesType", ""))
    )
    if group is not None:
        problems += brondatum.afleidingswijze_for_procestermijn(
            klasse.get("procestermijn"), group.afleidingswijze
        )
    fail(problems)
    besluittypen = await all_by_url(
        ctx, m.BesluitType, "besluittypen", data.besluittypen, "besluittypen"
    )
    informatieobjecttypen = await all_by_url(
        ctx,
        m.InformatieObjectType,
        "informatieobjecttypen",
        data.informatieobjecttypen,
        "informatieobjecttypen",
    )
    fail(
        rules.same_catalogus(
            zaaktype.catalogus_id,
            [b.catalogus_id for b in besluittypen]
            + [i.catalogus_id for i in informatieobjecttypen],
        )
    )
    values = data.model_dump(
        exclude={"zaaktype", "besluittypen", "informatieobjecttypen", "brondatum_archiefprocedure"}
    )
    for name, value in values.items():
        setattr(row, name, value)
    row.omschrijving_generiek = str(omschrijving.get("omschrijving", ""))[:80]
    # ztc-002f/g: archiefnominatie and archiefactietermijn default from the selectielijst.
    row.archiefnominatie = data.archiefnominatie or str(klasse.get("waardering") or "")
    row.archiefactietermijn = data.archiefactietermijn or klasse.get("bewaartermijn")
    row.brondatum_archiefprocedure = group.model_dump(by_alias=True) if group else None
    row.besluittypen = besluittypen
    row.informatieobjecttypen = informatieobjecttypen


RESULTAATTYPE: SubType[m.ResultaatType, ResultaatType] = SubType(
    model=m.ResultaatType,
    collection="resultaattypen",
    resource="resultaattype",
    load=views.RESULTAATTYPE_LOAD,
    view=views.resultaattype,
    fill=_fill_resultaattype,
)
