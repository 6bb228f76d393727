"""Consents a survivor gave (or withdrew) per recipient kind."""

from __future__ import annotations

from datetime import date

from ...domain.enums import ConsentKind
from ...domain.errors import NotFound
from ...domain.messages import msg
from ...domain.models import Consent
from .rows import d2s, s2d

_COLS = "id, survivor_id, kind, given_on, recorded_by, interpreter, expires_on, withdrawn_on, notes"


def _consent(r) -> Consent:
    return Consent(id=r[0], survivor_id=r[1], kind=ConsentKind(r[2]), given_on=date.fromisoformat(r[3]), recorded_by=r[4],
                   interpreter=r[5], expires_on=s2d(r[6]), withdrawn_on=s2d(r[7]), notes=r[8])


def insert(conn, c: Consent) -> Consent:
    cur = conn.execute(
        "INSERT INTO consents (survivor_id, kind, given_on, recorded_by, interpreter, expires_on, withdrawn_on, notes) "
        "VALUES (?,?,?,?,?,?,?,?)",
        (c.survivor_id, c.kind.value, d2s(c.given_on), c.recorded_by, c.interpreter, d2s(c.expires_on),
         d2s(c.withdrawn_on), c.notes),
    )
    c.id = cur.lastrowid
    return c


def set_withdrawn(conn, consent_id: int, on) -> None:
    conn.execute("UPDATE consents SET withdrawn_on = ? WHERE id = ?", (d2s(on), consent_id))


def get(conn, consent_id: int) -> Consent:
    row = conn.execute(f"SELECT {_COLS} FROM consents WHERE id = ?", (consent_id,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no such consent."))
    return _consent(row)


def for_survivor(conn, survivor_id: int) -> list[Consent]:
    return [_consent(r) for r in conn.execute(
        f"SELECT {_COLS} FROM consents WHERE survivor_id = ? ORDER BY given_on, id", (survivor_id,))]
