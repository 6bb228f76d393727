"""The agency directory."""

from __future__ import annotations

import json

from ...domain.enums import AgencyKind
from ...domain.errors import NotFound
from ...domain.messages import msg
from ...domain.models import Agency
from .rows import dumps

_COLS = "id, kind, name, nationalities, address, contact_person, phone, email, letter_language, notes"


def _agency(r) -> Agency:
    return Agency(id=r[0], kind=AgencyKind(r[1]), name=r[2], nationalities=json.loads(r[3]), address=r[4],
                  contact_person=r[5], phone=r[6], email=r[7], letter_language=r[8], notes=r[9])


def _values(a: Agency) -> tuple:
    return (a.kind.value, a.name, dumps(a.nationalities), a.address, a.contact_person, a.phone, a.email,
            a.letter_language, a.notes)


def _nationalities(conn, a: Agency) -> None:
    conn.execute("DELETE FROM agency_nationalities WHERE agency_id = ?", (a.id,))
    conn.executemany("INSERT OR IGNORE INTO agency_nationalities (agency_id, code) VALUES (?, ?)",
                     [(a.id, c) for c in a.nationalities])


def insert(conn, a: Agency) -> Agency:
    cur = conn.execute(
        "INSERT INTO agencies (kind, name, nationalities, address, contact_person, phone, email, "
        "letter_language, notes) VALUES (?,?,?,?,?,?,?,?,?)", _values(a))
    a.id = cur.lastrowid
    _nationalities(conn, a)
    return a


def update(conn, a: Agency) -> Agency:
    conn.execute(
        "UPDATE agencies SET kind=?, name=?, nationalities=?, address=?, contact_person=?, phone=?, email=?, "
        "letter_language=?, notes=? WHERE id=?", (*_values(a), a.id))
    _nationalities(conn, a)
    return a


def delete(conn, agency_id: int) -> None:
    conn.execute("DELETE FROM agencies WHERE id = ?", (agency_id,))


def in_use(conn, agency_id: int) -> bool:
    return conn.execute("SELECT 1 FROM referrals WHERE agency_id = ? LIMIT 1", (agency_id,)).fetchone() is not None


def get(conn, agency_id: int) -> Agency:
    row = conn.execute(f"SELECT {_COLS} FROM agencies WHERE id = ?", (agency_id,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no agency number {number}.", number=agency_id))
    return _agency(row)


def list_all(conn, kind: str | None = None, nationality: str | None = None) -> list[Agency]:
    sql, args = f"SELECT {_COLS} FROM agencies a WHERE 1", []
    if kind:
        sql += " AND kind = ?"
        args.append(kind)
    if nationality:
        sql += " AND id IN (SELECT agency_id FROM agency_nationalities WHERE code = ?)"
        args.append(nationality)
    return [_agency(r) for r in conn.execute(sql + " ORDER BY kind, name", args)]
