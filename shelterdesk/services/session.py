"""An unlocked session: the open vault, who is working, and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import letters, paths
from ..domain.enums import Role
from ..domain.errors import PermissionDenied
from ..domain.models import StaffMember
from ..storage import audit
from ..storage.vault import Vault
from .clock import Clock

ROLLBACK_WARNING = (
    "This vault is older than the last state this computer saw: it may have been put back from an older "
    "copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run "
    "“Check the log” and restore the latest backup."
)

# What each role may do. Checked by every service call, whatever the UI shows.
WRITE_ROLES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR, Role.CASEWORKER})
LETTER_ROLES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
ADMIN_ROLES = frozenset({Role.ADMINISTRATOR})

_ACTIONS = {
    WRITE_ROLES: "change records",
    LETTER_ROLES: "do this (coordinators and administrators only)",
    ADMIN_ROLES: "do this (administrators only)",
}


@dataclass
class Session:
    vault: Vault
    actor: StaffMember
    clock: Clock
    state_dir: Path
    # Set at unlock when the log is behind its anchor: the anchor is then left as it was, so the
    # evidence survives this session instead of the older state being recorded as the known one.
    rollback_suspected: bool = False

    @property
    def conn(self):
        return self.vault.connection()

    def require(self, roles: frozenset[Role]) -> None:
        if self.actor.role not in roles:
            what = _ACTIONS.get(roles, "do this")
            raise PermissionDenied(f"Your role ({self.actor.role.value}) may not {what}.")

    def can(self, roles: frozenset[Role]) -> bool:
        return self.actor.role in roles

    def _audit_key(self) -> bytes:
        return bytes(self.vault.meta("audit_key"))

    def log(self, conn, action: str, entity: str, entity_id: object = None, detail: str = "") -> None:
        """Append to the audit log inside the caller's transaction. `detail` never holds survivor data."""
        audit.append(conn, self._audit_key(), self.clock.now(), self.actor.username, action, entity, entity_id, detail)

    def redact_log(self, conn, entity: str, entity_id: object) -> int:
        """Blank the entries about one record (an erased or anonymised case), keeping the chain verifiable."""
        return audit.redact_entity(conn, self._audit_key(), entity, entity_id)

    def anchor(self) -> audit.Anchor:
        return audit.Anchor(self.state_dir / f"anchor-{self.vault.vault_id}.json", self._audit_key())

    def check_anchor(self) -> None:
        """Compare the log with the last state recorded outside the vault (at every unlock)."""
        self.rollback_suspected = audit.behind_anchor(self.conn, self.anchor().read(self.vault.vault_id))

    def save_anchor(self) -> None:
        if self.rollback_suspected:
            return
        seq, mac = audit.head(self.conn)
        self.anchor().write(self.vault.vault_id, seq, mac)

    def close(self) -> None:
        """Lock: record the audit head outside the vault, close it, wipe the key, forget rendered names."""
        if self.vault.is_open:
            try:
                self.save_anchor()
            finally:
                self.vault.close()
                letters.clear_caches()  # the renderer's caches hold names from letters made in this session


def default_state_dir() -> Path:
    return paths.home() / "state"
