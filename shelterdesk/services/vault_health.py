"""What is wrong with an open vault's files, in words a person can act on: key slots that do not
match the vault's record, members left without a slot, database files left over beside the vault.

Shown at unlock (as warnings), by `verify`, `staff list` and the staff screen. Nothing here
changes a file: a leftover is reported, never deleted.
"""

from __future__ import annotations

from ..domain.messages import msg
from ..storage.keyslots import RECOVERY
from ..storage.slot_binding import (
    ALTERED as ALTERED,  # re-exported: the front ends name the problems
)
from ..storage.slot_binding import MISSING as MISSING
from ..storage.slot_binding import UNKNOWN as UNKNOWN
from ..storage.slot_binding import SlotProblem
from .session import Session


def slot_message(problem: SlotProblem) -> str:
    if problem.what == UNKNOWN:
        if problem.kind == RECOVERY:
            return msg("Vault", "The key-slot file holds a second recovery slot the vault does not know. It was "
                       "added outside ShelterDesk; it gets no key at the next re-key. Make a new recovery kit.")
        return msg("Vault", "The key-slot file holds a slot for “{name}”, who is not on the staff. It was added "
                   "outside ShelterDesk. It opens the vault until the next re-key, which leaves it out: make a new "
                   "recovery kit now (that re-keys) and check the audit log.", name=problem.username)
    if problem.what == ALTERED:
        if problem.kind == RECOVERY:
            return msg("Vault", "The recovery slot differs from what the vault recorded for it: it was changed "
                       "outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so "
                       "it may stop opening: make a new recovery kit.")
        return msg("Vault", "The key slot of “{name}” differs from what the vault recorded for it: it was changed "
                   "outside ShelterDesk or damaged. The next re-key seals the key only to the recorded key, so it "
                   "may stop opening: an administrator should set a new one-time passphrase for this member.",
                   name=problem.username)
    if problem.kind == RECOVERY:
        return msg("Vault", "There is no recovery slot: the recovery code opens nothing. Make a new recovery kit.")
    return msg("Vault", "“{name}” has no key slot, so their passphrase opens nothing (after a wipe, or a slot "
               "removed outside ShelterDesk). An administrator can set a new one-time passphrase for them.",
               name=problem.username)


def leftover_message(names: list[str], current: str) -> str:
    return msg("Vault", "The vault folder holds database files that are not the vault's current database "
               "({current}): {files}. They are left over from an interrupted re-key, or were copied there by hand. "
               "ShelterDesk does not use or delete them; after making and checking a backup, an administrator may "
               "delete them.", current=current, files=", ".join(names))


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
