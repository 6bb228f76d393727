"""The optional "wipe the key slots after N wrong passphrases" setting.

It must work before anyone has unlocked, so it lives beside the key-slot file
in plain JSON (it holds a number, nothing secret). Wiping removes every staff
slot and keeps the recovery slot: after a wipe only the printed recovery kit
(or a backup) opens the vault.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.errors import ShelterDeskError
from .atomic import write_private
from .keyslots import STAFF, KeySlotFile

LOCKOUT_FILE = "lockout.json"
SLOTS_FILE = "keyslots.json"


def wipe_after(directory: Path) -> int | None:
    """The number of failures that wipes the staff slots, or None when the setting is off."""
    try:
        value = json.loads((directory / LOCKOUT_FILE).read_text("utf-8"))["wipe_after"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def set_wipe_after(directory: Path, failures: int | None) -> None:
    path = directory / LOCKOUT_FILE
    if failures is None:
        path.unlink(missing_ok=True)
    else:
        write_private(path, json.dumps({"wipe_after": int(failures)}).encode())


def wipe_staff_slots(directory: Path) -> int:
    """Remove every staff slot from the key-slot file (atomically); returns how many were removed."""
    path = directory / SLOTS_FILE
    slots = KeySlotFile.load(path)
    names = slots.usernames()
    for name in names:
        slots.remove_slot(STAFF, name)
    slots.save(path)
    return len(names)


def staff_slots_wiped(directory: Path) -> bool:
    """Whether the key-slot file has no staff slot left (after a wipe): only the recovery code opens."""
    try:
        return not KeySlotFile.load(directory / SLOTS_FILE).usernames()
    except (OSError, ShelterDeskError):
        return False
