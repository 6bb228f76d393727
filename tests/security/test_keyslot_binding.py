"""Issue 14: the key-slot file cannot destroy the vault or let a removed member back in.

Each test names the fault it would have caught: opening deleted the live database
when the slot file named another one; slots the administrator cannot see (or a
swapped public key) received the key at every re-key; a damaged public key went
unnoticed until it locked its owner out; rotating the recovery code did not
re-key; a refused open merged and deleted the write-ahead log.
"""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shelterdesk.cli import main
from shelterdesk.domain.errors import (
    AuthenticationError,
    StorageFull,
    VaultCorrupt,
    VaultNewerVersion,
    VaultTampered,
)
from shelterdesk.services import backup, recovery
from shelterdesk.services.clock import FakeClock
from shelterdesk.services.recovery_code import normalise
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock, unlock_with_recovery
from shelterdesk.storage import keyslots
from shelterdesk.storage.keyslots import MIN_KDF, RECOVERY, STAFF, KeySlotFile
from shelterdesk.storage.schema import CURRENT_VERSION
from shelterdesk.storage.slot_binding import ALTERED, MISSING, UNKNOWN
from shelterdesk.storage.vault import SLOTS_FILE, Vault

from .helpers import ADMIN, ADMIN_PASS, new_vault, run

BOB, BOB_PASS = "bob", "purple elephant dancing quietly"
GHOST, GHOST_PASS = "ghost", "nobody sees this hidden slot"
REFUSED = (VaultCorrupt, VaultTampered, AuthenticationError, VaultNewerVersion)


def files(folder: Path) -> dict[str, bytes]:
    """Every file a refused open must leave as it was (the failure counter and the lock aside)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name not in ("throttle.json", "vault.lock")}


def _edit_slots(folder: Path, edit) -> None:
    doc = json.loads((folder / SLOTS_FILE).read_bytes())
    edit(doc)
    (folder / SLOTS_FILE).write_text(json.dumps(doc))


@pytest.fixture
def team(tmp_path):
    """A vault with an administrator and Bob (who has chosen his own passphrase), locked."""
    vault, state = tmp_path / "vault", tmp_path / "state"
    clock = FakeClock()
    svc, code = new_vault(vault, state, clock)
    svc.staff.add(BOB, "caseworker", BOB_PASS)
    svc.close()
    return vault, state, clock, code


def test_a_changed_database_name_is_refused_and_deletes_nothing(team):
    vault, state, clock, _ = team
    _edit_slots(vault, lambda doc: doc.update(database="vault-3.db"))
    before = files(vault)
    with pytest.raises(VaultTampered, match="altered outside ShelterDesk"):
        unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    assert files(vault) == before  # the live vault-1.db is still there, byte for byte


def test_a_hidden_slot_is_reported_and_loses_access_at_removal(team, tmp_path):
    vault, state, clock, code = team
    # Bob, while still a member (he holds the data key), plants a slot nobody on the staff owns.
    s = unlock(vault, BOB, BOB_PASS, state_dir=state, clock=clock)
    slots = KeySlotFile.load(vault / SLOTS_FILE)
    slots.add_slot(STAFF, GHOST, bytearray(GHOST_PASS.encode()), s.vault.data_key(), MIN_KDF)
    slots.save(vault / SLOTS_FILE)
    s.close()

    admin = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock))
    assert any(GHOST in w for w in admin.session.warnings)  # unlock tells
    assert admin.staff.slot_status() == {GHOST: UNKNOWN}  # staff list and the staff screen
    assert any(GHOST in p for p in admin.audit.verify().problems)  # verify
    admin.staff.remove(BOB)
    after = backup.make_backup(admin.session, tmp_path / "after.sdbak").path
    assert admin.staff.slot_status() == {}
    admin.close()

    with pytest.raises(AuthenticationError):
        Vault.open(vault, GHOST, GHOST_PASS).close()
    with pytest.raises(AuthenticationError):
        backup.verify_backup(after, GHOST, GHOST_PASS)
    assert backup.verify_backup(after, recovery_code=code).audit_seq > 0


def _opens_with(private: X25519PrivateKey, slot, vault_id: str) -> bool:
    aad = slot.aad(vault_id)
    box = keyslots._box_key(private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral)), aad)
    try:
        AESGCM(box).decrypt(slot.key_nonce, slot.sealed_key, aad)
    except InvalidTag:
        return False
    return True


def test_a_swapped_recovery_public_key_gets_nothing_and_the_code_keeps_working(team):
    vault, state, clock, code = team
    thief = X25519PrivateKey.generate()  # Bob needs no secret to swap the recovery slot's public key
    public = thief.public_key().public_bytes_raw()
    _edit_slots(vault, lambda doc: [s.update(public=base64.b64encode(public).decode())
                                    for s in doc["slots"] if s["kind"] == RECOVERY])
    admin = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock))
    assert any("recovery slot differs" in w for w in admin.session.warnings)
    admin.staff.remove(BOB)
    admin.close()
    slots = KeySlotFile.load(vault / SLOTS_FILE)
    assert not _opens_with(thief, slots.find(RECOVERY, ""), slots.vault_id)
    unlock_with_recovery(vault, code, ADMIN, state_dir=state, clock=clock).close()  # sealed to the recorded key


def test_a_damaged_public_key_is_reported_and_repaired_by_the_next_rekey(team):
    vault, state, clock, _ = team

    def damage(doc):
        admin_slot = next(s for s in doc["slots"] if s["username"] == ADMIN)
        raw = bytearray(base64.b64decode(admin_slot["public"]))
        raw[5] ^= 0x40
        admin_slot["public"] = base64.b64encode(bytes(raw)).decode()

    _edit_slots(vault, damage)
    admin = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock))
    assert admin.staff.slot_status() == {ADMIN: ALTERED}
    assert not admin.audit.verify().ok
    admin.staff.remove(BOB)  # before the fix this sealed the new key to the damaged key: admin locked out
    admin.close()
    admin = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock))
    assert admin.staff.slot_status() == {} and admin.audit.verify().ok
    admin.close()


def test_a_wiped_member_is_reported_as_without_a_slot(team):
    vault, state, clock, _ = team
    _edit_slots(vault, lambda doc: doc.update(slots=[s for s in doc["slots"] if s["username"] != BOB]))
    admin = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock))
    assert admin.staff.slot_status() == {BOB: MISSING}
    admin.close()


def test_the_old_recovery_code_with_the_old_slot_file_opens_nothing(team, tmp_path):
    vault, state, clock, code = team
    old_slots = (vault / SLOTS_FILE).read_bytes()
    s = unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    new_code = recovery.replace_recovery_code(s)
    s.close()
    stolen = tmp_path / "stolen"  # the old key-slot file, as recovered from free disk blocks
    shutil.copytree(vault, stolen)
    (stolen / SLOTS_FILE).write_bytes(old_slots)
    before = files(stolen)
    with pytest.raises(REFUSED):
        Vault.open(stolen, "", normalise(code), recovery=True).close()
    assert files(stolen) == before
    unlock_with_recovery(vault, new_code, ADMIN, state_dir=state, clock=clock).close()


def test_a_refused_open_leaves_the_database_and_its_log_byte_identical(team):
    vault, state, clock, _ = team
    # A process that wrote and died: its last transaction is only in the write-ahead log.
    result = run("""
        from shelterdesk.storage.vault import Vault
        v = Vault.open(VAULT, ADMIN, ADMIN_PASS)
        v.conn.execute("PRAGMA user_version = 999")
        os._exit(0)
    """, vault)
    assert result.returncode == 0, result.stderr
    before = files(vault)
    assert any(name.endswith("-wal") and data for name, data in before.items())
    with pytest.raises(VaultNewerVersion):
        Vault.open(vault, ADMIN, ADMIN_PASS)
    after = files(vault)
    after.pop("vault-1.db-shm", None)  # SQLite's shared-memory index holds no data and is rebuilt at open
    before.pop("vault-1.db-shm", None)
    assert after == before
    assert CURRENT_VERSION < 999


def test_an_unsigned_copy_of_a_signed_slot_file_is_refused(team):
    vault, state, clock, _ = team
    _edit_slots(vault, lambda doc: [doc.update(mac="")] + [s.update(mac="") for s in doc["slots"]])
    before = files(vault)
    with pytest.raises(VaultTampered, match="lost its authentication"):
        unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    assert files(vault) == before


def test_a_vault_from_before_slot_binding_is_bound_at_its_first_unlock(team):
    vault, state, clock, _ = team
    s = unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    with s.vault.write() as conn:  # as a vault written by the previous version looks inside
        conn.execute("DELETE FROM slot_keys")
        conn.execute("DELETE FROM meta WHERE key = 'keyslots_signed'")
    s.close()
    _edit_slots(vault, lambda doc: [doc.update(mac="")] + [s.update(mac="") for s in doc["slots"]])
    admin = Services.for_session(unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock))
    assert admin.staff.slot_status() == {} and admin.session.warnings == []
    admin.close()
    assert KeySlotFile.load(vault / SLOTS_FILE).authenticated


def test_a_tampered_argon2_cost_is_refused_with_a_clear_message(team):
    vault, state, clock, code = team
    _edit_slots(vault, lambda doc: [s["kdf"].update(argon2id=[3, 4 * 1024 * 1024, 1])
                                    for s in doc["slots"] if s["kind"] == RECOVERY])
    with pytest.raises(VaultCorrupt, match="4096 MiB of memory"):
        unlock_with_recovery(vault, code, ADMIN, state_dir=state, clock=clock)
    unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock).close()  # the other slots still open



def test_the_command_line_reports_a_hidden_slot(team, capsys, monkeypatch):
    vault, state, clock, _ = team
    s = unlock(vault, BOB, BOB_PASS, state_dir=state, clock=clock)
    slots = KeySlotFile.load(vault / SLOTS_FILE)
    slots.add_slot(STAFF, GHOST, bytearray(GHOST_PASS.encode()), s.vault.data_key(), MIN_KDF)
    slots.save(vault / SLOTS_FILE)
    s.close()
    monkeypatch.setenv("SHELTERDESK_USER", ADMIN)
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    assert main(["--vault", str(vault), "staff", "list"]) == 0
    out, err = capsys.readouterr()
    assert "ghost" in err  # the unlock warning
    assert any(line.startswith(GHOST) and "added outside ShelterDesk" in line for line in out.splitlines())
    assert main(["--vault", str(vault), "verify"]) == 4
    err = capsys.readouterr().err
    assert "FAILED its checks" in err and f"  - The key-slot file holds a slot for “{GHOST}”" in err


def test_a_recovery_kit_that_cannot_be_saved_leaves_the_old_code_working(team, tmp_path, monkeypatch):
    vault, state, clock, code = team
    s = unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)

    def full_disk(*_args):
        raise StorageFull("The disk is full.")

    monkeypatch.setattr(recovery, "write_private", full_disk)
    with pytest.raises(StorageFull):
        recovery.new_recovery_kit(s, tmp_path / "kit.pdf")
    s.close()
    unlock_with_recovery(vault, code, ADMIN, state_dir=state, clock=clock).close()
