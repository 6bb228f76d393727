"""Whole-database checks: every page authenticates, the structure is sound, references hold."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IntegrityReport:
    bad_pages: int  # pages whose HMAC fails (damaged or altered)
    structure: list[str]  # PRAGMA integrity_check findings, empty when sound
    dangling: int  # rows pointing to records that no longer exist

    @property
    def sound(self) -> bool:
        return not (self.bad_pages or self.structure)

    def problems(self) -> list[str]:
        out = []
        if self.bad_pages:
            out.append(f"{self.bad_pages} database page(s) fail authentication (damaged or altered).")
        if self.structure:
            out.append("The database structure is damaged: " + "; ".join(self.structure[:3]))
        if self.dangling:
            out.append(f"{self.dangling} record(s) point to records that no longer exist.")
        return out


def check(conn) -> IntegrityReport:
    bad = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    structure = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    dangling = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    return IntegrityReport(bad, [] if structure == ["ok"] else structure, dangling)
