"""What a letter or export may disclose about a survivor, and what each consent kind allows by default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .enums import ConsentKind, DocumentType
from .models import STATELESS, UNKNOWN_NATIONALITY, IdentityDocument, Survivor
from .validation import country_name, language_name


def _passport(s: Survivor) -> IdentityDocument | None:
    return next((d for d in s.documents if d.doc_type == DocumentType.PASSPORT), None)


def _doc(s: Survivor, attr: str) -> str:
    doc = _passport(s)
    if doc is None:
        return ""
    value = getattr(doc, attr)
    if attr == "issuing_country" and value:
        return country_name(value)
    return "" if value is None else str(value)


def _document_status(s: Survivor) -> str:
    """The passport's status; with no passport on record, an explicit "No passport"."""
    doc = _passport(s)
    return "No passport" if doc is None else _words(doc.status.value).capitalize()


def document_status_terms(s: Survivor) -> tuple[str, ...]:
    """The letter wording (labels.toml [term.*]) for the passport's status."""
    doc = _passport(s)
    return ("document_status_no_passport",) if doc is None else (f"document_status_{doc.status.value}",)


def _nationality_term(code: str) -> str:
    return f"nationality_{code}" if code in (STATELESS, UNKNOWN_NATIONALITY) else f"country:{code}"


def _national_id(s: Survivor) -> str:
    """National identity numbers (NIK, CNIC, NRC, 身份证号…), with the issuing country if known."""
    return ", ".join(
        d.number + (f" ({country_name(d.issuing_country)})" if d.issuing_country else "")
        for d in s.documents if d.doc_type == DocumentType.NATIONAL_ID and d.number
    )


def _other_documents(s: Survivor) -> str:
    """Documents other than passports and national ID cards: type, number, status."""
    lines = []
    for d in s.documents:
        if d.doc_type in (DocumentType.PASSPORT, DocumentType.NATIONAL_ID):
            continue
        parts = [_words(d.doc_type.value).capitalize(), d.number,
                 country_name(d.issuing_country) if d.issuing_country else "", _words(d.status.value)]
        lines.append(", ".join(p for p in parts if p))
    return "\n".join(lines)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    value: Callable[[Survivor], str]  # in English, as the picker and the register show it
    sensitive: bool = False  # trafficking details: never pre-selected
    # A value from a fixed vocabulary: its wording keys in resources/letters/labels.toml
    # ([term.*]), so a letter prints it in each of its languages.
    terms: Callable[[Survivor], tuple[str, ...]] | None = None
    # A [term.*] key a letter prints in brackets after the value ("estimated").
    qualifier: Callable[[Survivor], str] | None = None


def _d(value) -> str:
    return value.isoformat() if value else ""


def _words(value: str) -> str:
    return value.replace("_", " ")


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("preferred_name", "Preferred name", lambda s: s.preferred_name),
    FieldSpec("aliases", "Other names used", lambda s: ", ".join(s.aliases)),
    FieldSpec("date_of_birth", "Date of birth",
              lambda s: _d(s.date_of_birth),
              qualifier=lambda s: "estimated" if s.date_of_birth and s.dob_estimated else ""),
    FieldSpec("estimated_age", "Estimated age",
              lambda s: "" if s.date_of_birth or s.estimated_age is None else str(s.estimated_age)),
    FieldSpec("place_of_birth", "Place of birth", lambda s: s.place_of_birth),
    FieldSpec("father_name", "Father's name", lambda s: s.father_name),
    FieldSpec("mother_name", "Mother's name", lambda s: s.mother_name),
    FieldSpec("sex", "Sex", lambda s: "" if s.sex == "unknown" else s.sex.value.capitalize(),
              terms=lambda s: () if s.sex == "unknown" else (f"sex_{s.sex.value}",)),
    FieldSpec("gender", "Gender", lambda s: s.gender),
    FieldSpec("nationality", "Nationality", lambda s: ", ".join(country_name(c) for c in s.nationalities),
              terms=lambda s: tuple(_nationality_term(c) for c in s.nationalities)),
    FieldSpec("languages", "Languages", lambda s: ", ".join(language_name(c) for c in s.languages),
              terms=lambda s: tuple(f"language:{c}" for c in s.languages)),
    FieldSpec("interpreter_needed", "Interpreter needed", lambda s: "Yes" if s.interpreter_needed else "",
              terms=lambda s: ("yes",) if s.interpreter_needed else ()),
    FieldSpec("passport_number", "Passport number", lambda s: _doc(s, "number")),
    FieldSpec("passport_issuing_country", "Passport issued by", lambda s: _doc(s, "issuing_country")),
    FieldSpec("passport_expiry", "Passport expiry", lambda s: _doc(s, "expiry")),
    FieldSpec("document_status", "Passport status", _document_status, terms=document_status_terms),
    FieldSpec("national_id_number", "National identity number", _national_id),
    FieldSpec("identity_documents", "Other identity documents", _other_documents),
    FieldSpec("entry_date", "Date of entry to Cambodia", lambda s: _d(s.immigration.entry_date)),
    FieldSpec("visa_status", "Visa", lambda s: s.immigration.visa_type),
    FieldSpec("overstay_days", "Overstay (days)",
              lambda s: str(s.immigration.overstay_days) if s.immigration.overstay_days else ""),
    FieldSpec("overstay_fine", "Overstay fine", lambda s: s.immigration.overstay_fine),
    FieldSpec("exit_permit_status", "Exit permit",
              lambda s: "" if s.immigration.exit_permit_status == "not_started"
              else _words(s.immigration.exit_permit_status.value).capitalize(),
              terms=lambda s: () if s.immigration.exit_permit_status == "not_started"
              else (f"exit_permit_{s.immigration.exit_permit_status.value}",)),
    FieldSpec("embassy_case_number", "Embassy case number", lambda s: s.embassy_case_number),
    FieldSpec("travel_document_status", "Travel document",
              lambda s: "" if s.travel_document_status in ("not_started", "not_needed")
              else _words(s.travel_document_status.value).capitalize(),
              terms=lambda s: () if s.travel_document_status in ("not_started", "not_needed")
              else (f"travel_document_{s.travel_document_status.value}",)),
    FieldSpec("last_address_cambodia", "Last address in Cambodia", lambda s: s.last_address_cambodia),
    FieldSpec("admission_date", "Admitted to the shelter", lambda s: _d(s.stay.admission_date)),
    FieldSpec("destination", "Intended destination", lambda s: s.stay.discharge_destination),
    FieldSpec("home_address", "Home address", lambda s: s.home_address, sensitive=True),
    FieldSpec("next_of_kin", "Next of kin",
              lambda s: " — ".join(p for p in (s.next_of_kin.name, s.next_of_kin.relation, s.next_of_kin.phone) if p)
              if s.next_of_kin.safe_to_contact else "", sensitive=True),
    FieldSpec("referred_by", "Referred to the shelter by", lambda s: s.trafficking.referred_in_by, sensitive=True),
    FieldSpec("exploitation_type", "Form of exploitation",
              lambda s: ", ".join(_words(e.value) for e in s.trafficking.exploitation_types), sensitive=True,
              terms=lambda s: tuple(f"exploitation_{e.value}" for e in s.trafficking.exploitation_types)),
    FieldSpec("recruitment_channel", "Recruitment",
              lambda s: " via ".join(p for p in (s.trafficking.recruitment_channel, s.trafficking.recruitment_platform)
                                     if p), sensitive=True),
    FieldSpec("compound_location", "Where held", lambda s: s.trafficking.compound_location, sensitive=True),
    FieldSpec("exploitation_period", "Period held",
              lambda s: " – ".join(p for p in (_d(s.trafficking.held_from), _d(s.trafficking.held_until)) if p),
              sensitive=True),
    FieldSpec("means_of_control", "Means of control", lambda s: ", ".join(s.trafficking.means_of_control),
              sensitive=True),
    FieldSpec("how_left", "How they left", lambda s: s.trafficking.how_left, sensitive=True),
    FieldSpec("trafficking_indicators", "Indicators of trafficking",
              lambda s: "\n".join(_words(i.value).capitalize() for i in s.trafficking.indicators), sensitive=True,
              terms=lambda s: tuple(f"indicator_{i.value}" for i in s.trafficking.indicators)),
    FieldSpec("police_report", "Police report", lambda s: s.trafficking.police_report, sensitive=True),
    FieldSpec("fit_to_fly", "Fit to fly", lambda s: s.fit_to_fly, sensitive=True),
    FieldSpec("medical_notes", "Medical notes", lambda s: s.medical_notes, sensitive=True),
    FieldSpec("vulnerability", "Vulnerabilities", lambda s: ", ".join(v.value for v in s.vulnerabilities),
              sensitive=True, terms=lambda s: tuple(f"vulnerability_{v.value}" for v in s.vulnerabilities)),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}

# Fields a consent of each kind allows (the person may narrow this when consenting).
_IDENTITY = frozenset({
    "preferred_name", "aliases", "date_of_birth", "estimated_age", "place_of_birth", "father_name", "mother_name",
    "sex", "gender", "nationality", "languages", "interpreter_needed", "passport_number", "passport_issuing_country",
    "passport_expiry", "document_status", "national_id_number", "identity_documents",
})
_IMMIGRATION = frozenset({
    "entry_date", "visa_status", "overstay_days", "overstay_fine", "exit_permit_status", "embassy_case_number",
    "travel_document_status", "last_address_cambodia", "admission_date", "destination",
})
ALLOWED_BY_CONSENT: dict[ConsentKind, frozenset[str]] = {
    ConsentKind.EMBASSY: _IDENTITY | _IMMIGRATION | {"home_address", "next_of_kin", "vulnerability", "fit_to_fly",
                                                     "medical_notes"},
    ConsentKind.AGENCY: frozenset(FIELD_BY_KEY),
    ConsentKind.POLICE: frozenset(FIELD_BY_KEY),
    ConsentKind.PROVIDER: frozenset({"preferred_name", "date_of_birth", "estimated_age", "sex", "gender",
                                     "nationality", "languages", "interpreter_needed", "admission_date",
                                     "vulnerability", "fit_to_fly", "medical_notes"}),
    ConsentKind.STATISTICS: frozenset(),
    ConsentKind.TRANSFER: frozenset(FIELD_BY_KEY),  # the receiving shelter takes over the whole case
}


def disclosable(survivor: Survivor, kind: ConsentKind, picked: list[str] | None = None) -> list[tuple[str, str]]:
    """(key, value) pairs a letter may carry: allowed by the consent kind, picked, and not empty."""
    allowed = ALLOWED_BY_CONSENT[kind]
    keys = [f.key for f in FIELDS if f.key in allowed] if picked is None else [k for k in picked if k in allowed]
    out = []
    for key in keys:
        value = FIELD_BY_KEY[key].value(survivor)
        if value:
            out.append((key, value))
    return out


def default_picked(kind: ConsentKind) -> list[str]:
    """Fields pre-selected in the picker: allowed and not sensitive."""
    return [f.key for f in FIELDS if f.key in ALLOWED_BY_CONSENT[kind] and not f.sensitive]
