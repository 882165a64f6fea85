"""`POST /maak-klantcontact`: a klantcontact with its betrokkene and onderwerpobject at once."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from fundament.common.errors import InvalidParam, ValidationFailed
from fundament.components.klantinteracties.schemas.klantcontacten import (
    BetrokkeneCreate,
    MaakKlantcontact,
    OnderwerpobjectCreate,
)
from fundament.components.klantinteracties.services.base import (
    Ctx,
    Resource,
    View,
    create_row,
    views_of,
)
from fundament.components.klantinteracties.services.klantcontacten import (
    BETROKKENEN,
    KLANTCONTACTEN,
    ONDERWERPOBJECTEN,
)


async def _part(ctx: Ctx, name: str, resource: Resource, body: BaseModel) -> tuple[Any, View]:
    """Create one part; its problems are named within the part (`betrokkene.wasPartij.uuid`)."""
    try:
        return await create_row(ctx, resource, body)
    except ValidationFailed as exc:
        raise ValidationFailed(
            [InvalidParam(f"{name}.{p.name}", p.code, p.reason) for p in exc.invalid_params]
        ) from exc


async def maak_klantcontact(ctx: Ctx, body: MaakKlantcontact) -> View:
    """All three in one transaction: each with its audit record and notification, or none."""
    contact, _ = await _part(ctx, "klantcontact", KLANTCONTACTEN, body.klantcontact)
    own = {"uuid": contact.uuid}
    result: View = {"betrokkene": None, "onderwerpobject": None}
    if body.betrokkene is not None:
        data = {**body.betrokkene.model_dump(exclude_unset=True), "had_klantcontact": own}
        _, result["betrokkene"] = await _part(
            ctx, "betrokkene", BETROKKENEN, BetrokkeneCreate.model_validate(data)
        )
    if body.onderwerpobject is not None:
        data = {**body.onderwerpobject.model_dump(exclude_unset=True), "klantcontact": own}
        _, result["onderwerpobject"] = await _part(
            ctx, "onderwerpobject", ONDERWERPOBJECTEN, OnderwerpobjectCreate.model_validate(data)
        )
    result["klantcontact"] = (await views_of(ctx, KLANTCONTACTEN, [contact]))[0]
    await ctx.session.commit()
    return {key: result[key] for key in ("klantcontact", "betrokkene", "onderwerpobject")}
