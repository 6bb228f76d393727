"""Each key slot's public key, recorded inside the vault next to the staff it belongs to.

The key-slot file sits beside the database in plain sight: anyone who ever held
the data key can add a slot to it or swap a slot's public key. The vault itself
therefore records which public key belongs to which member (and to the recovery
code) in `slot_keys`. Re-keying and backups seal the new key only to those
recorded keys of the members the staff table lists, so a slot the administrator
cannot see never receives a key again; `problems` lists every slot that does not
match, for unlock, verify, `staff list` and the staff screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from .keyslots import RECOVERY, STAFF, KeySlotFile

UNKNOWN = "unknown"  # a slot for nobody on the staff (or a second recovery slot)
ALTERED = "altered"  # its public key differs from the one recorded in the vault, or its MAC fails
MISSING = "missing"  # a member (or the recovery code) without a slot: they cannot open new data


@dataclass(frozen=True)
class SlotProblem:
    kind: str
    username: str  # "" for the recovery slot
    what: str  # UNKNOWN, ALTERED or MISSING


def recorded(conn, schema: str = "main") -> dict[tuple[str, str], bytes]:
    """(kind, username) -> the public key the vault recorded for that slot."""
    return {(r[0], r[1]): bytes(r[2]) for r in conn.execute(f"SELECT kind, username, public FROM {schema}.slot_keys")}


def record(conn, kind: str, username: str, public: bytes, schema: str = "main") -> None:
    conn.execute(f"INSERT OR REPLACE INTO {schema}.slot_keys (kind, username, public) VALUES (?, ?, ?)",
                 (kind, username, public))


def record_all(conn, slots: KeySlotFile, schema: str = "main") -> None:
    """Make the recorded keys exactly those of `slots` (after re-keying)."""
    conn.execute(f"DELETE FROM {schema}.slot_keys")
    for slot in slots.slots:
        record(conn, slot.kind, slot.username, slot.public, schema)


def members(conn, schema: str = "main") -> set[str]:
    return {r[0] for r in conn.execute(f"SELECT username FROM {schema}.staff")}


def adopt(conn, slots: KeySlotFile) -> None:
    """Record the slots of a vault made before slots were bound (trust on first use): staff members only."""
    staff = members(conn)
    for slot in slots.slots:
        if slot.kind == RECOVERY or slot.username in staff:
            record(conn, slot.kind, slot.username, slot.public)


def keep_bound(conn, slots: KeySlotFile) -> list[tuple[str, str]]:
    """Drop every slot the vault does not know, and reset each kept slot's public key to the recorded one.

    Used before sealing a new key (re-key, backup): the key then reaches only the members the
    administrator sees and the recorded recovery slot. Returns the (kind, username) dropped.
    """
    keys, staff = recorded(conn), members(conn)
    kept, dropped, seen = [], [], set()
    for slot in slots.slots:
        ident = (slot.kind, slot.username)
        public = keys.get(ident)
        if public is None or ident in seen or (slot.kind == STAFF and slot.username not in staff):
            dropped.append(ident)
            continue
        seen.add(ident)
        slot.public = public
        kept.append(slot)
    slots.slots = kept
    return dropped


def problems(conn, slots: KeySlotFile, data_key: bytearray) -> list[SlotProblem]:
    """Every slot that does not match the vault's record, and every member left without a slot."""
    keys, staff = recorded(conn), members(conn)
    bad_mac = {id(s) for s in slots.altered_slots(data_key)} if slots.authenticated else set()
    found, seen = [], set()
    for slot in slots.slots:
        ident = (slot.kind, slot.username)
        if ident in seen or ident not in keys or (slot.kind == STAFF and slot.username not in staff):
            found.append(SlotProblem(slot.kind, slot.username, UNKNOWN))
        elif keys[ident] != slot.public or id(slot) in bad_mac:
            found.append(SlotProblem(slot.kind, slot.username, ALTERED))
        seen.add(ident)
    for name in sorted(staff):
        if (STAFF, name) not in seen:
            found.append(SlotProblem(STAFF, name, MISSING))
    if (RECOVERY, "") not in seen:
        found.append(SlotProblem(RECOVERY, "", MISSING))
    return found
