"""Private scratch folders that a killed process cannot leave behind for long.

Each folder holds its own lock (`vault.lock`) for as long as it is in use. The
next start calls `clean_orphans`, which removes every folder whose lock it can
take: its owner is gone (killed, or the computer lost power). Only encrypted
files ever go in them (snapshots, backup payloads, restores being checked).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import ShelterDeskError
from .vault import acquire_folder_lock, release_folder_lock


@contextlib.contextmanager
def scratch_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A new private folder `<parent>/<prefix>…`, locked while in use and removed afterwards."""
    parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    os.chmod(work, 0o700)
    fd = acquire_folder_lock(work)
    try:
        yield work
    finally:
        release_folder_lock(fd)
        shutil.rmtree(work, ignore_errors=True)


def clean_orphans(parent: Path, prefix: str) -> int:
    """Remove the scratch folders under `parent` whose owner is gone; returns how many."""
    removed = 0
    for folder in parent.glob(prefix + "*") if parent.is_dir() else ():
        if not folder.is_dir() or folder.is_symlink():
            continue
        try:
            fd = acquire_folder_lock(folder)
        except (OSError, ShelterDeskError):  # in use by a running process, or not ours to touch
            continue
        release_folder_lock(fd)
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed
