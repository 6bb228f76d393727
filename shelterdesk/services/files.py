"""Files that leave the vault on purpose (a saved letter, a kit, a backup, an export).

Every such path goes through `check_output_path` first (CLI and GUI alike), so
no output can land on the vault's own files or the app's state files, and a
write that fails says why in words a person can act on.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from .. import paths
from ..domain.errors import ShelterDeskError, ValidationError
from ..domain.messages import msg
from ..storage.atomic import fsync_dir, write_all, write_private


class OutputNotWritten(ShelterDeskError):
    """The file could not be written; nothing was recorded."""


def _protected_folders(vault_dir: Path | None) -> list[Path]:
    folders = [paths.home()]
    if vault_dir is not None:
        folders.append(Path(vault_dir))
    return [Path(os.path.realpath(f)) for f in folders]


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _same_as_protected_file(target: Path, folders: list[Path]) -> bool:
    """A hard link to a vault or state file has another name but is the same file."""
    try:
        st = target.stat()
    except OSError:
        return False
    for folder in folders:
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                try:
                    other = os.stat(os.path.join(dirpath, name))
                except OSError:
                    continue
                if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                    return True
    return False


def check_output_path(path: Path | str, vault_dir: Path | None = None, *, folder: bool = False,
                      field: str = "out") -> Path:
    """The path an output may be written to, or ValidationError saying why not (nothing is written).

    Refused: anything in the vault's folder or the app's own data folder (SHELTERDESK_HOME:
    settings, audit anchors, key slots), through a symbolic or hard link too; a missing or
    read-only folder; a folder where a file is expected (or the reverse with `folder=True`).
    """
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given))
    protected = _protected_folders(vault_dir)
    for root in protected:
        if _inside(target, root):
            raise ValidationError({field: msg("Files", "{path} is inside ShelterDesk's own folder ({folder}), where "
                                                       "the vault and its state files live. Choose another place; "
                                                       "nothing was written.", path=str(given), folder=str(root))})
    if _same_as_protected_file(target, protected):
        raise ValidationError({field: msg("Files", "{path} is another name for one of the vault's own files. Choose "
                                                   "another place; nothing was written.", path=str(given))})
    parent = target if folder else target.parent
    if folder and target.exists() and not target.is_dir():
        raise ValidationError({field: msg("Files", "{path} is a file, not a folder. Choose a folder; nothing was "
                                                   "written.", path=str(given))})
    if not folder and target.is_dir():
        raise ValidationError({field: msg("Files", "{path} is a folder. Give a file name; nothing was written.",
                                          path=str(given))})
    if not parent.is_dir():
        raise ValidationError({field: msg("Files", "The folder {folder} does not exist. Choose an existing folder; "
                                                   "nothing was written.", folder=str(parent))})
    reason = _cannot_write_in(parent)
    if reason:
        raise ValidationError({field: msg("Files", "The folder {folder} cannot be written to ({reason}). Choose "
                                                   "another folder; nothing was written.", folder=str(parent),
                                          reason=reason)})
    return given


def _cannot_write_in(folder: Path) -> str:
    """Why a new file cannot be created in `folder` ("" if it can): tried, since permissions alone
    do not tell (an administrator account, a read-only mount, /proc)."""
    probe = folder / f".shelterdesk-probe-{secrets.token_hex(6)}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as e:
        return e.strerror or str(e)
    with contextlib.suppress(OSError):
        probe.unlink()
    return ""


def save_outside_vault(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` (mode 0600, replaced atomically). The file is NOT encrypted.

    A failed write becomes OutputNotWritten with the system's reason; the old file, if any, is
    left as it was.
    """
    try:
        write_private(Path(path), data)
    except OSError as e:
        raise OutputNotWritten(msg("Files", "{path} could not be written ({reason}). Nothing was saved there; "
                                            "choose another place.", path=str(path),
                                   reason=e.strerror or str(e))) from None


class PendingOutput:
    """A file written beside its final name and put in place only after what records it has committed.

    So a write that fails is never recorded (the record is rolled back), and a record that fails
    to commit leaves no file behind.
    """

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._tmp: Path | None = None

    def stage(self, data: bytes) -> None:
        tmp = self.path.with_name(f".{self.path.name}.part-{os.getpid()}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
            self._tmp = tmp
            try:
                write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as e:
            self.discard()
            raise OutputNotWritten(msg("Files", "{path} could not be written ({reason}). Nothing was saved there "
                                                "and nothing was recorded; choose another place.",
                                       path=str(self.path), reason=e.strerror or str(e))) from None

    def publish(self) -> None:
        assert self._tmp is not None, "stage() first"
        try:
            os.replace(self._tmp, self.path)
            fsync_dir(self.path.parent)
        except OSError as e:
            self.discard()
            raise OutputNotWritten(msg("Files", "{path} could not be put in place ({reason}). The letter is kept in "
                                                "the vault and recorded as issued; re-print it from the disclosure "
                                                "register.", path=str(self.path),
                                       reason=e.strerror or str(e))) from None
        self._tmp = None

    def discard(self) -> None:
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink()
            self._tmp = None


@contextlib.contextmanager
def published_after(outputs: list[PendingOutput]) -> Iterator[None]:
    """Around a vault transaction: the staged outputs go in place after it commits, or are discarded."""
    try:
        yield
    except BaseException:
        for out in outputs:
            out.discard()
        raise
    for out in outputs:
        out.publish()
