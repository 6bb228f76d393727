"""What a letter or export may disclose about a survivor, and what each consent kind allows by default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .enums import ConsentKind, DocumentType
from .messages import msg
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
    label: str  # a Message: shown in the interface language
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
    FieldSpec("preferred_name", msg("Disclosure", "Preferred name"), lambda s: s.preferred_name),
    FieldSpec("aliases", msg("Disclosure", "Other names used"), lambda s: ", ".join(s.aliases)),
    FieldSpec("date_of_birth", msg("Disclosure", "Date of birth"),
              lambda s: _d(s.date_of_birth),
              qualifier=lambda s: "estimated" if s.date_of_birth and s.dob_estimated else ""),
    FieldSpec("estimated_age", msg("Disclosure", "Estimated age"),
              lambda s: "" if s.date_of_birth or s.estimated_age is None else str(s.estimated_age)),
    FieldSpec("place_of_birth", msg("Disclosure", "Place of birth"), lambda s: s.place_of_birth),
    FieldSpec("father_name", msg("Disclosure", "Father's name"), lambda s: s.father_name),
    FieldSpec("mother_name", msg("Disclosure", "Mother's name"), lambda s: s.mother_name),
    FieldSpec("sex", msg("Disclosure", "Sex"), lambda s: "" if s.sex == "unknown" else s.sex.value.capitalize(),
              terms=lambda s: () if s.sex == "unknown" else (f"sex_{s.sex.value}",)),
    FieldSpec("gender", msg("Disclosure", "Gender"), lambda s: s.gender),
    FieldSpec("nationality", msg("Disclosure", "Nationality"),
              lambda s: ", ".join(country_name(c) for c in s.nationalities),
              terms=lambda s: tuple(_nationality_term(c) for c in s.nationalities)),
    FieldSpec("languages", msg("Disclosure", "Languages"), lambda s: ", ".join(language_name(c) for c in s.languages),
              terms=lambda s: tuple(f"language:{c}" for c in s.languages)),
    FieldSpec("interpreter_needed", msg("Disclosure", "Interpreter needed"),
              lambda s: "Yes" if s.interpreter_needed else "",
              terms=lambda s: ("yes",) if s.interpreter_needed else ()),
    FieldSpec("passport_number", msg("Disclosure", "Passport number"), lambda s: _doc(s, "number")),
    FieldSpec("passport_issuing_country", msg("Disclosure", "Passport issued by"),
              lambda s: _doc(s, "issuing_country")),
    FieldSpec("passport_expiry", msg("Disclosure", "Passport expiry"), lambda s: _doc(s, "expiry")),
    FieldSpec("document_status", msg("Disclosure", "Passport status"), _document_status, terms=document_status_terms),
    FieldSpec("national_id_number", msg("Disclosure", "National identity number"), _national_id),
    FieldSpec("identity_documents", msg("Disclosure", "Other identity documents"), _other_documents),
    FieldSpec("entry_date", msg("Disclosure", "Date of entry to Cambodia"), lambda s: _d(s.immigration.entry_date)),
    FieldSpec("visa_status", msg("Disclosure", "Visa"), lambda s: s.immigration.visa_type),
    FieldSpec("overstay_days", msg("Disclosure", "Overstay (days)"),
              lambda s: str(s.immigration.overstay_days) if s.immigration.overstay_days else ""),
    FieldSpec("overstay_fine", msg("Disclosure", "Overstay fine"), lambda s: s.immigration.overstay_fine),
    FieldSpec("exit_permit_status", msg("Disclosure", "Exit permit"),
              lambda s: "" if s.immigration.exit_permit_status == "not_started"
              else _words(s.immigration.exit_permit_status.value).capitalize(),
              terms=lambda s: () if s.immigration.exit_permit_status == "not_started"
              else (f"exit_permit_{s.immigration.exit_permit_status.value}",)),
    FieldSpec("embassy_case_number", msg("Disclosure", "Embassy case number"), lambda s: s.embassy_case_number),
    FieldSpec("travel_document_status", msg("Disclosure", "Travel document"),
              lambda s: "" if s.travel_document_status in ("not_started", "not_needed")
              else _words(s.travel_document_status.value).capitalize(),
              terms=lambda s: () if s.travel_document_status in ("not_started", "not_needed")
              else (f"travel_document_{s.travel_document_status.value}",)),
    FieldSpec("last_address_cambodia", msg("Disclosure", "Last address in Cambodia"),
              lambda s: s.last_address_cambodia),
    FieldSpec("admission_date", msg("Disclosure", "Admitted to the shelter"), lambda s: _d(s.stay.admission_date)),
    FieldSpec("destination", msg("Disclosure", "Intended destination"), lambda s: s.stay.discharge_destination),
    FieldSpec("home_address", msg("Disclosure", "Home address"), lambda s: s.home_address, sensitive=True),
    FieldSpec("next_of_kin", msg("Disclosure", "Next of kin"),
              lambda s: " — ".join(p for p in (s.next_of_kin.name, s.next_of_kin.relation, s.next_of_kin.phone) if p)
              if s.next_of_kin.safe_to_contact else "", sensitive=True),
    FieldSpec("referred_by", msg("Disclosure", "Referred to the shelter by"), lambda s: s.trafficking.referred_in_by,
              sensitive=True),
    FieldSpec("exploitation_type", msg("Disclosure", "Form of exploitation"),
              lambda s: ", ".join(_words(e.value) for e in s.trafficking.exploitation_types), sensitive=True,
              terms=lambda s: tuple(f"exploitation_{e.value}" for e in s.trafficking.exploitation_types)),
    FieldSpec("recruitment_channel", msg("Disclosure", "Recruitment"),
              lambda s: " via ".join(p for p in (s.trafficking.recruitment_channel, s.trafficking.recruitment_platform)
                                     if p), sensitive=True),
    FieldSpec("compound_location", msg("Disclosure", "Where held"), lambda s: s.trafficking.compound_location,
              sensitive=True),
    FieldSpec("exploitation_period", msg("Disclosure", "Period held"),
              lambda s: " – ".join(p for p in (_d(s.trafficking.held_from), _d(s.trafficking.held_until)) if p),
              sensitive=True),
    FieldSpec("means_of_control", msg("Disclosure", "Means of control"),
              lambda s: ", ".join(s.trafficking.means_of_control),
              sensitive=True),
    FieldSpec("how_left", msg("Disclosure", "How they left"), lambda s: s.trafficking.how_left, sensitive=True),
    FieldSpec("trafficking_indicators", msg("Disclosure", "Indicators of trafficking"),
              lambda s: "\n".join(_words(i.value).capitalize() for i in s.trafficking.indicators), sensitive=True,
              terms=lambda s: tuple(f"indicator_{i.value}" for i in s.trafficking.indicators)),
    FieldSpec("police_report", msg("Disclosure", "Police report"), lambda s: s.trafficking.police_report,
              sensitive=True),
    FieldSpec("fit_to_fly", msg("Disclosure", "Fit to fly"), lambda s: s.fit_to_fly, sensitive=True),
    FieldSpec("medical_notes", msg("Disclosure", "Medical notes"), lambda s: s.medical_notes, sensitive=True),
    FieldSpec("vulnerability", msg("Disclosure", "Vulnerabilities"),
              lambda s: ", ".join(v.value for v in s.vulnerabilities),
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
