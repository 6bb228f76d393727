"""The dashboard's figures as grouped counts (each one indexed query, never a row per person)."""

from __future__ import annotations

from datetime import date

from ...domain.enums import ACTIVE_CASE_STATUSES, OPEN_NEED_STATUSES, WAITING_REFERRAL_STATUSES
from .rows import placeholders

_ACTIVE = tuple(s.value for s in ACTIVE_CASE_STATUSES)
_OPEN = tuple(s.value for s in OPEN_NEED_STATUSES)
_WAITING = tuple(s.value for s in WAITING_REFERRAL_STATUSES)
DISCHARGE = "json_extract(data, '$.stay.discharge_date')"


def active_by_status(conn) -> list[tuple[str, int]]:
    return conn.execute(f"SELECT status, count(*) FROM survivors WHERE status IN ({placeholders(len(_ACTIVE))}) "
                        "GROUP BY status", _ACTIVE).fetchall()


def active_by_nationality(conn) -> list[tuple[str, int]]:
    return conn.execute(
        "SELECT n.code, count(*) FROM survivor_nationalities n JOIN survivors s ON s.id = n.survivor_id "
        f"WHERE s.status IN ({placeholders(len(_ACTIVE))}) GROUP BY n.code", _ACTIVE).fetchall()


def waiting_by_agency(conn, today: date, bounds: tuple[int, ...]) -> list[tuple[int, str, str, int, int]]:
    """(agency id, name, kind, wait bucket, referrals): bucket i counts waits below bounds[i], the last the rest."""
    days = "julianday(?) - julianday(coalesce(r.sent_on, substr(r.created_at, 1, 10)))"
    bucket = "CASE " + " ".join(f"WHEN {days} < {b} THEN {i}" for i, b in enumerate(bounds)) + f" ELSE {len(bounds)} END"
    args = [today.isoformat()] * len(bounds)
    return conn.execute(
        f"SELECT a.id, a.name, a.kind, {bucket} AS b, count(*) FROM referrals r JOIN agencies a ON a.id = r.agency_id "
        f"WHERE r.status IN ({placeholders(len(_WAITING))}) GROUP BY a.id, b", (*args, *_WAITING)).fetchall()


def follow_ups(conn, today: date, week_end: date) -> tuple[int, int]:
    """(overdue referrals, referral follow-ups due from today to week_end)."""
    row = conn.execute(
        "SELECT sum(follow_up_due < ?), sum(follow_up_due BETWEEN ? AND ?) FROM referrals "
        f"WHERE status IN ({placeholders(len(_WAITING))}) AND follow_up_due IS NOT NULL",
        (today.isoformat(), today.isoformat(), week_end.isoformat(), *_WAITING)).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def open_needs(conn) -> list[tuple[str, str, int]]:
    return conn.execute(f"SELECT category, priority, count(*) FROM needs WHERE status IN ({placeholders(len(_OPEN))}) "
                        "GROUP BY category, priority", _OPEN).fetchall()


def admissions_by_month(conn, since: date) -> list[tuple[str, int]]:
    return conn.execute("SELECT substr(admission_date, 1, 7), count(*) FROM survivors WHERE admission_date >= ? "
                        "GROUP BY 1", (since.isoformat(),)).fetchall()


def departures_by_month(conn, since: date) -> list[tuple[str, int]]:
    # Only people no longer active can have left; the status index narrows the JSON reads to them.
    return conn.execute(
        f"SELECT substr({DISCHARGE}, 1, 7) AS m, count(*) FROM survivors "
        f"WHERE status NOT IN ({placeholders(len(_ACTIVE))}) AND {DISCHARGE} >= ? GROUP BY m",
        (*_ACTIVE, since.isoformat())).fetchall()
