"""Reading and checking the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.models import AuditEntry
from ..storage import audit, integrity
from . import vault_health
from .session import ADMIN_ROLES, ANCHOR_MISSING, Session


@dataclass
class VerifyReport:
    integrity_ok: bool
    audit_entries: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return self.integrity_ok and not self.problems


class AuditService:
    def __init__(self, session: Session):
        self.s = session

    def entries(self, *, entity: str | None = None, entity_id: object = None, actor: str | None = None,
                action_prefix: str | None = None, since: datetime | None = None, until: datetime | None = None,
                limit: int = 500, offset: int = 0) -> list[AuditEntry]:
        """Audit entries, newest first. The whole log is for administrators; a case's history for all."""
        if not (entity == "survivor" and entity_id is not None):
            self.s.require(ADMIN_ROLES)
        return audit.read_entries(self.s.conn, entity=entity, entity_id=entity_id, actor=actor,
                                  action_prefix=action_prefix, since=since, until=until, limit=limit, offset=offset)

    def verify(self) -> VerifyReport:
        """Check page authentication, database integrity and the audit chain against its anchor."""
        conn = self.s.conn
        found = integrity.check(conn)
        problems = found.problems()
        anchor = self.s.anchor().read(self.s.vault.vault_id)
        chain = audit.verify_chain(conn, self.s.audit_key(), anchor)
        problems.extend(chain.problems)
        if self.s.anchor_missing:
            problems.append(ANCHOR_MISSING)
        if not problems:  # the files' findings below do not make the log's state doubtful
            self.s.save_anchor()
        problems.extend(vault_health.problems(self.s))
        return VerifyReport(found.sound, chain.entries, problems)
