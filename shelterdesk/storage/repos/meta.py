"""Vault-wide settings in the `meta` table (shelter profile, last backup, reminder days)."""

from __future__ import annotations


def get(conn, key: str) -> bytes | str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def put(conn, key: str, value: bytes | str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
