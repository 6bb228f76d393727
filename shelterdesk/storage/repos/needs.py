"""Needs of a survivor."""

from __future__ import annotations

from datetime import datetime

from ...domain.enums import NeedCategory, NeedPriority, NeedStatus
from ...domain.errors import NotFound
from ...domain.messages import msg
from ...domain.models import Need
from .rows import d2s, s2d, s2dt

_COLS = "id, survivor_id, category, priority, status, description, responsible, due_date, outcome, created_at, updated_at"


def _need(r) -> Need:
    return Need(id=r[0], survivor_id=r[1], category=NeedCategory(r[2]), priority=NeedPriority(r[3]),
                status=NeedStatus(r[4]), description=r[5], responsible=r[6], due_date=s2d(r[7]),
                outcome=r[8], created_at=s2dt(r[9]), updated_at=s2dt(r[10]))


def insert(conn, n: Need, now: datetime) -> Need:
    cur = conn.execute(
        "INSERT INTO needs (survivor_id, category, priority, status, description, responsible, due_date, "
        "outcome, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (n.survivor_id, n.category.value, n.priority.value, n.status.value, n.description, n.responsible,
         d2s(n.due_date), n.outcome, now.isoformat(), now.isoformat()),
    )
    n.id, n.created_at, n.updated_at = cur.lastrowid, now, now
    return n


def update(conn, n: Need, now: datetime) -> Need:
    conn.execute(
        "UPDATE needs SET category=?, priority=?, status=?, description=?, responsible=?, due_date=?, "
        "outcome=?, updated_at=? WHERE id=?",
        (n.category.value, n.priority.value, n.status.value, n.description, n.responsible,
         d2s(n.due_date), n.outcome, now.isoformat(), n.id),
    )
    n.updated_at = now
    return n


def get(conn, need_id: int) -> Need:
    row = conn.execute(f"SELECT {_COLS} FROM needs WHERE id = ?", (need_id,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no need number {number}.", number=need_id))
    return _need(row)


def for_survivor(conn, survivor_id: int) -> list[Need]:
    return [_need(r) for r in conn.execute(
        f"SELECT {_COLS} FROM needs WHERE survivor_id = ? ORDER BY id", (survivor_id,))]
