"""Whole-database checks: every page authenticates, the structure is sound, references hold."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.messages import msg


@dataclass(frozen=True)
class IntegrityReport:
    bad_pages: int  # pages whose HMAC fails (damaged or altered)
    structure: list[str]  # PRAGMA integrity_check findings, empty when sound
    dangling: int  # rows pointing to records that no longer exist

    @property
    def sound(self) -> bool:
        return not (self.bad_pages or self.structure)

    def problems(self) -> list[str]:
        out: list[str] = []
        if self.bad_pages:
            out.append(msg("Integrity", "Database pages that fail authentication (damaged or altered): {count}.",
                           count=self.bad_pages))
        if self.structure:
            # SQLite's own findings, in its words.
            out.append(msg("Integrity", "The database structure is damaged: {findings}",
                           findings="; ".join(self.structure[:3])))
        if self.dangling:
            out.append(msg("Integrity", "Records that point to records that no longer exist: {count}.",
                           count=self.dangling))
        return out


def check(conn) -> IntegrityReport:
    bad = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    structure = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    dangling = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    return IntegrityReport(bad, [] if structure == ["ok"] else structure, dangling)
