"""The retention rule: what an anonymised case keeps, and when a closed case is due.

Anonymising keeps what statistics read (nationality, sex, year of birth or
estimated age, exploitation type, admission and discharge month, status,
needs and referral kinds with their outcomes, consent for statistics) and
nothing that points to the person.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from .messages import msg
from .models import ShelterStay, Survivor, TraffickingProfile

SUGGESTED_MONTHS = 24
MAX_MONTHS = 600


@dataclass(frozen=True)
class RetentionCandidate:
    """One case the policy would anonymise, and what would change."""

    survivor_id: int
    case_number: str
    closed_on: date
    changes: list[str] = field(default_factory=list)


def months_before(day: date, months: int) -> date:
    """`day` moved back by whole months (the 31st becomes the month's last day)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def anonymous_case_number(survivor_id: int) -> str:
    return f"ANON-{survivor_id:06d}"


def _month(value: date | None) -> date | None:
    return value.replace(day=1) if value else None


def anonymised(s: Survivor) -> Survivor:
    """A copy of `s` with only the statistical fields (id and version kept, so it updates the same row)."""
    return Survivor(
        sex=s.sex,
        date_of_birth=date(s.date_of_birth.year, 1, 1) if s.date_of_birth else None,
        dob_estimated=s.dob_estimated or s.date_of_birth is not None,
        estimated_age=s.estimated_age,
        nationalities=list(s.nationalities),
        trafficking=TraffickingProfile(exploitation_types=list(s.trafficking.exploitation_types)),
        stay=ShelterStay(admission_date=_month(s.stay.admission_date), discharge_date=_month(s.stay.discharge_date)),
        status=s.status,
        id=s.id, case_number=anonymous_case_number(s.id or 0), version=s.version,
        created_at=s.created_at, updated_at=s.updated_at,
    )


def what_changes(counts: dict[str, int]) -> list[str]:
    """Plain words for the preview: what anonymising this case removes."""
    changes: list[str] = [msg("Retention", "names, identity documents, contacts, addresses, next of kin, notes and "
                              "trafficking details removed; case number replaced; birth date kept as its year; "
                              "admission and discharge kept as their month")]
    if counts.get("letters"):
        changes.append(msg("Retention", "{count} letter(s) deleted", count=counts["letters"]))
    if counts.get("attachments"):
        changes.append(msg("Retention", "{count} attachment(s) deleted", count=counts["attachments"]))
    if counts.get("needs") or counts.get("referrals"):
        changes.append(msg("Retention", "descriptions and outcome notes of needs and referrals cleared (kinds and "
                           "states kept)"))
    if counts.get("consents"):
        changes.append(msg("Retention", "consents other than for statistics deleted"))
    return changes
