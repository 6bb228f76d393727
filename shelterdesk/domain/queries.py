"""Register queries and their result rows: plain values that the UI, services and storage share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .enums import END_OF_STAY_STATUSES, CaseStatus


@dataclass
class CaseQuery:
    """A register filter. Empty fields do not filter."""

    text: str = ""
    statuses: list[CaseStatus] = field(default_factory=list)
    nationality: str = ""
    open_need_category: str = ""  # "" = no filter, "*" = any open need, else a NeedCategory value
    waiting_on_kind: str = ""  # agency kind with a referral still waiting ("*" = any)
    waiting_on_agency: int | None = None
    overdue: bool = False
    admitted_in: str = ""  # "YYYY-MM": admitted to the shelter in that month
    left_in: str = ""  # "YYYY-MM": discharged from the shelter in that month
    sort: str = "case_number"  # case_number | name | status | admission | updated
    descending: bool = False


@dataclass
class CaseSummary:
    id: int
    case_number: str
    family_name: str
    given_names: str
    native_name: str
    nationalities: list[str]
    status: CaseStatus
    admission_date: date | None
    open_needs: int
    waiting_on: str
    next_follow_up: date | None  # None once the stay has ended: nothing is overdue then
    discharge_date: date | None = None

    def days_in_shelter(self, today: date) -> int | None:
        """Days from admission to today, or to discharge once the stay has ended."""
        if self.admission_date is None:
            return None
        if self.status in END_OF_STAY_STATUSES:
            end = self.discharge_date
            return None if end is None else (end - self.admission_date).days
        return (today - self.admission_date).days
