"""Atomic, private file writes: temp file in the same folder, fsync, rename, fsync folder."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import StorageFull
from ..domain.messages import msg

# Windows opens files in text mode unless told, which would turn b"\n" into b"\r\n".
BINARY = getattr(os, "O_BINARY", 0)


def create_private(path: Path) -> int:
    """Open a new file for writing, owner-only, refusing one that exists; returns the fd."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, 0o600)


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable."""
    if sys.platform == "win32":
        # A folder cannot be opened as a file there; NTFS journals the rename itself.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


DISK_FULL = msg("Vault", "The disk is full. Nothing was changed; free some space and try again.")


def write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_private_with(path: Path, fill: Callable[[int], None], full_message: str = DISK_FULL) -> None:
    """Replace `path` atomically with what `fill(fd)` writes, mode 0600 whatever the umask.

    Temp file beside `path`, fsync, rename, fsync the folder. On a full disk the
    old file is left as it was, the temp file is removed and StorageFull says so.
    On Windows the mode only clears the read-only flag: there the file is private
    through the access list of the folder it is in (see docs/SECURITY.md).
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        # A temp file left by a crash keeps its old mode when reopened: start afresh.
        tmp.unlink(missing_ok=True)
        fd = create_private(tmp)
        try:
            os.chmod(tmp, 0o600)  # the umask may have taken the owner's own bits
            fill(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StorageFull(full_message) from None
        raise


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically, mode 0600 (see write_private_with)."""
    write_private_with(path, lambda fd: write_all(fd, data))
