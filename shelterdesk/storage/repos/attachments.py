"""Attachments: the cleaned bytes of each file live in the encrypted vault, never on disk."""

from __future__ import annotations

from datetime import datetime

from ...domain.attachments import Attachment, AttachmentKind, MediaType
from ...domain.errors import NotFound
from ...domain.messages import msg

_COLUMNS = "id, survivor_id, kind, name, media_type, size, sha256, added_by, added_at"


def _attachment(r: tuple) -> Attachment:
    return Attachment(id=r[0], survivor_id=r[1], kind=AttachmentKind(r[2]), name=r[3], media_type=MediaType(r[4]),
                      size=r[5], sha256=r[6], added_by=r[7], added_at=datetime.fromisoformat(r[8]))


def insert(conn, survivor_id: int, kind: AttachmentKind, name: str, media_type: MediaType, content: bytes,
           sha256: str, added_by: str, now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO attachments (survivor_id, kind, name, media_type, size, sha256, content, added_by, added_at) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        (survivor_id, kind.value, name, media_type.value, len(content), sha256, content, added_by, now.isoformat()))
    return cur.lastrowid


def get(conn, attachment_id: int) -> Attachment:
    row = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no such attachment (it may have been removed)."))
    return _attachment(row)


def content(conn, attachment_id: int) -> bytes:
    row = conn.execute("SELECT content FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFound(msg("Records", "There is no such attachment (it may have been removed)."))
    return bytes(row[0])


def for_survivor(conn, survivor_id: int) -> list[Attachment]:
    return [_attachment(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE survivor_id = ? ORDER BY id", (survivor_id,))]


def delete(conn, attachment_id: int) -> None:
    conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
