"""EnkelvoudigInformatieObject wire models (the `inhoud` of a request is streamed apart)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AliasChoices, Field
from pydantic import StringConstraints as Str

from fundament.common.schemas import Rsin, WireModel
from fundament.components.documenten.schemas.common import (
    R3,
    R100,
    R200,
    T40,
    T255,
    T1000,
    Algoritme,
    Expansion,
    OptionalUrl200,
    Required,
    Soort,
    Status,
    Url200,
    Vertrouwelijkheid,
)

MAX_BESTANDSOMVANG = 9223372036854775807


class Ondertekening(WireModel):
    soort: Soort | Literal[""] = ""
    datum: date | None = None


class Integriteit(WireModel):
    algoritme: Algoritme | Literal[""] = ""
    waarde: Annotated[str, Str(max_length=128)] = ""
    datum: date | None = None


EMPTY_ONDERTEKENING = Ondertekening()
EMPTY_INTEGRITEIT = Integriteit()


class InformatieObjectCreate(WireModel):
    """Body of POST (and, with `lock`, of PUT); `inhoud` is read from the stream apart."""

    identificatie: T40 = ""
    bronorganisatie: Rsin
    creatiedatum: date
    titel: R200
    # drc-007: blank or absent → the informatieobjecttype's vertrouwelijkheidaanduiding.
    vertrouwelijkheidaanduiding: Vertrouwelijkheid | Literal[""] = ""
    auteur: R200
    status: Status | Literal[""] = ""
    formaat: T255 = ""
    taal: R3
    bestandsnaam: T255 = ""
    bestandsomvang: Annotated[int, Field(ge=0, le=MAX_BESTANDSOMVANG)] | None = None
    link: OptionalUrl200 = ""
    beschrijving: T1000 = ""
    ontvangstdatum: date | None = None
    verzenddatum: date | None = None
    indicatie_gebruiksrecht: bool | None = None
    verschijningsvorm: str = ""
    ondertekening: Ondertekening | None = None
    integriteit: Integriteit | None = None
    informatieobjecttype: Url200
    trefwoorden: list[R100] | None = None


class InformatieObjectUpdate(InformatieObjectCreate):
    """Body of PUT: the whole document plus the lock of the checkout (drc-009)."""

    lock: Required


class InformatieObjectPatch(WireModel):
    """Body of PATCH: any field; merged with the current version before validation."""

    lock: Required | None = None


class BestandsDeel(WireModel):
    url: str
    volgnummer: int
    omvang: int
    voltooid: bool
    # Only the creation response (the client that will upload) gets to see the lock.
    lock: Annotated[str | None, Field(default=None, exclude_if=lambda v: v is None)]


class InformatieObject(WireModel):
    url: str
    identificatie: str
    bronorganisatie: str
    creatiedatum: date
    titel: str
    vertrouwelijkheidaanduiding: str
    auteur: str
    status: str
    formaat: str
    taal: str
    versie: int
    begin_registratie: datetime
    bestandsnaam: str
    inhoud: str | None
    bestandsomvang: int | None
    link: str
    beschrijving: str
    ontvangstdatum: date | None
    verzenddatum: date | None
    indicatie_gebruiksrecht: bool | None
    verschijningsvorm: str
    ondertekening: Ondertekening
    integriteit: Integriteit
    informatieobjecttype: str
    locked: bool
    bestandsdelen: list[BestandsDeel]
    trefwoorden: list[str]
    # The creation response of a chunked upload carries the lock (as Open Zaak's does).
    lock: Annotated[str | None, Field(default=None, exclude_if=lambda v: v is None)]
    expand: Expansion = None


class Lock(WireModel):
    lock: str


class Unlock(WireModel):
    lock: Annotated[str, Str(max_length=100)] | None = ""


class Zoek(WireModel):
    """Body of POST /enkelvoudiginformatieobjecten/_zoek (the OAS spells it `uuid_In`)."""

    uuid__in: list[uuid.UUID] = Field(validation_alias=AliasChoices("uuid__in", "uuid_In"))
    expand: Annotated[str, Str(min_length=1)] | None = None


class BestandsDeelUpload(WireModel):
    """The answer to a bestandsdeel upload."""

    url: str
    lock: str
    omvang: int
    voltooid: bool
    volgnummer: int
