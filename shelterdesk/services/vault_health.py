"""What is wrong with an open vault's files, in words a person can act on: key slots that do not
match the vault's record, members left without a slot, database files left over beside the vault.

Shown at unlock (as warnings), by `verify`, `staff list` and the staff screen. Nothing here
changes a file: a leftover is reported, never deleted.
"""

from __future__ import annotations

from ..storage.keyslots import RECOVERY
from ..storage.slot_binding import (
    ALTERED as ALTERED,  # re-exported: the front ends name the problems
)
from ..storage.slot_binding import MISSING as MISSING
from ..storage.slot_binding import UNKNOWN as UNKNOWN
from ..storage.slot_binding import SlotProblem
from .session import Session


def slot_message(problem: SlotProblem) -> str:
    who = "The recovery slot" if problem.kind == RECOVERY else f"The key slot of “{problem.username}”"
    if problem.what == UNKNOWN:
        if problem.kind == RECOVERY:
            return ("The key-slot file holds a second recovery slot the vault does not know. It was added "
                    "outside ShelterDesk; it gets no key at the next re-key. Make a new recovery kit.")
        return (f"The key-slot file holds a slot for “{problem.username}”, who is not on the staff. It was "
                "added outside ShelterDesk. It opens the vault until the next re-key, which leaves it out: "
                "make a new recovery kit now (that re-keys) and check the audit log.")
    if problem.what == ALTERED:
        return (f"{who} differs from what the vault recorded for it: it was changed outside ShelterDesk or "
                "damaged. The next re-key seals the key only to the recorded key, so it may stop opening: "
                + ("make a new recovery kit." if problem.kind == RECOVERY
                   else "an administrator should set a new one-time passphrase for this member."))
    if problem.kind == RECOVERY:
        return "There is no recovery slot: the recovery code opens nothing. Make a new recovery kit."
    return (f"“{problem.username}” has no key slot, so their passphrase opens nothing (after a wipe, or a slot "
            "removed outside ShelterDesk). An administrator can set a new one-time passphrase for them.")


def leftover_message(names: list[str], current: str) -> str:
    return (f"The vault folder holds database files that are not the vault's current database ({current}): "
            f"{', '.join(names)}. They are left over from an interrupted re-key, or were copied there by hand. "
            "ShelterDesk does not use or delete them; after making and checking a backup, an administrator "
            "may delete them.")


def problems(session: Session) -> list[str]:
    """Every finding about the vault's files, one message each (empty when all is well)."""
    vault = session.vault
    found = [slot_message(p) for p in vault.slot_problems()]
    leftovers = vault.leftovers()
    if leftovers:
        found.append(leftover_message(leftovers, vault.slots.database))
    return found


def staff_slot_status(session: Session) -> dict[str, str]:
    """username -> UNKNOWN, ALTERED or MISSING for each staff name whose key slot is not right. A name
    that is not a member is a slot someone added to the file by hand: lists show it too."""
    return {p.username: p.what for p in session.vault.slot_problems() if p.kind != RECOVERY}
