"""Referrals of a survivor to an agency, with the needs they answer."""

from __future__ import annotations

from datetime import date, datetime

from ...domain.enums import (
    ACTIVE_CASE_STATUSES,
    WAITING_REFERRAL_STATUSES,
    ReferralPriority,
    ReferralStatus,
)
from ...domain.errors import NotFound
from ...domain.messages import msg
from ...domain.models import Referral
from .rows import d2s, next_counter, placeholders, s2d, s2dt

_COLS = ("id, reference, survivor_id, agency_id, reason, priority, status, follow_up_due, outcome, consent_id, "
         "override_reason, created_by, created_at, sent_on, acknowledged_on, closed_on")
_WAITING = tuple(s.value for s in WAITING_REFERRAL_STATUSES)
_STAYING = tuple(sorted(s.value for s in ACTIVE_CASE_STATUSES))


def _referral(conn, r) -> Referral:
    ref = Referral(id=r[0], reference=r[1], survivor_id=r[2], agency_id=r[3], reason=r[4],
                   priority=ReferralPriority(r[5]), status=ReferralStatus(r[6]), follow_up_due=s2d(r[7]),
                   outcome=r[8], consent_id=r[9], override_reason=r[10], created_by=r[11],
                   created_at=s2dt(r[12]), sent_on=s2d(r[13]), acknowledged_on=s2d(r[14]), closed_on=s2d(r[15]))
    ref.need_ids = [x[0] for x in conn.execute(
        "SELECT need_id FROM referral_needs WHERE referral_id = ? ORDER BY need_id", (ref.id,))]
    return ref


def _counter(year: int) -> str:
    return f"referral:{year}"


def references_used(conn, year: int) -> int:
    """How many reference numbers `year` has handed out so far."""
    row = conn.execute("SELECT value FROM counters WHERE name = ?", (_counter(year),)).fetchone()
    return int(row[0]) if row else 0


def skip_references(conn, year: int, count: int) -> None:
    """Use up the next `count` reference numbers of `year` (in a transaction that is rolled back, a draft
    letter thereby gets the reference it will have once the letters drafted before it are recorded)."""
    for _ in range(count):
        next_counter(conn, _counter(year))


def insert(conn, r: Referral, now: datetime) -> Referral:
    number = next_counter(conn, _counter(now.year))
    r.reference = f"REF-{now.year}-{number:05d}"
    r.created_at = now
    cur = conn.execute(
        "INSERT INTO referrals (reference, survivor_id, agency_id, reason, priority, status, follow_up_due, "
        "outcome, consent_id, override_reason, created_by, created_at, sent_on, acknowledged_on, closed_on) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (r.reference, r.survivor_id, r.agency_id, r.reason, r.priority.value, r.status.value,
         d2s(r.follow_up_due), r.outcome, r.consent_id, r.override_reason, r.created_by, now.isoformat(),
         d2s(r.sent_on), d2s(r.acknowledged_on), d2s(r.closed_on)),
    )
    r.id = cur.lastrowid
    conn.executemany("INSERT INTO referral_needs (referral_id, need_id) VALUES (?, ?)",
                     [(r.id, n) for n in r.need_ids])
    return r


def update(conn, r: Referral) -> Referral:
    conn.execute(
        "UPDATE referrals SET reason=?, priority=?, status=?, follow_up_due=?, outcome=?, sent_on=?, "
        "acknowledged_on=?, closed_on=? WHERE id=?",
        (r.reason, r.priority.value, r.status.value, d2s(r.follow_up_due), r.outcome, d2s(r.sent_on),
         d2s(r.acknowledged_on), d2s(r.closed_on), r.id),
    )
    return r


def get(conn, referral_id: int) -> Referral:
    row = conn.execute(f"SELECT {_COLS} FROM referrals WHERE id = ?", (referral_id,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no such referral."))
    return _referral(conn, row)


def id_for_reference(conn, reference: str) -> int:
    row = conn.execute("SELECT id FROM referrals WHERE reference = ?", (reference.strip().upper(),)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no referral {reference}.", reference=reference.strip()))
    return row[0]


def for_survivor(conn, survivor_id: int) -> list[Referral]:
    return [_referral(conn, r) for r in conn.execute(
        f"SELECT {_COLS} FROM referrals WHERE survivor_id = ? ORDER BY id", (survivor_id,))]


def overview(conn, statuses: list[str] | None = None, agency_kind: str | None = None,
             today: date | None = None, overdue_only: bool = False,
             due_between: tuple[date, date] | None = None) -> list[tuple]:
    """Rows for the cross-case referrals view: referral, agency, case, waiting days; due_between keeps
    those whose follow-up falls on those days (both included)."""
    statuses = statuses or list(_WAITING)
    sql = (
        "SELECT r.id, r.reference, r.status, r.priority, r.created_at, r.sent_on, r.follow_up_due, "
        "a.id, a.name, a.kind, s.id, s.case_number, s.family_name, s.given_names, s.native_name, s.nationalities, "
        "s.status "
        "FROM referrals r JOIN agencies a ON a.id = r.agency_id JOIN survivors s ON s.id = r.survivor_id "
        f"WHERE r.status IN ({placeholders(len(statuses))})"
    )
    args: list = list(statuses)
    if agency_kind:
        sql += " AND a.kind = ?"
        args.append(agency_kind)
    if overdue_only and today is not None:
        # A referral of someone whose stay has ended is not chased any more.
        sql += f" AND r.follow_up_due < ? AND s.status IN ({placeholders(len(_STAYING))})"
        args.extend([today.isoformat(), *_STAYING])
    if due_between is not None:
        sql += " AND r.follow_up_due BETWEEN ? AND ?"
        args.extend(day.isoformat() for day in due_between)
    sql += " ORDER BY a.name, r.status, COALESCE(r.sent_on, r.created_at)"
    return conn.execute(sql, args).fetchall()
