"""The case fields a file may carry (`add --from-json`, and the import to come), in one place.

Names and passport numbers given this way stay out of the command line, where
any local user can read them (`ps`, shell history). The values are converted
here; the rules (codes, lengths, characters) are the case service's, as for
every other way in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from ..domain.enums import CaseStatus, DocumentStatus, DocumentType, Sex
from ..domain.errors import ValidationError
from ..domain.models import IdentityDocument, Survivor
from ..domain.validation import parse_date


@dataclass(frozen=True)
class CaseField:
    name: str
    help: str
    apply: Callable[[Survivor, object], None]


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("give text (in quotes)")
    return value


def _texts(value: object) -> list[str]:
    """A list of text, or one text with items separated by commas."""
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError("give a list of text, or text with items separated by commas")


def _choice(enum: type[StrEnum]) -> Callable[[object], StrEnum]:
    def parse(value: object) -> StrEnum:
        try:
            return enum(_text(value).strip().lower())
        except ValueError:
            raise ValueError(f"choose one of {', '.join(e.value for e in enum)}") from None
    return parse


def _passport(s: Survivor) -> IdentityDocument:
    for doc in s.documents:
        if doc.doc_type == DocumentType.PASSPORT:
            return doc
    s.documents.append(IdentityDocument())
    return s.documents[-1]


def _set_national_id(s: Survivor, value: object) -> None:
    s.documents.append(IdentityDocument(doc_type=DocumentType.NATIONAL_ID, number=_text(value)))


def _set_passport(s: Survivor, value: object) -> None:
    _passport(s).number = _text(value)


def _set_passport_status(s: Survivor, value: object) -> None:
    _passport(s).status = DocumentStatus(_choice(DocumentStatus)(value))


def _set_admission(s: Survivor, value: object) -> None:
    s.stay.admission_date = parse_date(_text(value))


CASE_FIELDS: tuple[CaseField, ...] = (
    CaseField("family", "family name as in the passport", lambda s, v: setattr(s, "family_name", _text(v))),
    CaseField("given", "given names as in the passport", lambda s, v: setattr(s, "given_names", _text(v))),
    CaseField("native", "the name in its own script", lambda s, v: setattr(s, "native_name", _text(v))),
    CaseField("nationality", "ISO country code, or a list of them; 'unknown' or 'stateless'",
              lambda s, v: setattr(s, "nationalities", _texts(v))),
    CaseField("sex", "one of " + ", ".join(e.value for e in Sex),
              lambda s, v: setattr(s, "sex", _choice(Sex)(v))),
    CaseField("dob", "date of birth, YYYY-MM-DD", lambda s, v: setattr(s, "date_of_birth", parse_date(_text(v)))),
    CaseField("passport", "passport number", _set_passport),
    CaseField("passport_status", "where the passport is: " + ", ".join(e.value for e in DocumentStatus),
              _set_passport_status),
    CaseField("national_id", "national identity number (NIK, CNIC, NRC, 身份证号)", _set_national_id),
    CaseField("father", "father's name", lambda s, v: setattr(s, "father_name", _text(v))),
    CaseField("mother", "mother's name", lambda s, v: setattr(s, "mother_name", _text(v))),
    CaseField("last_address", "last address in Cambodia (not where the person was held)",
              lambda s, v: setattr(s, "last_address_cambodia", _text(v))),
    CaseField("languages", "ISO 639 language codes, a list or separated by commas",
              lambda s, v: setattr(s, "languages", _texts(v))),
    CaseField("admission_date", "date admitted to the shelter, YYYY-MM-DD", _set_admission),
    CaseField("status", "one of " + ", ".join(e.value for e in CaseStatus),
              lambda s, v: setattr(s, "status", _choice(CaseStatus)(v))),
)
FIELD_NAMES = tuple(f.name for f in CASE_FIELDS)


def survivor_from_fields(values: Mapping[str, object]) -> Survivor:
    """A new case from field name → value; unknown names and unreadable values are refused, all at once."""
    by_name = {f.name: f for f in CASE_FIELDS}
    errors = {name: f"not a case field (the fields are: {', '.join(FIELD_NAMES)})"
              for name in values if name not in by_name}
    survivor = Survivor()
    for name, value in values.items():
        if name in by_name and value is not None:
            try:
                by_name[name].apply(survivor, value)
            except ValueError as e:
                errors[name] = str(e)
    if errors:
        raise ValidationError(errors)
    issuer = next((c for c in survivor.nationalities if len(c) == 2), "")
    for doc in survivor.documents:
        doc.issuing_country = doc.issuing_country or issuer
    return survivor
