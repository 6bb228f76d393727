"""Records that end: the retention policy (anonymise closed cases) and erasure on a person's request.

Both are for administrators, cannot be undone, and are in the audit log. The
audit entries about the case keep their place in the chain with their record
id and detail removed (storage.audit.redact_entity), so `verify` still passes.
"""

from __future__ import annotations

from datetime import date

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.retention import (
    MAX_MONTHS,
    RetentionCandidate,
    anonymised,
    months_before,
    what_changes,
)
from ..storage import erasure
from ..storage.repos import meta
from ..storage.repos import survivors as survivors_repo
from .session import ADMIN_ROLES, Session

POLICY_KEY = "retention_months"
MAX_REASON = 500


class RetentionService:
    def __init__(self, session: Session):
        self.s = session

    # -- the policy ----------------------------------------------------------------------
    def months(self) -> int | None:
        """Months after closing before a case is anonymised; None when the policy is off (the default)."""
        value = meta.get(self.s.conn, POLICY_KEY)
        return int(value) if value else None

    def set_months(self, months: int | None) -> None:
        self.s.require(ADMIN_ROLES)
        if months is not None and not 1 <= months <= MAX_MONTHS:
            raise ValidationError({"months": msg("Retention", "Give a number of months from 1 to {most}, or turn "
                                                              "the policy off.", most=MAX_MONTHS)})
        with self.s.vault.write() as conn:
            meta.put(conn, POLICY_KEY, str(months) if months else "")
            self.s.log(conn, "settings.retention", "vault", self.s.vault.vault_id,
                       f"{months} months" if months else "off")

    def preview(self) -> list[RetentionCandidate]:
        """Exactly the cases `apply` would anonymise today, with what would change in each."""
        months = self.months()
        if months is None:
            return []
        cutoff = months_before(self.s.clock.today(), months)
        conn = self.s.conn
        return [RetentionCandidate(sid, number, date.fromisoformat(closed), what_changes(erasure.counts_for(conn, sid)))
                for sid, number, closed in erasure.closed_before(conn, cutoff)]

    def apply(self) -> list[RetentionCandidate]:
        """Anonymise every case in the preview, in one transaction. Cannot be undone."""
        self.s.require(ADMIN_ROLES)
        months = self.months()
        if months is None:
            raise ValidationError({"months": msg("Retention", "The retention policy is off: set a number of months "
                                                              "first.")})
        due = self.preview()
        if not due:
            return []
        with self.s.vault.write() as conn:
            now = self.s.clock.now()
            for case in due:
                survivor = survivors_repo.get(conn, case.survivor_id)
                self.s.redact_log(conn, "survivor", case.survivor_id)
                stripped = anonymised(survivor)
                erasure.strip_case_records(conn, case.survivor_id, stripped.case_number, now)
                survivors_repo.update(conn, stripped, now)
                self.s.log(conn, "case.anonymise", "survivor", case.survivor_id, f"retention {months} months")
            erasure.merge_search_index(conn)
        erasure.truncate_wal(self.s.conn)
        return due

    # -- erasure on request -------------------------------------------------------------------
    def erase(self, survivor_id: int, reason: str) -> None:
        """Delete the case and everything about it; only an audit line (who, why) remains. Cannot be undone."""
        self.s.require(ADMIN_ROLES)
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError({"reason": msg("Retention", "Say why the case is erased (for example: “the person "
                                                              "asked on 2026-11-30”). Do not write the person's "
                                                              "name.")})
        if len(reason) > MAX_REASON:
            raise ValidationError({"reason": msg("Retention", "Keep the reason under {most} characters.",
                                                 most=MAX_REASON)})
        with self.s.vault.write() as conn:
            survivors_repo.get(conn, survivor_id)
            redacted = self.s.redact_log(conn, "survivor", survivor_id)
            erasure.erase_case(conn, survivor_id)
            erasure.merge_search_index(conn)
            self.s.log(conn, "case.erase", "survivor", None, f"{redacted} entries redacted; reason: {reason}")
        erasure.truncate_wal(self.s.conn)
