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


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("date_of_birth", "Date of birth",
              lambda s: (s.date_of_birth.isoformat() + (" (estimated)" if s.dob_estimated else ""))
              if s.date_of_birth else (f"about {s.estimated_age} years" if s.estimated_age else "")),
    FieldSpec("sex", "Sex", lambda s: "" if s.sex == "unknown" else s.sex.value),
    FieldSpec("nationality", "Nationality", lambda s: ", ".join(country_name(c) for c in s.nationalities)),
    FieldSpec("languages", "Languages", lambda s: ", ".join(language_name(c) for c in s.languages)),
    FieldSpec("passport_number", "Passport number", lambda s: _doc(s, "number")),
    FieldSpec("passport_issuer", "Passport issued by", lambda s: _doc(s, "issuing_country")),
    FieldSpec("passport_status", "Passport status", lambda s: _doc(s, "status")),
    FieldSpec("entry_date", "Date of entry to Cambodia",
              lambda s: s.immigration.entry_date.isoformat() if s.immigration.entry_date else ""),
    FieldSpec("overstay", "Overstay",
              lambda s: " ".join(p for p in (
                  f"{s.immigration.overstay_days} days" if s.immigration.overstay_days else "",
                  f"(fine {s.immigration.overstay_fine})" if s.immigration.overstay_fine else "") if p)),
    FieldSpec("embassy_case_number", "Embassy case number", lambda s: s.embassy_case_number),
    FieldSpec("home_address", "Home address", lambda s: s.home_address, sensitive=True),
    FieldSpec("next_of_kin", "Next of kin",
              lambda s: " — ".join(p for p in (s.next_of_kin.name, s.next_of_kin.relation, s.next_of_kin.phone) if p)
              if s.next_of_kin.safe_to_contact else "", sensitive=True),
    FieldSpec("admission_date", "Admitted to the shelter",
              lambda s: s.stay.admission_date.isoformat() if s.stay.admission_date else ""),
    FieldSpec("exploitation", "Form of exploitation",
              lambda s: ", ".join(e.value.replace("_", " ") for e in s.trafficking.exploitation_types), sensitive=True),
    FieldSpec("recruitment", "Recruitment",
              lambda s: " via ".join(p for p in (s.trafficking.recruitment_channel, s.trafficking.recruitment_platform) if p),
              sensitive=True),
    FieldSpec("compound_location", "Where held", lambda s: s.trafficking.compound_location, sensitive=True),
    FieldSpec("means_of_control", "Means of control", lambda s: ", ".join(s.trafficking.means_of_control), sensitive=True),
    FieldSpec("vulnerabilities", "Vulnerabilities", lambda s: ", ".join(v.value for v in s.vulnerabilities), sensitive=True),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}

# Fields a consent of each kind allows (the person may narrow this when consenting).
ALLOWED_BY_CONSENT: dict[ConsentKind, frozenset[str]] = {
    ConsentKind.EMBASSY: frozenset({
        "date_of_birth", "sex", "nationality", "languages", "passport_number", "passport_issuer",
        "passport_status", "entry_date", "overstay", "embassy_case_number", "home_address", "next_of_kin",
        "admission_date", "vulnerabilities",
    }),
    ConsentKind.AGENCY: frozenset(FIELD_BY_KEY),
    ConsentKind.POLICE: frozenset(FIELD_BY_KEY),
    ConsentKind.PROVIDER: frozenset({"date_of_birth", "sex", "nationality", "languages", "admission_date",
                                     "vulnerabilities"}),
    ConsentKind.STATISTICS: frozenset(),
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
