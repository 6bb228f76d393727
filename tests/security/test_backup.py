"""Backups: round trip, refusals of damaged, tampered and foreign files, restore never over a live vault."""

from __future__ import annotations

import signal

import pytest

from shelterdesk.domain.errors import NotAVault, VaultCorrupt, VaultExists, VaultTampered
from shelterdesk.domain.models import Survivor
from shelterdesk.services import backup
from shelterdesk.services.registry import Services
from shelterdesk.services.session import ANCHOR_MISSING
from shelterdesk.services.vaults import unlock
from shelterdesk.storage import backup_store as store
from shelterdesk.storage import vault as vault_module
from shelterdesk.storage.backup_file import read_header

from .helpers import ADMIN, ADMIN_PASS, dump, new_vault, spawn


@pytest.fixture
def made(tmp_path):
    svc, code = new_vault(tmp_path / "vault", tmp_path / "state")
    for i in range(12):
        svc.cases.register(Survivor(family_name=f"Back{i}", given_names="Up", nationalities=["PH"]),
                           confirm_not_duplicate=True)
    report = backup.make_backup(svc.session, tmp_path / "usb.sdbak")
    content = dump(svc.session.conn)
    assert backup.backup_status(svc.session).days_since == 0
    svc.close()
    return report.path, content, code


def test_round_trip_restores_every_row(made, tmp_path):
    path, content, _ = made
    report = backup.restore_backup(path, tmp_path / "restored", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state")
    assert report.counts["survivors"] == 12
    svc = Services.for_session(unlock(tmp_path / "restored", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state"))
    try:
        restored = dump(svc.session.conn)
        assert {t: r for t, r in restored.items() if t not in ("audit", "meta")} == \
            {t: r for t, r in content.items() if t not in ("audit", "meta")}
        assert svc.audit.verify().ok
    finally:
        svc.close()
    assert oct((tmp_path / "restored").stat().st_mode & 0o777) == "0o700"
    # The live vault, which moved on after the backup, still opens without a false rollback alarm.
    live = Services.for_session(unlock(tmp_path / "vault", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state"))
    try:
        assert not live.session.rollback_suspected and live.session.warnings == []
        assert live.audit.verify().ok
    finally:
        live.close()


@pytest.mark.parametrize("where", ["header", "payload", "end"])
def test_damaged_or_tampered_backup_is_refused(made, tmp_path, where):
    path, _, _ = made
    data = bytearray(path.read_bytes())
    _, offset = read_header(path)
    if where == "end":
        data = data[:-100]
    else:
        pos = offset - 40 if where == "header" else offset + 5000
        data[pos] ^= 0x01
    bad = tmp_path / "bad.sdbak"
    bad.write_bytes(bytes(data))
    with pytest.raises((VaultCorrupt, VaultTampered)) as e:
        backup.verify_backup(bad, ADMIN, ADMIN_PASS)
    assert "backup" in str(e.value)
    with pytest.raises((VaultCorrupt, VaultTampered)):
        backup.restore_backup(bad, tmp_path / "r", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state")
    assert not (tmp_path / "r").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".r.restoring")]


def test_foreign_file_and_other_vaults_backup_refused(made, tmp_path):
    path, _, _ = made
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 5000)
    with pytest.raises(NotAVault):
        backup.verify_backup(foreign, ADMIN, ADMIN_PASS)
    other, _ = new_vault(tmp_path / "other", tmp_path / "state2")
    other_backup = backup.make_backup(other.session, tmp_path / "other.sdbak").path
    other.close()
    # Splice the other vault's payload under this backup's header: the checksum/MAC catch it.
    head_len = read_header(path)[1]
    spliced = tmp_path / "spliced.sdbak"
    spliced.write_bytes(path.read_bytes()[:head_len] + other_backup.read_bytes()[read_header(other_backup)[1]:])
    with pytest.raises((VaultCorrupt, VaultTampered)):
        backup.verify_backup(spliced, ADMIN, ADMIN_PASS)


def test_restore_never_over_a_live_vault_without_confirmation(made, tmp_path):
    path, _, _ = made
    live = tmp_path / "vault"
    before = sorted(p.name for p in live.iterdir())
    with pytest.raises(VaultExists):
        backup.restore_backup(path, live, ADMIN, ADMIN_PASS, state_dir=tmp_path / "state")
    assert sorted(p.name for p in live.iterdir()) == before
    report = backup.restore_backup(path, live, ADMIN, ADMIN_PASS, replace=True, state_dir=tmp_path / "state")
    assert report.safety_copy is not None and sorted(p.name for p in report.safety_copy.iterdir()) == before
    unlock(live, ADMIN, ADMIN_PASS, state_dir=tmp_path / "state").close()


def test_backup_while_the_app_writes_is_a_consistent_snapshot(tmp_path):
    svc, _ = new_vault(tmp_path / "vault", tmp_path / "state")
    for i in range(5):
        svc.cases.register(Survivor(family_name=f"Snap{i}", nationalities=["TH"]), confirm_not_duplicate=True)
    steps = []

    def progress(stage, _percent):
        steps.append(stage)
        if stage == "write":  # the app keeps saving while the backup is being written
            svc.cases.register(Survivor(family_name="During", nationalities=["TH"]), confirm_not_duplicate=True)

    report = backup.make_backup(svc.session, tmp_path / "b.sdbak", progress)
    svc.close()
    assert report.counts["survivors"] == 5 and steps == ["snapshot", "write", "verify", "done"]


def test_a_failed_backup_keeps_the_previous_one(made, tmp_path, monkeypatch, shelterdesk_home):
    path, _, _ = made
    previous = path.read_bytes()
    svc = Services.for_session(unlock(tmp_path / "vault", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state"))

    def unreadable(*_args):
        raise VaultCorrupt("read back failed")

    monkeypatch.setattr(store, "verify_file", unreadable)
    try:
        with pytest.raises(VaultCorrupt, match="previous backup usb.sdbak is unchanged"):
            backup.make_backup(svc.session, path)
    finally:
        svc.close()
    assert path.read_bytes() == previous  # before the fix the new file had replaced it, then was deleted
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".usb.sdbak")] == []
    assert list((shelterdesk_home / "scratch").iterdir()) == []


KILLED_BACKUP = """
from shelterdesk.services import backup
from shelterdesk.services.vaults import unlock
from shelterdesk.storage import backup_store
import time

def stall(*_args):
    print("verifying", flush=True)
    time.sleep(60)

backup_store.verify_file = stall
session = unlock(VAULT, ADMIN, ADMIN_PASS, state_dir=VAULT.parent / "state")
backup.make_backup(session, VAULT.parent / "usb.sdbak")
"""


def test_a_killed_backup_costs_nothing_and_leaves_nothing_after_the_next_start(made, tmp_path, shelterdesk_home):
    path, _, _ = made
    previous = path.read_bytes()
    child = spawn(KILLED_BACKUP, tmp_path / "vault")
    assert child.stdout.readline().strip() == "verifying", child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert path.read_bytes() == previous  # the unverified new file never took the backup's name
    assert list((shelterdesk_home / "scratch").iterdir())  # the killed run's scratch folder…
    unlock(tmp_path / "vault", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state").close()
    assert list((shelterdesk_home / "scratch").iterdir()) == []  # …is gone after the next start
    svc = Services.for_session(unlock(tmp_path / "vault", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state"))
    backup.make_backup(svc.session, path)
    svc.close()
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".usb.sdbak")] == []


def test_a_deleted_anchor_is_noticed_once(made, tmp_path):
    state = tmp_path / "state"
    for anchor in state.glob("anchor-*.json"):
        anchor.unlink()
    svc = Services.for_session(unlock(tmp_path / "vault", ADMIN, ADMIN_PASS, state_dir=state))
    try:
        assert svc.session.warnings == [ANCHOR_MISSING]
        assert ANCHOR_MISSING in svc.audit.verify().problems
    finally:
        svc.close()
    svc = Services.for_session(unlock(tmp_path / "vault", ADMIN, ADMIN_PASS, state_dir=state))
    assert svc.session.warnings == [] and svc.audit.verify().ok
    svc.close()


def test_a_killed_restore_leaves_no_staging_folder_after_the_next_restore(made, tmp_path):
    path, _, _ = made
    orphan = tmp_path / ".restored.restoring-killed"  # as a restore killed mid-way leaves it
    orphan.mkdir()
    (orphan / "vault-1.db").write_bytes(b"\0" * 4096)
    backup.restore_backup(path, tmp_path / "restored", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state")
    assert not orphan.exists()
    assert [p.name for p in tmp_path.iterdir() if ".restoring-" in p.name] == []


def test_a_backup_from_an_older_schema_restores_and_is_migrated(made, tmp_path, monkeypatch):
    path, content, _ = made
    # This program knows one migration more than the program that made the backup.
    monkeypatch.setattr(vault_module, "MIGRATIONS", [*vault_module.MIGRATIONS, "CREATE TABLE later (x INTEGER)"])
    monkeypatch.setattr(vault_module, "CURRENT_VERSION", vault_module.CURRENT_VERSION + 1)
    backup.restore_backup(path, tmp_path / "restored", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state")
    svc = Services.for_session(unlock(tmp_path / "restored", ADMIN, ADMIN_PASS, state_dir=tmp_path / "state"))
    try:
        conn = svc.session.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == vault_module.CURRENT_VERSION
        assert dump(conn)["survivors"] == content["survivors"]
    finally:
        svc.close()
