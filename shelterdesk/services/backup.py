"""Encrypted backups: make one while the app is in use, verify it, restore it into a new folder.

A backup is a consistent snapshot (a second connection reads inside one
transaction while the app keeps working), exported with `sqlcipher_export`
under a fresh backup key that is sealed to the vault's staff and recovery
slots. It is written atomically and read back before it is reported as made.
"""

from __future__ import annotations

import contextlib
import os
import secrets as pysecrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ..domain.enums import Role
from ..domain.errors import (
    AuthenticationError,
    NotFound,
    ShelterDeskError,
    StorageFull,
    ValidationError,
    VaultCorrupt,
    VaultExists,
    VaultTampered,
)
from ..storage import audit
from ..storage.backup_file import (
    DAMAGED,
    TAMPERED,
    BackupHeader,
    iter_payload,
    payload_digest,
    read_header,
    write_backup,
)
from ..storage.keyslots import KEY_BYTES, RECOVERY, STAFF, KeySlotFile
from ..storage.repos import staff as staff_repo
from ..storage.secrets import raw_key_spec, to_buffer, wipe
from ..storage.vault import (
    LOCK_FILE,
    SLOTS_FILE,
    Vault,
    _acquire_lock,
    _release_lock,
    _translate_db_error,
    db_name,
)
from .clock import Clock, SystemClock
from .recovery_code import normalise
from .session import ADMIN_ROLES, Session, default_state_dir

DEFAULT_REMINDER_DAYS = 7
Progress = Callable[[str, int], None]


@dataclass
class BackupReport:
    path: Path
    created_at: str
    counts: dict[str, int]
    audit_seq: int
    size: int
    safety_copy: Path | None = None

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


# -- snapshot helpers ---------------------------------------------------------------
def _tables(conn, schema: str = "main") -> list[str]:
    rows = conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    return [r[0] for r in rows]


def _counts(conn, schema: str = "main") -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0] for t in _tables(conn, schema)}


def _open_keyed(path: Path, key: bytearray) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA cipher_memory_security = ON")
    spec = raw_key_spec(key)
    try:
        conn.set_key(spec)
    finally:
        wipe(spec)
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


@contextlib.contextmanager
def _drive_full_message() -> Iterator[None]:
    try:
        yield
    except StorageFull:
        raise StorageFull("The backup drive is full. No backup was written; free some space there or use "
                          "another drive. The vault itself is unchanged.") from None


@contextlib.contextmanager
def _workdir(beside: Path) -> Iterator[Path]:
    """A private scratch folder on the same drive as the target (only encrypted files go in it)."""
    work = Path(tempfile.mkdtemp(prefix=".shelterdesk-", dir=beside))
    os.chmod(work, 0o700)
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _check_database(conn, header: BackupHeader) -> None:
    """Authenticate every page, check the structure, and compare with what the header promised."""
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise VaultTampered(TAMPERED)
        if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
            raise VaultCorrupt(DAMAGED)
        if conn.execute("PRAGMA user_version").fetchone()[0] != header.schema_version:
            raise VaultCorrupt(DAMAGED)
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != header.vault_id:
            raise VaultTampered(TAMPERED)
        seq, mac = audit.head(conn)
        if _counts(conn) != header.counts or seq != header.audit_seq or mac.hex() != header.audit_mac:
            raise VaultTampered(TAMPERED)
        audit_key = bytes(conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()[0])
        chain = audit.verify_chain(conn, audit_key, (seq, mac))
        if not chain.ok:
            raise VaultTampered("The audit log inside the backup does not check out: " + " ".join(chain.problems))
    except sqlcipher3.DatabaseError:
        raise VaultTampered(TAMPERED) from None


def _unwrap(header: BackupHeader, username: str, passphrase: str | bytearray | None,
            recovery_code: str | None) -> bytearray:
    if recovery_code is not None:
        secret, kind, name = to_buffer(normalise(recovery_code)), RECOVERY, ""
    else:
        secret, kind, name = to_buffer(passphrase or ""), STAFF, username.strip().lower()
    try:
        return header.slots.unwrap(kind, name, secret)
    except AuthenticationError:
        who = "the recovery code" if kind == RECOVERY else "this user name and passphrase"
        raise AuthenticationError(f"The backup does not open with {who}. A backup opens with the passphrase "
                                  "of anyone who was on the staff when it was made, or the recovery code "
                                  "of that time.") from None
    finally:
        wipe(secret)


def _extract(path: Path, header: BackupHeader, offset: int, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for chunk in iter_payload(path, header, offset):
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _verify_file(path: Path, key: bytearray, work: Path) -> BackupHeader:
    header, offset = read_header(path)
    header.check_mac(key)
    copy = work / "verify.db"
    _extract(path, header, offset, copy)
    conn = _open_keyed(copy, key)
    try:
        _check_database(conn, header)
    finally:
        conn.close()
    return header


def _report(path: Path, header: BackupHeader, safety_copy: Path | None = None) -> BackupReport:
    return BackupReport(path, header.created_at, header.counts, header.audit_seq, path.stat().st_size, safety_copy)


# -- making a backup -------------------------------------------------------------------
def make_backup(session: Session, target: Path | str, progress: Progress | None = None) -> BackupReport:
    """Write a verified, encrypted backup of the open vault to `target` (replaced atomically)."""
    session.require(ADMIN_ROLES)
    target = Path(target).expanduser()
    step = progress or (lambda _stage, _percent: None)
    if target.is_dir():
        raise ValidationError({"file": "Choose a file name for the backup, not a folder."})
    if not target.parent.is_dir():
        raise ValidationError({"file": f"The folder {target.parent} does not exist (is the drive plugged in?)."})
    vault = session.vault
    key = bytearray(pysecrets.token_bytes(KEY_BYTES))
    try:
        with _workdir(target.parent) as work, _drive_full_message():
            step("snapshot", 5)
            header = _snapshot(vault, work / "payload.db", key, session.clock.now().isoformat())
            step("write", 50)
            header.payload_sha256, header.payload_size = payload_digest(work / "payload.db")
            header.header_mac = header.mac(key)
            write_backup(target, header, work / "payload.db")
            step("verify", 75)
            try:
                _verify_file(target, key, work)
            except ShelterDeskError:
                target.unlink(missing_ok=True)
                raise VaultCorrupt("The backup did not read back correctly, so it was deleted. The drive may be "
                                   "failing; try another one.") from None
    finally:
        wipe(key)
    with vault.write() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_backup', ?)",
                     (session.clock.now().isoformat(),))
        session.log(conn, "vault.backup", "vault", vault.vault_id, f"verified, {header.payload_size} bytes")
    step("done", 100)
    return _report(target, header)


def _snapshot(vault: Vault, payload: Path, key: bytearray, created_at: str) -> BackupHeader:
    """Export the vault as one consistent snapshot on a second connection (the app's stays usable)."""
    conn = _open_keyed(vault.db_path, vault.data_key())
    spec = raw_key_spec(key)
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(payload), spec))
        conn.execute("BEGIN")  # a read transaction: everything below sees the same snapshot
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        counts = _counts(conn)
        seq, mac = audit.head(conn)
        conn.execute("SELECT sqlcipher_export('backup')")
        conn.execute(f"PRAGMA backup.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE backup")
    except sqlcipher3.Error as e:
        raise _translate_db_error(e) from None
    finally:
        wipe(spec)
        conn.close()
    slots = KeySlotFile.from_bytes(vault.slots.to_bytes())
    slots.database = db_name(slots.generation)
    slots.rewrap(key)
    return BackupHeader(vault_id=vault.vault_id, created_at=created_at, schema_version=version,
                        generation=slots.generation, counts=counts, audit_seq=seq, audit_mac=mac.hex(), slots=slots)


# -- checking and restoring ---------------------------------------------------------------
def verify_backup(path: Path | str, username: str = "", passphrase: str | bytearray | None = None, *,
                  recovery_code: str | None = None) -> BackupReport:
    """Open a backup with a member's passphrase (or the recovery code) and check every page of it."""
    path = Path(path).expanduser()
    header, _ = read_header(path)
    key = _unwrap(header, username, passphrase, recovery_code)
    try:
        with tempfile.TemporaryDirectory(prefix="shelterdesk-verify-") as work:
            _verify_file(path, key, Path(work))
    finally:
        wipe(key)
    return _report(path, header)


def _holds_vault(folder: Path) -> bool:
    return (folder / SLOTS_FILE).exists() or any(folder.glob("vault-*.db"))


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
        raise ValidationError({"into": f"{into} is a file; choose a folder."})
    existing = into.is_dir() and any(p.name != LOCK_FILE for p in into.iterdir())
    if existing and not (replace and _holds_vault(into)):
        raise VaultExists(f"{into} is not empty. Restore into a new folder"
                          + (", or confirm replacing the vault there (a safety copy is kept)." if _holds_vault(into)
                             else "."))
    into.parent.mkdir(parents=True, exist_ok=True)
    key = _unwrap(header, username, passphrase, recovery_code)
    try:
        header.check_mac(key)
    finally:
        wipe(key)
    staging = Path(tempfile.mkdtemp(prefix=f".{into.name}.restoring-", dir=into.parent))
    os.chmod(staging, 0o700)
    try:
        _extract(path, header, offset, staging / db_name(header.generation))
        header.slots.save(staging / SLOTS_FILE)
        secret = normalise(recovery_code) if recovery_code is not None else passphrase
        vault = Vault.open(staging, "" if recovery_code is not None else username.strip().lower(), secret,
                           recovery=recovery_code is not None)
        try:
            _check_database(vault.connection(), header)
            actor = staff_repo.get(vault.connection(), username.strip().lower())
            if actor.role != Role.ADMINISTRATOR or actor.disabled:
                raise AuthenticationError("Only an administrator may restore a backup.")
            session = Session(vault, actor, clock, state_dir or default_state_dir())
            with vault.write() as conn:
                session.log(conn, "vault.restore", "vault", vault.vault_id, f"backup of {header.created_at}")
            # Restoring is a deliberate roll-back: the restored head becomes the last known state.
            session.save_anchor()
        except NotFound:
            raise AuthenticationError("Only an administrator may restore a backup.") from None
        finally:
            vault.close()
        (staging / LOCK_FILE).unlink(missing_ok=True)
        safety = _move_aside(into) if existing else None
        if into.is_dir():  # empty but for a stale lock file
            (into / LOCK_FILE).unlink(missing_ok=True)
            into.rmdir()
        os.replace(staging, into)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return _report(path, header, safety)


def _move_aside(folder: Path) -> Path:
    """Rename an existing vault folder to a safety copy; refuses while it is open anywhere."""
    fd = _acquire_lock(folder)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = folder.with_name(f"{folder.name}.before-restore-{stamp}")
        os.replace(folder, safety)
    finally:
        _release_lock(fd)
    return safety


# -- the reminder ------------------------------------------------------------------------
def backup_status(session: Session) -> BackupStatus:
    last_raw = session.vault.meta("last_backup")
    days_raw = session.vault.meta("backup_reminder_days")
    last = datetime.fromisoformat(last_raw) if last_raw else None
    days = int(days_raw) if days_raw else DEFAULT_REMINDER_DAYS
    since = None if last is None else (session.clock.now() - last).days
    return BackupStatus(last, days, since)


def set_reminder_days(session: Session, days: int) -> None:
    session.require(ADMIN_ROLES)
    if not 1 <= int(days) <= 365:
        raise ValidationError({"days": "Choose between 1 and 365 days."})
    with session.vault.write() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('backup_reminder_days', ?)", (str(int(days)),))
        session.log(conn, "settings.backup_reminder", "vault", session.vault.vault_id, f"{int(days)} days")
