"""Small conversions shared by the repositories."""

from __future__ import annotations

import json
from datetime import date, datetime


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def s2dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def next_counter(conn, name: str) -> int:
    conn.execute(
        "INSERT INTO counters (name, value) VALUES (?, 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1",
        (name,),
    )
    return conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]


def reserve_counter(conn, name: str, count: int) -> int:
    """Take `count` numbers of a counter at once (as `count` calls of next_counter); returns the first."""
    conn.execute(
        "INSERT INTO counters (name, value) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
        (name, count),
    )
    return conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0] - count + 1


def placeholders(n: int) -> str:
    return ",".join("?" * n)


def insert_rows(conn, head: str, rows: list[tuple]) -> None:
    """`head` ("INSERT INTO t (a, b)") with every row in one VALUES list: one statement, not one per row.

    Rows are passed as parameters; the caller keeps the list short enough for SQLite's limit on them.
    """
    if rows:
        row = f"({placeholders(len(rows[0]))})"
        conn.execute(f"{head} VALUES {','.join([row] * len(rows))}", [v for r in rows for v in r])
