"""A SQLCipher connection whose storage failures arrive as ShelterDesk errors.

A damaged page is often found only when it is first read, long after the
vault opened. Without this, that surfaces as a raw DatabaseError in whatever
screen read it; with it, the person gets "damaged, restore from a backup" or
"disk full", and nothing half-written is kept (the write transaction rolls back).
"""

from __future__ import annotations

import sqlcipher3

from ..domain.errors import ShelterDeskError, StorageFull, VaultCorrupt
from ..domain.messages import msg

SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB, SQLITE_IOERR = 11, 13, 26, 10


def storage_error(e: sqlcipher3.DatabaseError) -> ShelterDeskError | None:
    """The person-readable error for a storage failure, or None for ordinary SQL errors."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF  # extended result codes carry the primary code in the low byte
    if code == SQLITE_FULL:
        return StorageFull(msg("Vault", "The disk is full. The last change was not saved; free some space and "
                                        "try again."))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR):
        return VaultCorrupt(msg("Vault", "Part of the vault file is damaged or was altered outside ShelterDesk, "
                                         "so it cannot be read. The last change was not saved. Restore the vault "
                                         "from your latest backup."))
    return None


def _guard(call, *args):
    try:
        return call(*args)
    except sqlcipher3.DatabaseError as e:
        mapped = storage_error(e)
        if mapped is None:
            raise
        raise mapped from None


class GuardedCursor(sqlcipher3.Cursor):
    def execute(self, *args):
        return _guard(super().execute, *args)

    def executemany(self, *args):
        return _guard(super().executemany, *args)

    def fetchone(self):
        return _guard(super().fetchone)

    def fetchmany(self, *args):
        return _guard(super().fetchmany, *args)

    def fetchall(self):
        return _guard(super().fetchall)

    def __next__(self):
        return _guard(super().__next__)


class GuardedConnection(sqlcipher3.Connection):
    def cursor(self, factory=GuardedCursor):
        return super().cursor(factory)
