"""The Klantinteracties rules on plain values, each returning `InvalidParam`s with a stable code.

Codes follow Open Klant (DRF): `invalid` for a value that breaks a rule, `unique` for a duplicate,
`required` for a missing value; the field name says which rule.
"""

from __future__ import annotations

import re
from datetime import date

from fundament.common.errors import InvalidParam

INVALID = "invalid"
UNIQUE = "unique"
REQUIRED = "required"

# --- identificatoren ---------------------------------------------------------------------------

# Which objecttypes a register holds, and which kinds of number identify each objecttype.
OBJECTTYPES_PER_REGISTER = {
    "brp": ("natuurlijk_persoon",),
    "hr": ("niet_natuurlijk_persoon", "vestiging"),
}
SOORTEN_PER_OBJECTTYPE = {
    "natuurlijk_persoon": ("bsn",),
    "niet_natuurlijk_persoon": ("rsin", "kvk_nummer"),
    "vestiging": ("vestigingsnummer",),
}
_LENGTHS = {"bsn": 9, "rsin": 9, "kvk_nummer": 8, "vestigingsnummer": 12}
_ELFPROEF = {"bsn", "rsin"}


def elfproef(number: str) -> bool:
    """The eleven-test of BSN and RSIN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11."""
    if len(number) != 9 or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=True))
    return (total - int(number[8])) % 11 == 0


def partij_identificator(
    register: str, objecttype: str, soort: str, object_id: str, prefix: str = "partijIdentificator"
) -> list[InvalidParam]:
    """The register → objecttype → soort hierarchy, and the number's own form (BSN 11-proof)."""
    if objecttype not in OBJECTTYPES_PER_REGISTER.get(register, (objecttype,)):
        return [InvalidParam(f"{prefix}.codeObjecttype", INVALID, f"Niet in register {register}.")]
    if soort not in SOORTEN_PER_OBJECTTYPE.get(objecttype, (soort,)):
        return [InvalidParam(f"{prefix}.codeSoortObjectId", INVALID, f"Niet voor {objecttype}.")]
    length = _LENGTHS.get(soort)
    if length is not None and (len(object_id) != length or not object_id.isdigit()):
        return [InvalidParam(f"{prefix}.objectId", INVALID, f"Een {soort} is {length} cijfers.")]
    if soort in _ELFPROEF and not elfproef(object_id):
        return [InvalidParam(f"{prefix}.objectId", INVALID, f"Ongeldig {soort}: elfproef.")]
    return []


def sub_identificator(soort: str, parent_soort: str | None) -> list[InvalidParam]:
    """A vestigingsnummer is a sub-identificator of a kvk_nummer, and only it is one."""
    if parent_soort is None:
        if soort == "vestigingsnummer":
            return [InvalidParam("subIdentificatorVan", REQUIRED, "Verplicht bij een vestiging.")]
        return []
    if parent_soort != "kvk_nummer":
        return [InvalidParam("subIdentificatorVan", INVALID, "Moet een kvk_nummer zijn.")]
    if soort != "vestigingsnummer":
        return [InvalidParam("subIdentificatorVan", INVALID, "Alleen bij een vestigingsnummer.")]
    return []


# --- digitale adressen and rekeningnummers -----------------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_PHONE = re.compile(r"0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13}")
_PHONE_SEPARATORS = re.compile(r"[\s\-()]")


def is_phone_number(value: str) -> bool:
    """A Dutch (0…) or international (+…, 00…) number; spaces, dashes and brackets ignored."""
    return bool(_PHONE.fullmatch(_PHONE_SEPARATORS.sub("", value)))


def digitaal_adres(soort: str, adres: str) -> list[InvalidParam]:
    """An address of soort email must be an e-mail address, of soort telefoonnummer a number."""
    if soort == "email" and not _EMAIL.fullmatch(adres):
        return [InvalidParam("adres", INVALID, "Voer een geldig e-mailadres in.")]
    if soort == "telefoonnummer" and not is_phone_number(adres):
        return [InvalidParam("adres", INVALID, "Voer een geldig telefoonnummer in.")]
    return []


def address_key(soort: str, adres: str) -> str:
    """How addresses are compared for uniqueness: e-mail case-insensitively, numbers bare."""
    if soort == "email":
        return adres.strip().lower()
    if soort == "telefoonnummer":
        return _PHONE_SEPARATORS.sub("", adres)
    return adres.strip()


def iban(value: str) -> list[InvalidParam]:
    """ISO 13616: move the first four characters to the end, letters to numbers, mod 97 is 1."""
    text = value.replace(" ", "").upper()
    digits = "".join(str(int(ch, 36)) for ch in text[4:] + text[:4] if ch.isalnum())
    if not text.isalnum() or not digits or int(digits) % 97 != 1:
        return [InvalidParam("iban", INVALID, "Ongeldig IBAN: de controle klopt niet.")]
    return []


# --- partijen, klantcontacten, internetaken ----------------------------------------------------

PARTIJ_IDENTIFICATIE_VELDEN = {
    "persoon": ("contactnaam",),
    "organisatie": ("naam",),
    "contactpersoon": ("contactnaam", "werkteVoorPartij"),
}


def partij_identificatie(soort: str, sent: set[str]) -> list[InvalidParam]:
    """partijIdentificatie holds only the fields of the partij's soort."""
    allowed = PARTIJ_IDENTIFICATIE_VELDEN.get(soort, ())
    return [
        InvalidParam(f"partijIdentificatie.{name}", INVALID, f"Niet voor soortPartij {soort}.")
        for name in sorted(sent - set(allowed))
    ]


def werkte_voor(soort_van_organisatie: str) -> list[InvalidParam]:
    if soort_van_organisatie != "organisatie":
        return [
            InvalidParam(
                "partijIdentificatie.werkteVoorPartij", INVALID, "Moet een organisatie zijn."
            )
        ]
    return []


def voorkeur(field: str, chosen: object | None, own: set[object]) -> list[InvalidParam]:
    """The preferred address or account is one of the partij's own."""
    if chosen is not None and chosen not in own:
        return [InvalidParam(field, INVALID, "Moet een van de eigen gegevens van de partij zijn.")]
    return []


def periode(begin: date | None, eind: date | None) -> list[InvalidParam]:
    if begin is not None and eind is not None and eind < begin:
        return [InvalidParam("eindDatum", INVALID, "De einddatum ligt voor de begindatum.")]
    return []


def vertegenwoordiging(
    vertegenwoordigende: object, vertegenwoordigde: object
) -> list[InvalidParam]:
    if vertegenwoordigende == vertegenwoordigde:
        return [
            InvalidParam(
                "vertegenwoordigdePartij", INVALID, "Een partij vertegenwoordigt zichzelf niet."
            )
        ]
    return []


ACTOR_IDENTIFICATIE_VELDEN = {
    "medewerker": (("functie", "telefoonnummer"), ("emailadres",)),
    "geautomatiseerde_actor": (("functie",), ("omschrijving",)),
    "organisatorische_eenheid": ((), ("omschrijving", "emailadres", "faxnummer", "telefoonnummer")),
}


def actor_identificatie(soort: str, sent: set[str]) -> list[InvalidParam]:
    """actorIdentificatie holds the fields of the actor's soort, its required ones included."""
    required, optional = ACTOR_IDENTIFICATIE_VELDEN.get(soort, ((), ()))
    problems = [
        InvalidParam(f"actorIdentificatie.{name}", REQUIRED, "Dit veld is vereist.")
        for name in required
        if name not in sent
    ]
    problems += [
        InvalidParam(f"actorIdentificatie.{name}", INVALID, f"Niet voor soortActor {soort}.")
        for name in sorted(sent - set(required) - set(optional))
    ]
    return problems


def toegewezen(actoren: list[object]) -> list[InvalidParam]:
    if not actoren:
        return [InvalidParam("toegewezenAanActoren", REQUIRED, "Wijs de taak aan een actor toe.")]
    return []


def volledige_naam(contactnaam: dict[str, str] | None) -> str:
    """voornaam, voorvoegsel and achternaam, as far as known."""
    if not contactnaam:
        return ""
    parts = (contactnaam.get(k, "") for k in ("voornaam", "voorvoegselAchternaam", "achternaam"))
    return " ".join(part.strip() for part in parts if part and part.strip())
