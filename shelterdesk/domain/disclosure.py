"""What a letter or export may disclose about a survivor, and what each consent kind allows by default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .enums import ConsentKind
from .models import Survivor
from .validation import country_name, language_name


def _doc(s: Survivor, attr: str) -> str:
    doc = next((d for d in s.documents if d.doc_type == "passport"), s.documents[0] if s.documents else None)
    if doc is None:
        return ""
    value = getattr(doc, attr)
    if attr == "issuing_country" and value:
        return country_name(value)
    return "" if value is None else str(value).replace("_", " ")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    value: Callable[[Survivor], str]
    sensitive: bool = False  # trafficking details: never pre-selected


def _d(value) -> str:
    return value.isoformat() if value else ""


def _words(value: str) -> str:
    return value.replace("_", " ")


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("preferred_name", "Preferred name", lambda s: s.preferred_name),
    FieldSpec("aliases", "Other names used", lambda s: ", ".join(s.aliases)),
    FieldSpec("date_of_birth", "Date of birth",
              lambda s: _d(s.date_of_birth) + (" (estimated)" if s.date_of_birth and s.dob_estimated else "")),
    FieldSpec("estimated_age", "Estimated age",
              lambda s: "" if s.date_of_birth or s.estimated_age is None else str(s.estimated_age)),
    FieldSpec("place_of_birth", "Place of birth", lambda s: s.place_of_birth),
    FieldSpec("sex", "Sex", lambda s: "" if s.sex == "unknown" else s.sex.value),
    FieldSpec("gender", "Gender", lambda s: s.gender),
    FieldSpec("nationality", "Nationality", lambda s: ", ".join(country_name(c) for c in s.nationalities)),
    FieldSpec("languages", "Languages", lambda s: ", ".join(language_name(c) for c in s.languages)),
    FieldSpec("interpreter_needed", "Interpreter needed", lambda s: "yes" if s.interpreter_needed else ""),
    FieldSpec("passport_number", "Passport number", lambda s: _doc(s, "number")),
    FieldSpec("passport_issuing_country", "Passport issued by", lambda s: _doc(s, "issuing_country")),
    FieldSpec("passport_expiry", "Passport expiry", lambda s: _doc(s, "expiry")),
    FieldSpec("document_status", "Passport status", lambda s: _doc(s, "status")),
    FieldSpec("entry_date", "Date of entry to Cambodia", lambda s: _d(s.immigration.entry_date)),
    FieldSpec("visa_status", "Visa", lambda s: s.immigration.visa_type),
    FieldSpec("overstay_days", "Overstay (days)",
              lambda s: str(s.immigration.overstay_days) if s.immigration.overstay_days else ""),
    FieldSpec("overstay_fine", "Overstay fine", lambda s: s.immigration.overstay_fine),
    FieldSpec("exit_permit_status", "Exit permit",
              lambda s: "" if s.immigration.exit_permit_status == "not_started"
              else _words(s.immigration.exit_permit_status.value)),
    FieldSpec("embassy_case_number", "Embassy case number", lambda s: s.embassy_case_number),
    FieldSpec("travel_document_status", "Travel document",
              lambda s: "" if s.travel_document_status in ("not_started", "not_needed")
              else _words(s.travel_document_status.value)),
    FieldSpec("admission_date", "Admitted to the shelter", lambda s: _d(s.stay.admission_date)),
    FieldSpec("destination", "Intended destination", lambda s: s.stay.discharge_destination),
    FieldSpec("home_address", "Home address", lambda s: s.home_address, sensitive=True),
    FieldSpec("next_of_kin", "Next of kin",
              lambda s: " — ".join(p for p in (s.next_of_kin.name, s.next_of_kin.relation, s.next_of_kin.phone) if p)
              if s.next_of_kin.safe_to_contact else "", sensitive=True),
    FieldSpec("referred_by", "Referred to the shelter by", lambda s: s.trafficking.referred_in_by, sensitive=True),
    FieldSpec("exploitation_type", "Form of exploitation",
              lambda s: ", ".join(_words(e.value) for e in s.trafficking.exploitation_types), sensitive=True),
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
              lambda s: "\n".join(_words(i.value).capitalize() for i in s.trafficking.indicators), sensitive=True),
    FieldSpec("police_report", "Police report", lambda s: s.trafficking.police_report, sensitive=True),
    FieldSpec("fit_to_fly", "Fit to fly", lambda s: s.fit_to_fly, sensitive=True),
    FieldSpec("medical_notes", "Medical notes", lambda s: s.medical_notes, sensitive=True),
    FieldSpec("vulnerability", "Vulnerabilities", lambda s: ", ".join(v.value for v in s.vulnerabilities),
              sensitive=True),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}

# Fields a consent of each kind allows (the person may narrow this when consenting).
_IDENTITY = frozenset({
    "preferred_name", "aliases", "date_of_birth", "estimated_age", "place_of_birth", "sex", "gender", "nationality", "languages",
    "interpreter_needed", "passport_number", "passport_issuing_country", "passport_expiry", "document_status",
})
_IMMIGRATION = frozenset({
    "entry_date", "visa_status", "overstay_days", "overstay_fine", "exit_permit_status", "embassy_case_number",
    "travel_document_status", "admission_date", "destination",
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
