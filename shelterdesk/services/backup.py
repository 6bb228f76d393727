"""Encrypted backups: make one while the app is in use, verify it, restore it into a new folder.

A backup is a consistent snapshot (a second connection reads inside one
transaction while the app keeps working), exported with `sqlcipher_export`
under a fresh backup key that is sealed to the vault's staff and recovery
slots. It is written under a hidden temporary name beside the target, read back
in full, and only then renamed over the target: a failed or killed backup never
costs the previous backup of the same name.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.enums import Role
from ..domain.errors import (
    AuthenticationError,
    NotFound,
    ShelterDeskError,
    StorageFull,
    ValidationError,
    VaultCorrupt,
    VaultExists,
)
from ..domain.messages import msg
from ..storage import backup_store as store
from ..storage import scratch
from ..storage.backup_file import BackupHeader, read_header
from ..storage.keyslots import RECOVERY, STAFF
from ..storage.repos import meta as meta_repo
from ..storage.repos import staff as staff_repo
from ..storage.secrets import to_buffer, wipe
from ..storage.vault import Vault, db_name, holds_vault
from . import vault_health
from .clock import Clock, SystemClock
from .recovery_code import normalise
from .session import ADMIN_ROLES, ANCHOR_ID, SCRATCH_PREFIX, Session, default_state_dir, scratch_dir

DEFAULT_REMINDER_DAYS = 7
ADMIN_ONLY = msg("Backup", "Only an administrator may restore a backup.")
Progress = Callable[[str, int], None]


@dataclass
class BackupReport:
    path: Path
    created_at: str
    counts: dict[str, int]
    audit_seq: int
    size: int
    safety_copy: Path | None = None
    # Key slots that cannot open this backup as expected, leftover files: see vault_health.
    warnings: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        return sum(n for t, n in self.counts.items() if t in ("survivors", "needs", "referrals", "consents"))


@dataclass
class BackupStatus:
    last_backup: datetime | None
    reminder_days: int
    days_since: int | None

    @property
    def due(self) -> bool:
        return self.days_since is None or self.days_since >= self.reminder_days


# -- helpers ----------------------------------------------------------------------------
@contextlib.contextmanager
def _drive_full_message() -> Iterator[None]:
    try:
        yield
    except StorageFull:
        raise StorageFull(msg("Backup", "The backup drive is full. No backup was written; free some space there or "
                                        "use another drive. The vault itself is unchanged.")) from None


def _unwrap(header: BackupHeader, username: str, passphrase: str | bytearray | None,
            recovery_code: str | None) -> bytearray:
    if recovery_code is not None:
        secret, kind, name = to_buffer(normalise(recovery_code)), RECOVERY, ""
    else:
        secret, kind, name = to_buffer(passphrase or ""), STAFF, username.strip().lower()
    try:
        return header.slots.unwrap(kind, name, secret)
    except AuthenticationError:
        raise AuthenticationError(
            msg("Backup", "The backup does not open with the recovery code. A backup opens with the passphrase of "
                          "anyone who was on the staff when it was made, or the recovery code of that time.")
            if kind == RECOVERY else
            msg("Backup", "The backup does not open with this user name and passphrase. A backup opens with the "
                          "passphrase of anyone who was on the staff when it was made, or the recovery code of that "
                          "time.")) from None
    finally:
        wipe(secret)


def _report(path: Path, header: BackupHeader, safety_copy: Path | None = None) -> BackupReport:
    return BackupReport(path, header.created_at, header.counts, header.audit_seq, path.stat().st_size, safety_copy)


# -- making a backup -------------------------------------------------------------------
def make_backup(session: Session, target: Path | str, progress: Progress | None = None) -> BackupReport:
    """Write a verified, encrypted backup of the open vault to `target` (replaced atomically)."""
    session.require(ADMIN_ROLES)
    target = Path(target).expanduser()
    step = progress or (lambda _stage, _percent: None)
    if target.is_dir():
        raise ValidationError({"file": msg("Backup", "Choose a file name for the backup, not a folder.")})
    if not target.parent.is_dir():
        raise ValidationError({"file": msg("Backup", "The folder {folder} does not exist (is the drive plugged in?).",
                                           folder=str(target.parent))})
    vault = session.vault
    key = store.new_backup_key()
    store.clean_partials(target)  # what a killed backup to this name left beside it
    partial = store.partial_name(target)
    try:
        with scratch.scratch_folder(scratch_dir(), SCRATCH_PREFIX) as work, _drive_full_message():
            step("snapshot", 5)
            header = store.snapshot(vault, work / "payload.db", key, session.clock.now().isoformat())
            step("write", 50)
            store.write_sealed(partial, header, work / "payload.db", key)
            step("verify", 75)
            try:
                store.verify_file(partial, key, work)
            except ShelterDeskError:
                raise VaultCorrupt(
                    msg("Backup", "The new backup did not read back correctly, so it was not kept; the previous "
                                  "backup {file} is unchanged. The drive may be failing; try another one.",
                        file=target.name) if target.exists() else
                    msg("Backup", "The new backup did not read back correctly, so it was not kept. The drive may be "
                                  "failing; try another one.")) from None
            store.put_in_place(partial, target)
    finally:
        wipe(key)
        partial.unlink(missing_ok=True)
    with vault.write() as conn:
        meta_repo.put(conn, "last_backup", session.clock.now().isoformat())
        session.log(conn, "vault.backup", "vault", vault.vault_id, f"verified, {header.payload_size} bytes")
    step("done", 100)
    report = _report(target, header)
    report.warnings = vault_health.problems(session)
    return report


# -- checking and restoring ---------------------------------------------------------------
def verify_backup(path: Path | str, username: str = "", passphrase: str | bytearray | None = None, *,
                  recovery_code: str | None = None) -> BackupReport:
    """Open a backup with a member's passphrase (or the recovery code) and check every page of it."""
    path = Path(path).expanduser()
    header, _ = read_header(path)
    key = _unwrap(header, username, passphrase, recovery_code)
    try:
        with scratch.scratch_folder(scratch_dir(), SCRATCH_PREFIX) as work:
            store.verify_file(path, key, work)
    finally:
        wipe(key)
    return _report(path, header)


def restore_backup(path: Path | str, into: Path | str, username: str, passphrase: str | bytearray | None = None,
                   *, recovery_code: str | None = None, replace: bool = False, clock: Clock | None = None,
                   state_dir: Path | None = None) -> BackupReport:
    """Restore a backup into the folder `into`, which must be new or empty.

    With `replace=True` (the person confirmed it) an existing vault there is first
    moved aside to `<into>.before-restore-<time>` as a safety copy. The restored
    vault is opened and checked before it takes the folder's place; the caller
    must be an administrator in the backup (or hold its recovery code and name one).
    """
    path, into = Path(path).expanduser(), Path(into).expanduser()
    clock = clock or SystemClock()
    header, offset = read_header(path)
    if into.exists() and not into.is_dir():
        raise ValidationError({"into": msg("Backup", "{folder} is a file; choose a folder.", folder=str(into))})
    existing = store.has_contents(into)
    if existing and not (replace and holds_vault(into)):
        raise VaultExists(
            msg("Backup", "{folder} is not empty. Restore into a new folder, or confirm replacing the vault there (a "
                          "safety copy is kept).", folder=str(into)) if holds_vault(into) else
            msg("Backup", "{folder} is not empty. Restore into a new folder.", folder=str(into)))
    into.parent.mkdir(parents=True, exist_ok=True)
    key = _unwrap(header, username, passphrase, recovery_code)
    try:
        header.check_mac(key)
        with store.restore_stage(path, header, offset, into) as staging:
            # Checked as written: opening it as a vault below may migrate a backup of an older schema.
            store.check_payload(staging / db_name(header.generation), key, header)
            wipe(key)
            safety = _open_and_place(staging, into, header, username, recovery_code, passphrase, clock,
                                     state_dir, existing)
    finally:
        wipe(key)
    return _report(path, header, safety)


def _open_and_place(staging: Path, into: Path, header: BackupHeader, username: str, recovery_code: str | None,
                    passphrase: str | bytearray | None, clock: Clock, state_dir: Path | None,
                    existing: bool) -> Path | None:
    """Open the checked staging folder as a vault (migrating it if older), record the restore as an
    administrator of the backup, and move it into place."""
    secret = normalise(recovery_code) if recovery_code is not None else passphrase
    if secret is None:
        raise ValidationError({"passphrase": msg("Backup", "Enter your passphrase, or the recovery code.")})
    vault = Vault.open(staging, "" if recovery_code is not None else username.strip().lower(), secret,
                       recovery=recovery_code is not None)
    try:
        actor = staff_repo.get(vault.connection(), username.strip().lower())
        if actor.role != Role.ADMINISTRATOR or actor.disabled:
            raise AuthenticationError(ADMIN_ONLY)
        session = Session(vault, actor, clock, Path(state_dir) if state_dir else default_state_dir())
        with vault.write() as conn:
            # The restored copy gets its own anchor: the live vault (same vault id) keeps its own,
            # so restoring an older backup elsewhere raises no false rollback alarm there.
            meta_repo.put(conn, ANCHOR_ID, secrets.token_hex(16))
            session.log(conn, "vault.restore", "vault", vault.vault_id, f"backup of {header.created_at}")
        # Restoring is a deliberate roll-back: the restored head becomes the last known state.
        session.save_anchor()
    except NotFound:
        raise AuthenticationError(ADMIN_ONLY) from None
    finally:
        vault.close()
    return store.move_into_place(staging, into, keep_safety_copy=existing)


# -- the reminder ------------------------------------------------------------------------
def backup_status(session: Session) -> BackupStatus:
    last_raw = session.vault.meta("last_backup")
    days_raw = session.vault.meta("backup_reminder_days")
    last = datetime.fromisoformat(last_raw) if isinstance(last_raw, str) and last_raw else None
    days = int(days_raw) if days_raw else DEFAULT_REMINDER_DAYS
    since = None if last is None else (session.clock.now() - last).days
    return BackupStatus(last, days, since)


def set_reminder_days(session: Session, days: int) -> None:
    session.require(ADMIN_ROLES)
    if not 1 <= int(days) <= 365:
        raise ValidationError({"days": msg("Backup", "Choose between 1 and 365 days.")})
    with session.vault.write() as conn:
        meta_repo.put(conn, "backup_reminder_days", str(int(days)))
        session.log(conn, "settings.backup_reminder", "vault", session.vault.vault_id, f"{int(days)} days")
