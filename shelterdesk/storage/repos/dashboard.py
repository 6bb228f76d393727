"""The dashboard's figures, read from the tallies the schema's triggers keep (see schema.py, `tally`).

Each read is a handful of rows whatever the size of the register; the days a
referral has waited and whether a follow-up is overdue depend on today, so
those tallies are kept per day and bucketed by the caller.
"""

from __future__ import annotations

from datetime import date

from ...domain.enums import ACTIVE_CASE_STATUSES
from .rows import placeholders

_ACTIVE = tuple(s.value for s in ACTIVE_CASE_STATUSES)


def _rows(conn, name: str) -> list[tuple[str, str, int]]:
    return conn.execute("SELECT k1, k2, n FROM tally WHERE name = ? AND n > 0", (name,)).fetchall()


def active_by_status(conn) -> list[tuple[str, int]]:
    return conn.execute(f"SELECT k1, n FROM tally WHERE name = 'status' AND n > 0 "
                        f"AND k1 IN ({placeholders(len(_ACTIVE))})", _ACTIVE).fetchall()


def active_by_nationality(conn) -> list[tuple[str, int]]:
    return [(code, n) for code, _k2, n in _rows(conn, "nat")]


def waiting_since(conn) -> list[tuple[int, str, str, date, int]]:
    """(agency id, name, kind, day the wait began, waiting referrals)."""
    agencies = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, name, kind FROM agencies")}
    out = []
    for agency_id, day, n in _rows(conn, "wait"):
        name, kind = agencies.get(int(agency_id), ("", ""))
        if name:
            out.append((int(agency_id), name, kind, date.fromisoformat(day), n))
    return out


def follow_ups_by_day(conn) -> list[tuple[date, int]]:
    """Waiting referrals per follow-up day."""
    return [(date.fromisoformat(day), n) for day, _k2, n in _rows(conn, "follow")]


def open_needs(conn) -> list[tuple[str, str, int]]:
    return _rows(conn, "need")


def admissions_by_month(conn, since: str) -> list[tuple[str, int]]:
    return [(m, n) for m, _k2, n in _rows(conn, "admitted") if m >= since]


def departures_by_month(conn, since: str) -> list[tuple[str, int]]:
    return [(m, n) for m, _k2, n in _rows(conn, "left") if m >= since]
