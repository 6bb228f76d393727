"""The data a letter is made from: plain frozen dataclasses, no vault, no Qt.

The services layer builds a LetterContent from a case, a referral and a
consent; it has already filtered `fields` by consent and by what the
coordinator picked. The renderer prints exactly what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.errors import ShelterDeskError


class LetterError(ShelterDeskError):
    """A letter cannot be rendered as asked (unknown template, language, field
    key, or characters no shipped font can draw). The message names the
    problem without quoting survivor data beyond the offending characters."""


class LetterFault(LetterError):
    """The shipped wording files (resources/letters, resources/reports) are broken, or the program asked
    them for a template, language, label or term they do not have: a fault for its developers, never
    something a person did, so its message is English only."""


@dataclass(frozen=True)
class ShelterProfile:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class Addressee:
    name: str
    address: str = ""
    contact_person: str = ""


@dataclass(frozen=True)
class DisclosedField:
    key: str  # a field label key from resources/letters/labels.toml, e.g. "passport_number"
    value: str  # already formatted text
    # For a value from a fixed vocabulary (sex, document status…): its [term.*]
    # keys in labels.toml, printed in every letter language instead of `value`.
    terms: tuple[str, ...] = ()
    # A [term.*] key printed in brackets after `value`, in every letter language
    # ("1996-03-14 (estimated / perkiraan)"); `value` must not carry it too.
    qualifier: str = ""


@dataclass(frozen=True)
class NeedLine:
    """One requested kind of assistance, printed in every letter language."""

    category: str  # a [term.*] key, e.g. "need_travel_document"
    priority: str = ""  # a [term.*] key, e.g. "priority_urgent"
    detail: str = ""  # user text, printed once as given


@dataclass(frozen=True)
class ConsentStatement:
    given_on: date | None
    recorded_by: str
    interpreter: str = ""
    # Set => the letter says it was issued without recorded consent, and why.
    override_reason: str = ""


@dataclass(frozen=True)
class Contact:
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class LetterContent:
    template_id: str  # e.g. "embassy_travel_document"
    languages: tuple[str, ...]  # ("en",) or ("en", "id"): English first, then the recipient's
    shelter: ShelterProfile
    reference: str  # e.g. "REF-2026-00017"
    issued_on: date
    addressee: Addressee
    family_name: str
    given_names: str
    native_name: str = ""
    case_number: str = ""
    fields: tuple[DisclosedField, ...] = ()
    needs: tuple[NeedLine, ...] = ()
    reason: str = ""  # free text from the referral
    consent: ConsentStatement | None = None
    case_worker: Contact | None = None
    signatory: Contact | None = None
    attachments: tuple[str, ...] = ()
    photo: bytes = b""  # the person's photo, cleaned on import (embassy letters with consent only)

    def texts(self) -> list[str]:
        """Every piece of user text the letter will print (for glyph checks)."""
        out = [
            self.shelter.name, self.shelter.address, self.shelter.phone, self.shelter.email,
            self.reference, self.addressee.name, self.addressee.address,
            self.addressee.contact_person, self.family_name, self.given_names,
            self.native_name, self.case_number, self.reason,
            *(f.value for f in self.fields if not f.terms), *(n.detail for n in self.needs),
            *self.attachments,
        ]
        if self.consent:
            out += [self.consent.recorded_by, self.consent.interpreter, self.consent.override_reason]
        for person in (self.case_worker, self.signatory):
            if person:
                out += [person.name, person.title, person.phone, person.email]
        return [t for t in out if t]
