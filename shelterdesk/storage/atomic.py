"""Atomic, private file writes: temp file in the same folder, fsync, rename, fsync folder."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import StorageFull


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


DISK_FULL = "The disk is full. Nothing was changed; free some space and try again."


def write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_private_with(path: Path, fill: Callable[[int], None], full_message: str = DISK_FULL) -> None:
    """Replace `path` atomically with what `fill(fd)` writes, mode 0600 whatever the umask.

    Temp file beside `path`, fsync, rename, fsync the folder. On a full disk the
    old file is left as it was, the temp file is removed and StorageFull says so.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
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
