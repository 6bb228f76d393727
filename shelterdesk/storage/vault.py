"""The SQLCipher vault: one encrypted database plus its key-slot file, in one folder.

Folder layout:
    keyslots.json    data key wrapped per staff member and for recovery (0600)
    vault-N.db       the SQLCipher 4 database (N changes when the vault is re-keyed)
    vault.lock       locked (filelock: flock, or LockFileEx on Windows) while a process has
                     the vault open: one writer
    throttle.json    failed-unlock counter, so the delay survives a restart
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets as pysecrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3
from filelock import FileLock, Timeout

from ..domain.errors import (
    NotAVault,
    ShelterDeskError,
    StorageFull,
    UnlockThrottled,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultMissing,
    VaultNewerVersion,
    VaultTampered,
)
from ..domain.messages import msg
from . import slot_binding
from .atomic import DISK_FULL, write_private
from .guarded import GuardedConnection
from .keyslots import KEY_BYTES, RECOVERY, STAFF, KdfParams, KeySlotFile, tune_kdf
from .repos import meta as meta_repo
from .repos import survivors as survivors_repo
from .schema import CURRENT_VERSION, MIGRATIONS
from .secrets import raw_key_spec, to_buffer, wipe

SLOTS_FILE = "keyslots.json"
LOCK_FILE = "vault.lock"
THROTTLE_FILE = "throttle.json"
SIGNED_SLOTS = "keyslots_signed"  # meta key: this vault's key-slot file carries MACs (no downgrade)
SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096

# Asserted after every open: (pragma, expected value as SQLite reports it).
PINNED = (
    ("journal_mode", "wal"),
    ("synchronous", "2"),
    ("foreign_keys", "1"),
    ("temp_store", "2"),
    ("secure_delete", "1"),
    ("cipher_memory_security", "1"),
)


TAMPERED = msg("Vault", "The vault file is damaged or was altered outside ShelterDesk (its pages do not "
                        "authenticate). It was left untouched; restore it from your latest backup.")


NOT_SQLCIPHER_4 = msg("Vault", "This program's SQLCipher is not version 4; refusing to open the vault.")


def db_name(generation: int) -> str:
    return f"vault-{generation}.db"


def holds_vault(directory: Path) -> bool:
    """Whether `directory` holds a vault's key-slot file or database."""
    return (directory / SLOTS_FILE).exists() or any(directory.glob("vault-*.db"))


def unlock_delay(failures: int) -> float:
    """Seconds to wait before the next attempt: free for 3 tries, then doubling, at most 5 minutes."""
    if failures < 3:
        return 0.0
    return float(min(2 ** (failures - 3), 300))


class Throttle:
    """Failed unlock attempts, persisted beside the vault."""

    def __init__(self, directory: Path, clock: Callable[[], float] = time.time):
        self.path, self.clock = directory / THROTTLE_FILE, clock

    def _read(self) -> dict:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            return {"failures": int(doc["failures"]), "last": float(doc["last"])}
        except (OSError, ValueError, KeyError, TypeError):
            return {"failures": 0, "last": 0.0}

    def failures(self) -> int:
        return self._read()["failures"]

    def wait_seconds(self) -> float:
        """Never more than the delay itself: a clock set back (or a stored time in the future) does not
        turn five minutes into a year."""
        doc = self._read()
        delay = unlock_delay(doc["failures"])
        return min(delay, max(0.0, doc["last"] + delay - self.clock()))

    def check(self) -> None:
        wait = self.wait_seconds()
        if wait > 0:
            raise UnlockThrottled(msg("Vault", "Too many wrong attempts. Wait {seconds} seconds before trying again.",
                                      seconds=int(wait + 0.999)), wait)

    def record_failure(self) -> int:
        doc = self._read()
        doc["failures"] += 1
        doc["last"] = self.clock()
        with contextlib.suppress(OSError, ShelterDeskError):
            write_private(self.path, json.dumps(doc).encode())
        return doc["failures"]

    def reset(self) -> None:
        if self.path.exists():
            with contextlib.suppress(OSError):
                self.path.unlink()


def translate_db_error(e: Exception) -> ShelterDeskError:
    """The ShelterDesk error a person can act on for a failed SQLCipher call (disk full, busy, damaged)."""
    text = str(e).lower()
    if "full" in text or getattr(e, "sqlite_errorcode", None) == 13:
        return StorageFull(msg("Vault", "The disk is full. The last change was not saved; free some space and "
                                        "try again."))
    if "locked" in text or "busy" in text:
        return VaultInUse(msg("Vault", "The vault is busy in another program. Close it there and try again."))
    return VaultCorrupt(msg("Vault", "The vault file is damaged or was altered outside ShelterDesk. Nothing was "
                                     "changed. Restore it from your latest backup."))


class Vault:
    """An open, unlocked vault. Build with `Vault.create` or `Vault.open`; always `close()`."""

    def __init__(self, directory: Path, slots: KeySlotFile, data_key: bytearray, folder_lock: FileLock):
        self.directory = directory
        self.slots = slots
        self._key: bytearray | None = data_key  # None once locked (wiped)
        self._folder_lock: FileLock | None = folder_lock
        self.conn: sqlcipher3.Connection | None = None

    # -- paths ---------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.directory / self.slots.database

    @property
    def slots_path(self) -> Path:
        return self.directory / SLOTS_FILE

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def data_key(self) -> bytearray:
        """The data key (for backups and re-keying); callers must not keep it."""
        if self._key is None:
            raise VaultMissing(msg("Vault", "The vault is locked."))
        return self._key

    # -- creation ------------------------------------------------------------
    @classmethod
    def create(cls, directory: Path | str, username: str, passphrase: str | bytearray,
               kdf: KdfParams | None = None) -> Vault:
        directory = Path(directory)
        if holds_vault(directory):
            raise VaultExists(msg("Vault", "There is already a vault in {folder}. It was not changed.",
                                  folder=str(directory)))
        directory.mkdir(parents=True, exist_ok=True)
        os.chmod(directory, 0o700)
        folder_lock = acquire_folder_lock(directory)
        kdf = kdf or tune_kdf()
        key = bytearray(pysecrets.token_bytes(KEY_BYTES))
        slots = KeySlotFile(vault_id=pysecrets.token_hex(16), database=db_name(1))
        secret = to_buffer(passphrase)
        try:
            slot = slots.add_slot(STAFF, username, secret, key, kdf)
        finally:
            wipe(secret)
        vault = cls(directory, slots, key, folder_lock)
        try:
            _create_private(vault.db_path)
            vault._connect(new=True)
            with vault.write() as conn:
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (slots.vault_id,))
                conn.execute("INSERT INTO meta (key, value) VALUES ('audit_key', ?)", (pysecrets.token_bytes(32),))
                meta_repo.put(conn, SIGNED_SLOTS, "1")
                slot_binding.record(conn, STAFF, username, slot.public)
            # The slot file comes last: a vault without one is not a vault yet.
            slots.save(vault.slots_path)
        except BaseException:
            vault.close()
            for p in directory.glob("vault-*.db*"):
                p.unlink(missing_ok=True)
            raise
        return vault

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, directory: Path | str, username: str, passphrase: str | bytearray, *,
             recovery: bool = False, clock: Callable[[], float] = time.time) -> Vault:
        directory = Path(directory)
        slots_path = directory / SLOTS_FILE
        if not slots_path.exists():
            if any(directory.glob("*.db")) or any(directory.glob("*.sqlite*")):
                raise NotAVault(msg("Vault", "{folder} holds a database but no key-slot file ({file}); it is not "
                                             "a ShelterDesk vault or its key-slot file was lost. Restore from a "
                                             "backup.", folder=str(directory), file=SLOTS_FILE))
            raise VaultMissing(msg("Vault", "There is no vault in {folder}. Create one first (shelterdesk-cli init).",
                                   folder=str(directory)))
        folder_lock = acquire_folder_lock(directory)
        try:
            throttle = Throttle(directory, clock)
            throttle.check()
            try:
                slots = KeySlotFile.load(slots_path)
            except OSError:
                raise VaultCorrupt(msg("Vault", "The key-slot file cannot be read.")) from None
            secret = to_buffer(passphrase)
            try:
                key = slots.unwrap(RECOVERY if recovery else STAFF, "" if recovery else username, secret)
            except ShelterDeskError as e:
                if e.exit_code == 3:
                    throttle.record_failure()
                raise
            finally:
                wipe(secret)
            vault = cls(directory, slots, key, folder_lock)
        except BaseException:
            release_folder_lock(folder_lock)
            raise
        try:
            # Nothing in the folder is written or deleted before the vault has proved itself.
            vault._prove()
            throttle.reset()
            vault._connect(new=False)
            vault._sign_unsigned_slots()
        except BaseException:
            vault.close()
            raise
        return vault

    def leftovers(self) -> list[str]:
        """Database files in the folder that are not the current one (an interrupted re-key, or a copy
        put there by hand). They are reported, never deleted at open: only the re-key that made a
        file stale removes it, after its own commit."""
        current = self.slots.database
        return sorted(p.name for p in self.directory.glob("vault-*.db*")
                      if p.name != current and not p.name.startswith(current + "-"))

    def _prove(self) -> None:
        """Every check that can refuse the vault, on a read-only connection: a refusal leaves the
        database and its write-ahead log byte-identical (a read-write close would merge and delete the log)."""
        if self.slots.authenticated:
            self.slots.check_header(self.data_key())
        self._check_file()
        side = [self.db_path.with_name(self.db_path.name + suffix) for suffix in ("-wal", "-shm")]
        absent = [p for p in side if not p.exists()]
        try:
            conn = sqlcipher3.connect(f"{self.db_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                      check_same_thread=False)
        except sqlcipher3.Error as e:
            raise translate_db_error(e) from None
        refused = True
        try:
            self._key_connection(conn)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError:
                raise VaultTampered(TAMPERED) from None
            self._check_contents(conn)
            refused = False
        except sqlcipher3.Error as e:
            raise translate_db_error(e) from None
        finally:
            conn.close()
            if refused:  # a read-only open may create an empty log and index; leave the folder as found
                for p in absent:
                    p.unlink(missing_ok=True)

    def _check_contents(self, conn: sqlcipher3.Connection) -> None:
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise VaultCorrupt(NOT_SQLCIPHER_4)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > CURRENT_VERSION:
            raise VaultNewerVersion(msg(
                "Vault", "This vault was saved by a newer version of ShelterDesk (schema {version}, this program "
                "knows up to {known}). Install the newer version; the vault was not changed.",
                version=version, known=CURRENT_VERSION))
        if meta_repo.get(conn, "vault_id") != self.slots.vault_id:
            raise VaultCorrupt(msg("Vault", "The database in this folder belongs to another vault than its key-slot "
                                            "file. Nothing was changed."))
        if not self.slots.authenticated and meta_repo.get(conn, SIGNED_SLOTS) is not None:
            raise VaultTampered(msg(
                "Vault", "The key-slot file has lost its authentication (it was replaced by an altered or older "
                "copy). Nothing was changed. Restore keyslots.json from a backup, or restore the latest backup."))

    def _sign_unsigned_slots(self) -> None:
        """Upgrade a key-slot file from before version 2: sign it and bind its slots inside the vault."""
        if self.slots.authenticated:
            return
        with self.write() as conn:
            if not slot_binding.recorded(conn):
                slot_binding.adopt(conn, self.slots)
            meta_repo.put(conn, SIGNED_SLOTS, "1")
            self.slots.sign(self.data_key())
            self.save_slots()

    def _check_file(self) -> None:
        path = self.db_path
        if not path.exists():
            others = [p.name for p in self.directory.glob("vault-*.db")]
            if others:
                raise VaultCorrupt(msg(
                    "Vault", "The key-slot file names the database {database}, which is not in the folder (it holds "
                    "{others}): the key-slot file is older or newer than the database. Nothing was changed. "
                    "Restore keyslots.json from a backup, or restore the latest backup into a new folder.",
                    database=path.name, others=", ".join(sorted(others))))
            raise VaultCorrupt(msg("Vault", "The vault database ({database}) is missing. Restore it from a backup.",
                                   database=path.name))
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(16)
        if header == SQLITE_MAGIC:
            raise NotAVault(msg("Vault", "This database is not encrypted: it is a plain SQLite file, not a "
                                         "ShelterDesk vault. It was left untouched."))
        if size == 0 or size % PAGE_SIZE:
            raise VaultCorrupt(msg("Vault", "The vault file is truncated (it is not a whole number of pages). It was "
                                            "left untouched; restore it from your latest backup."))

    def _connect(self, *, new: bool) -> None:
        if not new:
            self._check_file()
        try:
            conn = sqlcipher3.connect(str(self.db_path), isolation_level=None, check_same_thread=False,
                                      factory=GuardedConnection)
        except sqlcipher3.Error as e:
            raise translate_db_error(e) from None
        self.conn = conn
        try:
            self._key_connection(conn)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except (sqlcipher3.DatabaseError, VaultCorrupt):
                raise VaultTampered(TAMPERED) from None
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                           "temp_store = MEMORY", "secure_delete = ON"):
                conn.execute(f"PRAGMA {pragma}")
            # 64 MB of decrypted pages: a register of 100,000 cases then searches without
            # re-decrypting its index pages (measured in bench/RESULTS.md). Freed on lock.
            conn.execute("PRAGMA cache_size = -65536")
            self._assert_pinned()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if not new:
                self._check_contents(conn)
            if version < CURRENT_VERSION:
                self._migrate(version)
            if not survivors_repo.search_index_current(conn):
                # Names indexed under older search folding rules: index them again.
                with self.write() as c:
                    survivors_repo.reindex(c)
        except sqlcipher3.Error as e:
            self.conn = None
            conn.close()
            raise translate_db_error(e) from None
        except BaseException:
            self.conn = None
            conn.close()
            raise

    def _key_connection(self, conn: sqlcipher3.Connection) -> None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        spec = raw_key_spec(self.data_key())
        try:
            conn.set_key(spec)
        finally:
            wipe(spec)

    def _assert_pinned(self) -> None:
        conn = self.connection()
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise VaultCorrupt(NOT_SQLCIPHER_4)
        for pragma, want in PINNED:
            got = str(conn.execute(f"PRAGMA {pragma}").fetchone()[0]).lower()
            if got != want:
                raise VaultCorrupt(msg("Vault", "The vault connection setting {setting} is {got}, expected {want}.",
                                       setting=pragma, got=got, want=want))

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, CURRENT_VERSION + 1):
            with self.write():
                for statement in _split_sql(MIGRATIONS[target - 1]):
                    self.connection().execute(statement)
                self.connection().execute(f"PRAGMA user_version = {int(target)}")

    # -- transactions ----------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[sqlcipher3.Connection]:
        """One write transaction: all of it is saved, or none of it."""
        conn = self.connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as e:
            raise translate_db_error(e) from None
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlcipher3.Error as e:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise translate_db_error(e) from None

    def connection(self) -> sqlcipher3.Connection:
        if self.conn is None:
            raise VaultMissing(msg("Vault", "The vault is locked. Unlock it to continue."))
        return self.conn

    def meta(self, key: str) -> bytes | str | None:
        return meta_repo.get(self.connection(), key)

    # -- slots -------------------------------------------------------------------
    def save_slots(self) -> None:
        self.slots.save(self.slots_path)

    def set_slot(self, conn: sqlcipher3.Connection, kind: str, username: str, secret: bytearray,
                 kdf: KdfParams | None = None) -> None:
        """Add or replace a slot inside the caller's write transaction: its public key is recorded in
        the vault, then the key-slot file is replaced (if that fails the transaction rolls back)."""
        slots = KeySlotFile.from_bytes(self.slots.to_bytes())  # a copy: memory changes only once the file did
        slot = slots.add_slot(kind, username, secret, self.data_key(), kdf or self.slot_kdf())
        slot_binding.record(conn, kind, username, slot.public)
        slots.save(self.slots_path)
        self.slots = slots

    def slot_kdf(self) -> KdfParams:
        """The Argon2 settings tuned when the vault was made, for a new slot: the strongest among the
        slots ShelterDesk wrote (an altered slot must not choose the cost of every new one)."""
        altered = {id(s) for s in self.slots.altered_slots(self.data_key())} if self.slots.authenticated else set()
        return max((s.kdf for s in self.slots.slots if id(s) not in altered),
                   key=lambda k: (k.memory_kib, k.time_cost), default=tune_kdf())

    def slot_problems(self) -> list[slot_binding.SlotProblem]:
        """Slots the vault does not know or that were altered, and members without a slot."""
        return slot_binding.problems(self.connection(), self.slots, self.data_key())

    def _free_generation(self) -> int:
        """The next generation whose database name is free: a re-key never overwrites or deletes a file it
        did not make (a leftover from an interrupted re-key is reported, not reused)."""
        taken = [self.slots.generation]
        for p in self.directory.glob("vault-*.db*"):
            number = p.name[len("vault-"):].split(".", 1)[0]
            if number.isdigit():
                taken.append(int(number))
        return max(taken) + 1

    def rekey(self, change_slots: Callable[[KeySlotFile], object] | None = None) -> list[tuple[str, str]]:
        """Move the data to a new file under a new random data key and re-seal the slots the vault knows.

        Only the slots recorded in the vault for current members (and the recovery slot) receive the new
        key, each sealed to its recorded public key; any other slot in the file is dropped (returned as
        (kind, username)). `change_slots` may then edit the slots (drop a removed member, replace the
        recovery slot). The atomic replacement of the key-slot file is the single commit point: a crash
        before it leaves the old file and old key, after it the new ones.
        """
        conn = self.connection()
        new_key = bytearray(pysecrets.token_bytes(KEY_BYTES))
        generation = self._free_generation()
        new_path = self.directory / db_name(generation)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        spec = raw_key_spec(new_key)
        made = False
        try:
            new_slots = KeySlotFile.from_bytes(self.slots.to_bytes())
            new_slots.generation, new_slots.database = generation, new_path.name
            dropped = slot_binding.keep_bound(conn, new_slots)
            if change_slots is not None:
                change_slots(new_slots)
            new_slots.rewrap(new_key)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            _create_private(new_path)
            made = True
            conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(new_path), spec))
            try:
                conn.execute("SELECT sqlcipher_export('rekeyed')")
                conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
                conn.execute("BEGIN IMMEDIATE")
                slot_binding.record_all(conn, new_slots, "rekeyed")
                conn.execute("COMMIT")
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                conn.execute("DETACH DATABASE rekeyed")
            with new_path.open("rb+") as f:
                os.fsync(f.fileno())
            new_slots.save(self.slots_path)  # the commit point
        except BaseException as e:
            wipe(new_key)
            if made:  # only the files this re-key made
                for stale in self.directory.glob(new_path.name + "*"):
                    stale.unlink(missing_ok=True)
            if isinstance(e, sqlcipher3.Error):
                raise translate_db_error(e) from None
            raise
        finally:
            wipe(spec)
        old_files = list(self.directory.glob(self.slots.database + "*"))
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()
        self.conn = None
        for old in old_files:  # stale because of this re-key, which has committed
            old.unlink(missing_ok=True)
        wipe(self._key)
        self._key, self.slots = new_key, new_slots
        self._connect(new=False)
        return dropped

    # -- closing -----------------------------------------------------------------
    def close(self) -> None:
        """Close the database, wipe the key and release the folder lock."""
        if self.conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.close()
            self.conn = None
        wipe(self._key)
        self._key = None
        if self._folder_lock is not None:
            release_folder_lock(self._folder_lock)
            self._folder_lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _create_private(path: Path) -> None:
    """Create the empty database file 0600 before SQLite does (it would use 0644 minus the umask);
    its WAL and shared-memory files then take the same mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(DISK_FULL) from None
        raise
    os.chmod(path, 0o600)


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (none of ours has a ';' inside a literal); a trigger's body,
    BEGIN … END, holds several and stays whole."""
    statements, pending = [], ""
    for part in script.split(";"):
        pending = f"{pending};{part}" if pending else part
        text = pending.strip()
        if text.upper().startswith("CREATE TRIGGER") and not text.upper().endswith("END"):
            continue
        if text:
            statements.append(text)
        pending = ""
    return statements


def acquire_folder_lock(directory: Path) -> FileLock:
    """Take the folder's `vault.lock` or refuse with VaultInUse; returns the lock to release.

    An operating-system lock (no soft fallback), so it goes with the process:
    a crashed or killed ShelterDesk never leaves the vault locked.
    """
    lock = FileLock(directory / LOCK_FILE, timeout=0, mode=0o600, thread_local=False,
                    fallback_to_soft=False)
    try:
        lock.acquire()
    except Timeout:  # before OSError: filelock's Timeout is one
        raise VaultInUse(msg("Vault", "The vault is in use by another ShelterDesk window or command on this "
                                      "computer. Close it there (or lock it) and try again.")) from None
    except OSError as e:
        if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise VaultCorrupt(msg("Vault", "The vault folder {folder} cannot be written to.",
                                   folder=str(directory))) from None
        raise
    return lock


def release_folder_lock(lock: FileLock) -> None:
    """Give back a lock from `acquire_folder_lock` (never raises)."""
    with contextlib.suppress(OSError):
        lock.release()
