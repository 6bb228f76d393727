"""Unsaved form edits kept per staff member inside the vault (JSON text)."""

from __future__ import annotations

import json
from datetime import datetime


def put(conn, owner: str, key: str, payload: dict, now: datetime) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO drafts (owner, key, payload, saved_at) VALUES (?,?,?,?)",
        (owner, key, json.dumps(payload, ensure_ascii=False), now.isoformat()),
    )


def get(conn, owner: str, key: str) -> dict | None:
    row = conn.execute("SELECT payload FROM drafts WHERE owner = ? AND key = ?", (owner, key)).fetchone()
    return None if row is None else json.loads(row[0])


def delete(conn, owner: str, key: str) -> None:
    conn.execute("DELETE FROM drafts WHERE owner = ? AND key = ?", (owner, key))


def keys(conn, owner: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT key FROM drafts WHERE owner = ? ORDER BY saved_at", (owner,))]
