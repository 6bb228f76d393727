"""Files that leave the vault on purpose (a saved letter, an export): written atomically, owner-only."""

from __future__ import annotations

from pathlib import Path

from ..storage.atomic import write_private


def save_outside_vault(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` (mode 0600, replaced atomically). The file is NOT encrypted."""
    write_private(Path(path), data)
