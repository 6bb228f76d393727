"""Field validation with messages a person can act on.

Country and language codes come from pycountry (ISO 3166 / ISO 639) and Babel's
CLDR names (domain/countries.py, domain/languages.py), phone numbers from
phonenumbers; nothing here is hand-maintained.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import phonenumbers
import pycountry

from .countries import resolve_country
from .enums import END_OF_STAY_STATUSES
from .errors import ValidationError
from .languages import language_label, resolve_language
from .messages import Message, carried, msg
from .models import STATELESS, UNKNOWN_NATIONALITY, Survivor

MAX_TEXT = 10 * 1024 * 1024  # a field larger than this is refused, not truncated
_DOC_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-/]{2,23}$")


def country_code(value: str) -> str:
    """Normalise a country given as a code (ID, IDN), a name, an autonym or a nationality word to alpha-2."""
    text = value.strip()
    if not text:
        raise ValueError(msg("Validation", "Enter a country."))
    found = resolve_country(text)
    if found is None:
        raise ValueError(msg("Validation", "“{text}” is not a country code or name. Use two letters such as "
                                             "ID, CN or KH, or the country's name.", text=text))
    return found


def country_name(code: str) -> str:
    """The English short name of a country code, as ISO writes it (letters and exports use it)."""
    if code in (STATELESS, UNKNOWN_NATIONALITY):
        return {"stateless": "Stateless", "unknown": "Unknown"}[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def all_countries() -> list[tuple[str, str]]:
    """(alpha-2, name) for every ISO 3166 country, sorted by name."""
    return sorted(((c.alpha_2, country_name(c.alpha_2)) for c in pycountry.countries), key=lambda p: p[1])


def language_code(value: str) -> str:
    """Normalise a language (ISO 639 code, name or autonym) to alpha-2 where one exists, else alpha-3."""
    text = value.strip()
    found = resolve_language(text)
    if found is None:
        raise ValueError(msg("Validation", "“{text}” is not a language code or name. Use ISO 639 codes such "
                                             "as id, zh or km, or the language's name.", text=text))
    return found


def language_name(code: str) -> str:
    """The English name of a language code."""
    return language_label(code)


def parse_date(value: str, field: str = "date") -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(msg("Validation", "“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-14.",
                             value=value)) from None


def normalise_phone(value: str, default_region: str = "KH") -> str:
    """E.164 form of a phone number, or a clear error."""
    try:
        parsed = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        raise ValueError(msg("Validation", "“{value}” is not a phone number.", value=value)) from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValueError(msg("Validation", "“{value}” has the wrong number of digits for a phone number.",
                             value=value))
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def check_document_number(number: str) -> str:
    text = number.strip()
    if not _DOC_NUMBER.match(text):
        raise ValueError(msg("Validation", "A document number has 3 to 24 letters and digits (spaces, - and / "
                                           "allowed)."))
    return text


def text_problem(text: str) -> Message | None:
    """Why a text cannot be stored, or None. The one rule for every text field of every record."""
    if "\x00" in text:
        return msg("Validation", "This text contains a NUL character, which cannot be stored.")
    if len(text) > MAX_TEXT:
        return msg("Validation", "This text is longer than 10 MB.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from a broken paste or file
        return msg("Validation", "This text contains a broken character; type or paste it again.")
    return None


def text_errors(obj: object, prefix: str = "") -> dict[str, str]:
    """Every text field of a record, however deep (lists, nested records), checked by `text_problem`."""
    errors: dict[str, str] = {}
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        key = f"{prefix}{f.name}"
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for i, item in items:
            where = key if i is None else f"{key}[{i}]"
            if isinstance(item, str):
                problem = text_problem(item)
                if problem:
                    errors[where] = problem
            elif dataclasses.is_dataclass(item):
                errors.update(text_errors(item, f"{where}."))
    return errors


def check_texts(*records: object, **texts: str) -> None:
    """Refuse records (and loose texts, by field name) whose text cannot be stored."""
    errors: dict[str, str] = {}
    for record in records:
        errors.update(text_errors(record))
    for name, text in texts.items():
        problem = text_problem(text)
        if problem:
            errors[name] = problem
    if errors:
        raise ValidationError(errors)


def validate_survivor(s: Survivor, today: date) -> Survivor:
    """Check and normalise a survivor record in place; raise ValidationError listing every problem.

    The same rules apply at intake, in the case file, from the CLI and on import.
    """
    errors: dict[str, str] = text_errors(s)
    for name in ("family_name", "given_names", "native_name", "preferred_name", "home_address"):
        if name not in errors:
            setattr(s, name, getattr(s, name).strip())
    if not (s.family_name or s.given_names or s.native_name):
        errors["family_name"] = msg("Validation", "Enter at least a family name or a given name.")
    elif not (s.family_name or s.given_names):
        errors["family_name"] = msg("Validation", "Enter the name in Latin letters as well (as in the passport, "
                                                  "or as spoken).")
    if not s.nationalities:
        errors["nationalities"] = msg("Validation", "Choose at least one nationality, or “unknown”.")
    else:
        try:
            codes = []
            for n in s.nationalities:
                code = country_code(n)
                if code not in codes:
                    codes.append(code)
            s.nationalities = codes
        except ValueError as e:
            errors["nationalities"] = carried(e)
    try:
        s.languages = list(dict.fromkeys(language_code(lang) for lang in s.languages))
    except ValueError as e:
        errors["languages"] = carried(e)
    if s.date_of_birth is not None:
        if s.date_of_birth > today:
            errors["date_of_birth"] = msg("Validation", "The date of birth is in the future.")
        elif s.date_of_birth.year < today.year - 110:
            errors["date_of_birth"] = msg("Validation", "The date of birth is more than 110 years ago.")
    if s.estimated_age is not None and not 0 <= s.estimated_age <= 110:
        errors["estimated_age"] = msg("Validation", "An estimated age is between 0 and 110.")
    elif s.estimated_age is not None and s.date_of_birth is not None:
        errors["estimated_age"] = msg("Validation", "Give either a date of birth or an estimated age, not both.")
    for i, doc in enumerate(s.documents):
        if doc.number:
            try:
                doc.number = check_document_number(doc.number)
            except ValueError as e:
                errors[f"documents[{i}].number"] = carried(e)
        if doc.issuing_country:
            try:
                doc.issuing_country = country_code(doc.issuing_country)
            except ValueError as e:
                errors[f"documents[{i}].issuing_country"] = carried(e)
    if s.phone:
        try:
            s.phone = normalise_phone(s.phone)
        except ValueError as e:
            errors["phone"] = carried(e)
    if s.next_of_kin.phone:
        try:
            s.next_of_kin.phone = normalise_phone(s.next_of_kin.phone)
        except ValueError as e:
            errors["next_of_kin.phone"] = carried(e)
    im = s.immigration
    if im.overstay_days is not None and im.overstay_days < 0:
        errors["immigration.overstay_days"] = msg("Validation", "Overstay days cannot be negative.")
    st = s.stay
    if s.status in END_OF_STAY_STATUSES and st.discharge_date is None:
        st.discharge_date = today  # the stay ended now unless someone wrote when
    if st.admission_date and st.discharge_date and st.discharge_date < st.admission_date:
        errors["stay.discharge_date"] = msg("Validation", "Discharge is before admission.")
    tp = s.trafficking
    if tp.held_from and tp.held_until and tp.held_until < tp.held_from:
        errors["trafficking.held_until"] = msg("Validation", "The end of captivity is before its start.")
    if errors:
        raise ValidationError(errors)
    return s
