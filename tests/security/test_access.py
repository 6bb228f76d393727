"""Proof 8: a wrong passphrase, a removed member and the recovery code each open exactly what they should;
plus the unlock delay that survives a restart and the optional wipe after N failures."""

from __future__ import annotations

import shutil

import pytest

from shelterdesk.domain.errors import AuthenticationError, UnlockThrottled, VaultCorrupt
from shelterdesk.services import backup, recovery
from shelterdesk.services.clock import FakeClock
from shelterdesk.services.staff import StaffService
from shelterdesk.services.vaults import unlock, unlock_with_recovery
from shelterdesk.storage.keyslots import STAFF, KeySlotFile
from shelterdesk.storage.vault import SLOTS_FILE, Throttle, Vault

from .helpers import ADMIN, ADMIN_PASS, new_vault

BOB, BOB_PASS = "bob", "purple elephant dancing quietly"
BOB_NEW = "seven lanterns over the quiet river"
NEW_ADMIN = "granite meadow whistles at dawn"


def test_each_credential_opens_exactly_what_it_should(tmp_path):
    vault, state = tmp_path / "vault", tmp_path / "state"
    clock = FakeClock()
    svc, code = new_vault(vault, state, clock)
    svc.staff.add(BOB, "caseworker", BOB_PASS)
    old_backup = backup.make_backup(svc.session, tmp_path / "before.sdbak").path
    old_slots = (vault / SLOTS_FILE).read_bytes()
    svc.close()
    opened = []

    # Wrong passphrase: refused from the slot, before the database is touched.
    with pytest.raises(AuthenticationError):
        unlock(vault, ADMIN, "correct horse battery stapler", state_dir=state, clock=clock)
    opened.append("wrong passphrase: refused")

    # Bob's one-time passphrase opens, and he must change it.
    s = unlock(vault, BOB, BOB_PASS, state_dir=state, clock=clock)
    assert s.actor.must_change_passphrase
    StaffService(s).set_first_passphrase(BOB_NEW)
    s.close()
    with pytest.raises(AuthenticationError):
        unlock(vault, BOB, BOB_PASS, state_dir=state, clock=clock)
    unlock(vault, BOB, BOB_NEW, state_dir=state, clock=clock).close()
    opened.append("first passphrase: opens once, then replaced")

    # Removing Bob re-keys: his passphrase opens nothing, not even with the old key-slot file put back.
    s = unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    StaffService(s).remove(BOB)
    s.close()
    with pytest.raises(AuthenticationError):
        unlock(vault, BOB, BOB_NEW, state_dir=state, clock=clock)
    stolen = tmp_path / "stolen"
    shutil.copytree(vault, stolen)
    (stolen / SLOTS_FILE).write_bytes(old_slots)
    assert KeySlotFile.from_bytes(old_slots).unwrap(STAFF, BOB, bytearray(BOB_PASS.encode()))  # old key…
    with pytest.raises((VaultCorrupt, AuthenticationError)):  # …does not open today's database
        Vault.open(stolen, BOB, BOB_PASS).close()
    # …and the refusal leaves every file as it was: before the fix this open deleted the live database.
    assert {p.name: p.read_bytes() for p in stolen.glob("vault-*.db*")} == \
        {p.name: p.read_bytes() for p in vault.glob("vault-*.db*")}
    assert any(stolen.glob("vault-*.db"))
    opened.append("removed member: nothing, even with the old key-slot file")

    # A backup made while Bob was on the staff still opens for him (documented), a new one does not.
    assert backup.verify_backup(old_backup, BOB, BOB_PASS).audit_seq > 0
    s = unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    new_backup = backup.make_backup(s, tmp_path / "after.sdbak").path
    s.close()
    with pytest.raises(AuthenticationError):
        backup.verify_backup(new_backup, BOB, BOB_NEW)
    assert backup.verify_backup(new_backup, recovery_code=code).audit_seq > 0
    opened.append("backups: members of their time and the recovery code")

    # The recovery code opens as an administrator and forces a new passphrase.
    s = unlock_with_recovery(vault, code, ADMIN, state_dir=state, clock=clock)
    assert s.actor.must_change_passphrase
    s.close()
    s = recovery.recover(vault, code.lower().replace("-", " "), ADMIN, NEW_ADMIN, state_dir=state, clock=clock)
    assert not s.actor.must_change_passphrase
    new_code = recovery.replace_recovery_code(s)
    s.close()
    with pytest.raises(AuthenticationError):
        unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    with pytest.raises(AuthenticationError):
        unlock_with_recovery(vault, code, ADMIN, state_dir=state, clock=clock)
    unlock_with_recovery(vault, new_code, ADMIN, state_dir=state, clock=clock).close()
    opened.append("recovery code: opens, forces a new passphrase; a new kit retires the old code")
    print("\naccess: " + "; ".join(opened))


def test_unlock_delay_survives_a_restart(tmp_path):
    vault, state = tmp_path / "vault", tmp_path / "state"
    clock = FakeClock()
    new_vault(vault, state, clock)[0].close()
    waits = []
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            unlock(vault, ADMIN, "not the passphrase at all", state_dir=state, clock=clock)
        # A new Throttle object (as after a restart) reads the count from the vault folder.
        waits.append(Throttle(vault, clock.epoch).wait_seconds())
        if waits[-1]:  # even the right passphrase waits
            with pytest.raises(UnlockThrottled):
                unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
        clock.advance(seconds=waits[-1])
    assert waits == [0, 0, 1, 2, 4]
    for _ in range(30):  # many more failures: the delay stops at five minutes
        Throttle(vault, clock.epoch).record_failure()
    clock.advance(days=-365)  # a clock set back (a wrong date fixed) must not turn 300 s into a year
    assert Throttle(vault, clock.epoch).wait_seconds() == 300
    clock.advance(days=365, seconds=300)
    print(f"\nunlock delays after 1..5 wrong passphrases (read back as after a restart): {waits} s")
    unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock).close()
    assert Throttle(vault, clock.epoch).failures() == 0


def test_wipe_after_n_failures_leaves_only_the_recovery_code(tmp_path):
    vault, state = tmp_path / "vault", tmp_path / "state"
    clock = FakeClock()
    svc, code = new_vault(vault, state, clock)
    assert recovery.wipe_after(svc.session) is None  # off by default
    recovery.set_wipe_after(svc.session, 3)
    svc.close()
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            unlock(vault, ADMIN, "not the passphrase at all", state_dir=state, clock=clock)
        clock.advance(seconds=600)
    assert KeySlotFile.load(vault / SLOTS_FILE).usernames() == []
    clock.advance(seconds=600)
    with pytest.raises(AuthenticationError, match="recovery code"):  # the right passphrase is told where to go
        unlock(vault, ADMIN, ADMIN_PASS, state_dir=state, clock=clock)
    clock.advance(seconds=600)
    s = recovery.recover(vault, code, ADMIN, NEW_ADMIN, state_dir=state, clock=clock)
    s.close()
    unlock(vault, ADMIN, NEW_ADMIN, state_dir=state, clock=clock).close()
