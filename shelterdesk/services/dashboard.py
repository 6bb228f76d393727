"""The shelter at a glance: who is here, who waits on which agency and for how long, what is due.

Figures only (no names), from grouped counts in the vault; any unlocked staff member may see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.enums import AgencyKind, CaseStatus, NeedCategory, NeedPriority
from ..storage.repos import dashboard as repo
from .referrals import this_week
from .session import Session

# Figures come from tallies the vault keeps in the same transaction as each change (storage/schema.py),
# so the whole dashboard reads a few hundred rows at any size of register.
# Waits are grouped as: under 1 week, 1-2 weeks, 2-4 weeks, 1-2 months, 2 months or more.
WAIT_BOUNDS = (7, 14, 28, 60)
MONTHS_SHOWN = 12


@dataclass(frozen=True)
class AgencyWait:
    agency_id: int
    name: str
    kind: AgencyKind
    buckets: tuple[int, ...]  # referrals per wait band (see WAIT_BOUNDS)

    @property
    def total(self) -> int:
        return sum(self.buckets)


@dataclass
class Dashboard:
    today: date
    by_status: dict[CaseStatus, int] = field(default_factory=dict)
    by_nationality: list[tuple[str, int]] = field(default_factory=list)  # most first
    waiting: list[AgencyWait] = field(default_factory=list)  # longest queue first
    overdue_referrals: int = 0
    due_this_week: int = 0
    open_needs: dict[NeedCategory, dict[NeedPriority, int]] = field(default_factory=dict)
    months: list[str] = field(default_factory=list)  # "YYYY-MM", oldest first
    admissions: list[int] = field(default_factory=list)
    departures: list[int] = field(default_factory=list)

    @property
    def in_shelter(self) -> int:
        return sum(self.by_status.values())

    @property
    def open_need_total(self) -> int:
        return sum(sum(p.values()) for p in self.open_needs.values())


def last_months(today: date, n: int = MONTHS_SHOWN) -> list[str]:
    year, month = today.year, today.month
    out = []
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


class DashboardService:
    def __init__(self, session: Session):
        self.s = session

    def figures(self) -> Dashboard:
        conn = self.s.conn
        today = self.s.clock.today()
        d = Dashboard(today)
        d.by_status = {CaseStatus(s): n for s, n in repo.active_by_status(conn)}
        d.by_nationality = sorted(repo.active_by_nationality(conn), key=lambda p: (-p[1], p[0]))
        waits: dict[int, tuple[str, str, list[int]]] = {}
        for agency_id, name, kind, since, n in repo.waiting_since(conn):
            days = (today - since).days
            bucket = next((i for i, bound in enumerate(WAIT_BOUNDS) if days < bound), len(WAIT_BOUNDS))
            waits.setdefault(agency_id, (name, kind, [0] * (len(WAIT_BOUNDS) + 1)))[2][bucket] += n
        d.waiting = sorted((AgencyWait(i, name, AgencyKind(kind), tuple(b)) for i, (name, kind, b) in waits.items()),
                           key=lambda w: (-w.total, w.name))
        _today, week_end = this_week(today)
        for day, n in repo.follow_ups_by_day(conn):
            if day < today:
                d.overdue_referrals += n
            elif day <= week_end:
                d.due_this_week += n
        for category, priority, n in repo.open_needs(conn):
            d.open_needs.setdefault(NeedCategory(category), {})[NeedPriority(priority)] = n
        d.months = last_months(today)
        admitted = dict(repo.admissions_by_month(conn, d.months[0]))
        left = dict(repo.departures_by_month(conn, d.months[0]))
        d.admissions = [admitted.get(m, 0) for m in d.months]
        d.departures = [left.get(m, 0) for m in d.months]
        return d
