"""What the SQLCipher engine under an open vault reports: version, FTS5, the pinned settings (for the self-test)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from .vault import PINNED


@dataclass(frozen=True)
class EngineFacts:
    cipher_version: str
    sqlite_version: str
    fts5: bool
    settings: tuple[tuple[str, str, str], ...]  # (pragma, expected, actual) for every pinned setting


def engine_facts(conn: sqlcipher3.Connection) -> EngineFacts:
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    settings = tuple((pragma, want, str(conn.execute(f"PRAGMA {pragma}").fetchone()[0]).lower())
                     for pragma, want in PINNED)
    return EngineFacts(cipher_version=str(cipher[0]) if cipher else "",
                       sqlite_version=str(conn.execute("SELECT sqlite_version()").fetchone()[0]),
                       fts5="ENABLE_FTS5" in options, settings=settings)
