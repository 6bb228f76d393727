"""Staff members (their key slots live in the key-slot file, not here)."""

from __future__ import annotations

from datetime import datetime

from ...domain.enums import Role
from ...domain.errors import NotFound
from ...domain.messages import msg
from ...domain.models import StaffMember

_COLS = "id, username, display_name, role, disabled, must_change_passphrase, phone, email, title"


def _staff(r) -> StaffMember:
    return StaffMember(id=r[0], username=r[1], display_name=r[2], role=Role(r[3]), disabled=bool(r[4]),
                       must_change_passphrase=bool(r[5]), phone=r[6], email=r[7], title=r[8])


def insert(conn, m: StaffMember, now: datetime) -> StaffMember:
    cur = conn.execute(
        "INSERT INTO staff (username, display_name, role, disabled, must_change_passphrase, phone, email, title, "
        "created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (m.username, m.display_name, m.role.value, int(m.disabled), int(m.must_change_passphrase), m.phone,
         m.email, m.title, now.isoformat()),
    )
    m.id = cur.lastrowid
    return m


def update(conn, m: StaffMember) -> StaffMember:
    conn.execute(
        "UPDATE staff SET display_name=?, role=?, disabled=?, must_change_passphrase=?, phone=?, email=?, title=? "
        "WHERE username=?",
        (m.display_name, m.role.value, int(m.disabled), int(m.must_change_passphrase), m.phone, m.email, m.title,
         m.username),
    )
    return m


def delete(conn, username: str) -> None:
    conn.execute("DELETE FROM staff WHERE username = ?", (username,))


def get(conn, username: str) -> StaffMember:
    row = conn.execute(f"SELECT {_COLS} FROM staff WHERE username = ?", (username,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no staff member “{username}”.", username=username))
    return _staff(row)


def list_all(conn) -> list[StaffMember]:
    return [_staff(r) for r in conn.execute(f"SELECT {_COLS} FROM staff ORDER BY username")]
