"""Unsaved form edits kept inside the (encrypted) vault when it locks, returned at the next unlock.

A form that has unsaved changes when the vault auto-locks calls `keep()`; the
text goes into the vault, never to a temp file. After unlocking, the form
calls `take()` to restore it and let the person save or discard.
"""

from __future__ import annotations

from ..storage.repos import drafts as repo
from .session import Session


class DraftService:
    def __init__(self, session: Session):
        self.s = session

    def keep(self, key: str, payload: dict) -> None:
        self.s.check_ready()  # a draft is a write that is not logged
        with self.s.vault.write() as conn:
            repo.put(conn, self.s.actor.username, key, payload, self.s.clock.now())

    def take(self, key: str) -> dict | None:
        """The kept draft for `key` (and forget it), or None."""
        draft = repo.get(self.s.conn, self.s.actor.username, key)
        if draft is None:
            return None
        with self.s.vault.write() as conn:
            repo.delete(conn, self.s.actor.username, key)
        return draft

    def keys(self) -> list[str]:
        return repo.keys(self.s.conn, self.s.actor.username)
