"""Backups on disk: the SQLCipher snapshot, the checks of a backup database, and the
folder mechanics of a restore (stage, lock, move into place).

The file format is in `backup_file.py`; the rules (who may, what is recorded,
what the person is told) are in `services/backup.py`.
"""

from __future__ import annotations

import contextlib
import os
import secrets as pysecrets
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ..domain.errors import VaultCorrupt, VaultTampered
from ..domain.messages import joined, msg
from . import audit, integrity, scratch, slot_binding
from .atomic import fsync_dir
from .backup_file import (
    DAMAGED,
    TAMPERED,
    BackupHeader,
    extract_payload,
    payload_digest,
    read_header,
    write_backup,
)
from .keyslots import KEY_BYTES, KeySlotFile
from .secrets import raw_key_spec, wipe
from .vault import (
    LOCK_FILE,
    SLOTS_FILE,
    Vault,
    acquire_folder_lock,
    db_name,
    release_folder_lock,
    translate_db_error,
)


def new_backup_key() -> bytearray:
    """A fresh random key for one backup; the caller wipes it."""
    return bytearray(pysecrets.token_bytes(KEY_BYTES))


# -- SQL on a backup (or snapshot) connection ----------------------------------------------
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


def check_database(conn, header: BackupHeader) -> None:
    """Authenticate every page, check the structure, and compare with what the header promised."""
    try:
        found = integrity.check(conn)
        if found.bad_pages:
            raise VaultTampered(TAMPERED)
        if found.structure:
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
            raise VaultTampered(msg("Backup", "The audit log inside the backup does not check out: {problems}",
                                    problems=joined(" ", chain.problems)))
    except sqlcipher3.DatabaseError:
        raise VaultTampered(TAMPERED) from None


# -- making a backup ---------------------------------------------------------------------
def snapshot(vault: Vault, payload: Path, key: bytearray, created_at: str) -> BackupHeader:
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
        raise translate_db_error(e) from None
    finally:
        wipe(spec)
        conn.close()
    slots = KeySlotFile.from_bytes(vault.slots.to_bytes())
    slots.database = db_name(slots.generation)
    slot_binding.keep_bound(vault.connection(), slots)  # only the members the administrator sees
    slots.rewrap(key)
    return BackupHeader(vault_id=vault.vault_id, created_at=created_at, schema_version=version,
                        generation=slots.generation, counts=counts, audit_seq=seq, audit_mac=mac.hex(), slots=slots)


def write_sealed(target: Path, header: BackupHeader, payload: Path, key: bytearray) -> None:
    """Complete the header (payload checksum and size, MAC under the backup key) and write the file atomically."""
    header.payload_sha256, header.payload_size = payload_digest(payload)
    header.header_mac = header.mac(key)
    write_backup(target, header, payload)


def verify_file(path: Path, key: bytearray, work: Path) -> BackupHeader:
    """Read a backup back in full: header MAC, payload checksum, then every check of `check_database`.

    The payload is extracted to the private scratch folder `work` and removed from it afterwards.
    """
    header, offset = read_header(path)
    header.check_mac(key)
    copy = work / "verify.db"
    extract_payload(path, header, offset, copy)
    try:
        check_payload(copy, key, header)
    finally:
        for p in work.glob("verify.db*"):
            p.unlink(missing_ok=True)
    return header


def check_payload(db: Path, key: bytearray, header: BackupHeader) -> None:
    """`check_database` on an extracted payload as written, before anything (a migration) changes it."""
    conn = _open_keyed(db, key)
    try:
        check_database(conn, header)
    finally:
        conn.close()


def clean_partials(target: Path) -> None:
    """Remove what a killed backup to `target` left beside it (never `target` itself)."""
    for p in target.parent.glob(f".{target.name}.partial-*"):
        p.unlink(missing_ok=True)


def partial_name(target: Path) -> Path:
    """Where a new backup is written and read back before it takes `target`'s name."""
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


def put_in_place(partial: Path, target: Path) -> None:
    """The verified backup takes the target's name in one rename (the previous backup until then)."""
    os.replace(partial, target)
    fsync_dir(target.parent)


# -- restoring -----------------------------------------------------------------------------
def has_contents(folder: Path) -> bool:
    """Whether `folder` exists and holds anything but a stale lock file."""
    return folder.is_dir() and any(p.name != LOCK_FILE for p in folder.iterdir())


@contextlib.contextmanager
def restore_stage(path: Path, header: BackupHeader, offset: int, into: Path) -> Iterator[Path]:
    """A private folder beside `into` holding the backup's database and key slots, ready to open.

    It is removed if anything inside the `with` fails; `move_into_place` consumes it.
    """
    prefix = staging_prefix(into)
    scratch.clean_orphans(into.parent, prefix)  # what a killed restore left here
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=into.parent))
    os.chmod(staging, 0o700)
    try:
        fd = acquire_folder_lock(staging)  # so a cleaner started meanwhile leaves it alone
        try:
            extract_payload(path, header, offset, staging / db_name(header.generation))
            header.slots.save(staging / SLOTS_FILE)
        finally:
            release_folder_lock(fd)  # the check opens it as a vault, which takes the lock itself
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def staging_prefix(into: Path) -> str:
    return f".{into.name}.restoring-"


def move_into_place(staging: Path, into: Path, *, keep_safety_copy: bool) -> Path | None:
    """Give a checked (and closed) staging folder the place of `into`.

    With `keep_safety_copy` the vault in `into` is first renamed to
    `<into>.before-restore-<time>` (refused while it is open anywhere); returns that path.
    """
    (staging / LOCK_FILE).unlink(missing_ok=True)
    safety = _move_aside(into) if keep_safety_copy else None
    if into.is_dir():  # empty but for a stale lock file
        (into / LOCK_FILE).unlink(missing_ok=True)
        into.rmdir()
    os.replace(staging, into)
    return safety


def _move_aside(folder: Path) -> Path:
    """Rename an existing vault folder to a safety copy; refuses while it is open anywhere."""
    fd = acquire_folder_lock(folder)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = folder.with_name(f"{folder.name}.before-restore-{stamp}")
        os.replace(folder, safety)
    finally:
        release_folder_lock(fd)
    return safety
