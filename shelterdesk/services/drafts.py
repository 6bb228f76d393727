"""Unsaved form edits kept inside the (encrypted) vault when it locks, returned at the next unlock.

A form that has unsaved changes when the vault auto-locks calls `keep()`; the
text goes into the vault, never to a temp file. After unlocking, the form
calls `take()` to restore it and let the person save or discard.
"""

from __future__ import annotations

import json

from .session import Session


class DraftService:
    def __init__(self, session: Session):
        self.s = session

    def keep(self, key: str, payload: dict) -> None:
        with self.s.vault.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO drafts (owner, key, payload, saved_at) VALUES (?,?,?,?)",
                (self.s.actor.username, key, json.dumps(payload, ensure_ascii=False), self.s.clock.now().isoformat()),
            )

    def take(self, key: str) -> dict | None:
        """The kept draft for `key` (and forget it), or None."""
        conn = self.s.conn
        row = conn.execute("SELECT payload FROM drafts WHERE owner = ? AND key = ?",
                           (self.s.actor.username, key)).fetchone()
        if row is None:
            return None
        with self.s.vault.write() as wconn:
            wconn.execute("DELETE FROM drafts WHERE owner = ? AND key = ?", (self.s.actor.username, key))
        return json.loads(row[0])

    def keys(self) -> list[str]:
        return [r[0] for r in self.s.conn.execute(
            "SELECT key FROM drafts WHERE owner = ? ORDER BY saved_at", (self.s.actor.username,))]
