"""An unlocked session: the open vault, who is working, and the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import letters, paths
from ..domain.enums import Role
from ..domain.errors import PassphraseChangeRequired, PermissionDenied, VaultCorrupt
from ..domain.messages import Message, msg
from ..domain.models import StaffMember
from ..storage import audit
from ..storage.vault import Vault
from .clock import Clock

ROLLBACK_WARNING = msg(
    "Session", "This vault is older than the last state this computer saw: it may have been put back from an "
    "older copy, or its audit log was cut. Recent work may be missing. Tell an administrator; they can run "
    "“Check the log” and restore the latest backup."
)

ANCHOR_MISSING = msg(
    "Session", "This computer has no record of this vault's last state (its rollback anchor is missing or "
    "unreadable): it was deleted, or the vault was moved here from another computer or user account. "
    "ShelterDesk cannot tell whether the vault was put back to an older copy. If nobody moved the vault, tell "
    "an administrator; they can run “Check the log” and compare with the latest backup."
)
ANCHORED = "anchored"  # meta key: an anchor of this copy was written (so a missing one means deleted)
ANCHOR_ID = "anchor_id"  # meta key: names this copy's anchor; a restore gives the copy its own

# What each role may do. Checked by every service call, whatever the UI shows.
WRITE_ROLES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR, Role.CASEWORKER})
LETTER_ROLES = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
ADMIN_ROLES = frozenset({Role.ADMINISTRATOR})

# What a member may do while holding a one-time passphrase (set by an administrator or after a
# recovery unlock): open the vault and choose their own passphrase; nothing else, in any front end.
FIRST_PASSPHRASE_ACTIONS = frozenset({"session.unlock", "session.recovery_unlock", "staff.passphrase"})
FIRST_PASSPHRASE_MESSAGE = msg(
    "Session", "You are still using the one-time passphrase an administrator gave you. Choose your own "
    "passphrase first (in the app you are asked at once; on the command line run “shelterdesk-cli passwd”)."
)


# A role as the command line names it (`--role readonly`), in the sentence's language where shown.
_ROLE_WORDS = {
    Role.ADMINISTRATOR: msg("Roles", "administrator"),
    Role.COORDINATOR: msg("Roles", "coordinator"),
    Role.CASEWORKER: msg("Roles", "caseworker"),
    Role.READONLY: msg("Roles", "readonly"),
}


def _not_allowed(roles: frozenset[Role], role: Role) -> Message:
    word = _ROLE_WORDS[role]
    if roles == WRITE_ROLES:
        return msg("Session", "Your role ({role}) may not change records.", role=word)
    if roles == LETTER_ROLES:
        return msg("Session", "Your role ({role}) may not do this (coordinators and administrators only).", role=word)
    if roles == ADMIN_ROLES:
        return msg("Session", "Your role ({role}) may not do this (administrators only).", role=word)
    return msg("Session", "Your role ({role}) may not do this.", role=word)


@dataclass
class Session:
    vault: Vault
    actor: StaffMember
    clock: Clock
    state_dir: Path
    # Set at unlock when the log is behind its anchor: the anchor is then left as it was, so the
    # evidence survives this session instead of the older state being recorded as the known one.
    rollback_suspected: bool = False
    # Found at unlock about the vault's files (key slots, leftover databases): shown, never acted on.
    warnings: list[str] = field(default_factory=list)
    # Set at unlock when this copy's anchor was written before but is gone now (deleted, or the vault moved).
    anchor_missing: bool = False

    @property
    def conn(self):
        """The vault's connection for reading records (refused until a one-time passphrase is replaced)."""
        self.check_ready()
        return self.vault.connection()

    def check_ready(self) -> None:
        if self.actor.must_change_passphrase:
            raise PassphraseChangeRequired(FIRST_PASSPHRASE_MESSAGE)

    def require(self, roles: frozenset[Role]) -> None:
        self.check_ready()
        if self.actor.role not in roles:
            raise PermissionDenied(_not_allowed(roles, self.actor.role))

    def can(self, roles: frozenset[Role]) -> bool:
        return self.actor.role in roles

    def audit_key(self) -> bytes:
        """The key of the audit chain's MACs (kept inside the encrypted vault)."""
        key = self.vault.meta("audit_key")
        if not isinstance(key, bytes):
            raise VaultCorrupt(msg("Session", "The vault's audit key is missing or damaged. Restore the vault from "
                                   "a backup."))
        return key

    def log(self, conn, action: str, entity: str, entity_id: object = None, detail: str = "") -> None:
        """Append to the audit log inside the caller's transaction. `detail` never holds survivor data.

        Every write logs, so refusing the log here refuses every write of a member who must still
        replace a one-time passphrase.
        """
        if action not in FIRST_PASSPHRASE_ACTIONS:
            self.check_ready()
        audit.append(conn, self.audit_key(), self.clock.now(), self.actor.username, action, entity, entity_id, detail)

    def anchor_id(self) -> str:
        """The name of this copy's anchor: the vault id, or the id a restore gave the restored copy (so
        restoring an older backup elsewhere does not move the live vault's anchor back)."""
        value = self.vault.meta(ANCHOR_ID)
        return str(value) if value else self.vault.vault_id

    def redact_log(self, conn, entity: str, entity_id: object) -> int:
        """Blank the entries about one record (an erased or anonymised case), keeping the chain verifiable."""
        return audit.redact_entity(conn, self.audit_key(), entity, entity_id)

    def anchor(self) -> audit.Anchor:
        return audit.Anchor(self.state_dir / f"anchor-{self.anchor_id()}.json", self.audit_key())

    def check_anchor(self) -> None:
        """Compare the log with the last state recorded outside the vault (at every unlock)."""
        known = self.anchor().read(self.anchor_id())
        self.rollback_suspected = audit.behind_anchor(self.vault.connection(), known)
        self.anchor_missing = known is None and self.vault.meta(ANCHORED) is not None

    def save_anchor(self) -> None:
        if self.rollback_suspected:
            return
        seq, mac = audit.head(self.vault.connection())
        self.anchor().write(self.anchor_id(), seq, mac)

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


SCRATCH_PREFIX = "work-"


def scratch_dir() -> Path:
    """Where backups and checks keep their encrypted scratch files (cleaned at the next unlock if killed)."""
    return paths.home() / "scratch"
