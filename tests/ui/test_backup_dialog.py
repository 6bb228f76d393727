"""The backup & restore dialog and the backup reminder, driven through real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from shelterdesk.domain.enums import AgencyKind
from shelterdesk.domain.models import Agency
from shelterdesk.services import backup as backups
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from shelterdesk.ui import backup_dialog
from shelterdesk.ui.backup_dialog import BackupDialog, BackupReminder
from tests.conftest import ADMIN, ADMIN_PASS
from tests.ui.helpers import button, type_text


@pytest.fixture
def dialog(qtbot, services):
    d = BackupDialog(services)
    qtbot.addWidget(d)
    d.show()
    return d


def _backup(dialog: BackupDialog, target: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup_dialog, "save_file", lambda *_a, **_k: target)
    button(dialog, "Back up to a file").click()


def test_backup_is_made_verified_and_dated(dialog, services, tmp_path: Path, monkeypatch):
    assert dialog.last_label.text() == "Last backup: never."
    target = tmp_path / "usb" / "vault.sdbak"
    target.parent.mkdir()
    _backup(dialog, target, monkeypatch)
    assert "verified" in dialog.notice.message()
    assert not dialog.progress.isVisible() and dialog.backup_button.isEnabled()
    assert "0 days ago" in dialog.last_label.text()
    report = backups.verify_backup(target, ADMIN, ADMIN_PASS)
    assert report.audit_seq > 0


def test_garbage_file_is_refused_with_a_message(dialog, tmp_path: Path, monkeypatch):
    junk = tmp_path / "holiday.sdbak"
    junk.write_bytes(b"not a backup at all" * 100)
    monkeypatch.setattr(backup_dialog, "open_file", lambda *_a, **_k: junk)
    type_text(dialog.passphrase, ADMIN_PASS)
    button(dialog, "Check a backup file").click()
    assert "cannot be used" in dialog.notice.message()
    assert "is not a ShelterDesk backup file" in dialog.notice.message()


def test_check_needs_the_passphrase(dialog, monkeypatch):
    monkeypatch.setattr(backup_dialog, "open_file", lambda *_a, **_k: pytest.fail("no file dialog expected"))
    button(dialog, "Check a backup file").click()
    assert "passphrase" in dialog.notice.message()


def test_verify_and_restore_into_a_new_folder(dialog, services, tmp_path: Path, monkeypatch):
    services.agencies.save(Agency(kind=AgencyKind.EMBASSY, name="Embassy of Narnia"))
    target = tmp_path / "vault.sdbak"
    _backup(dialog, target, monkeypatch)
    monkeypatch.setattr(backup_dialog, "open_file", lambda *_a, **_k: target)
    type_text(dialog.passphrase, ADMIN_PASS)
    button(dialog, "Check a backup file").click()
    assert "complete and authentic" in dialog.notice.message()

    chosen = tmp_path / "restored"
    chosen.mkdir()
    (chosen / "somebody-elses-file.txt").write_text("x")
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_a, **_k: chosen)
    button(dialog, "Restore into a new folder").click()
    assert "Restored and checked" in dialog.notice.message()
    restored = next(p for p in chosen.iterdir() if p.is_dir())
    assert str(restored) in dialog.notice.message()
    session = unlock(restored, ADMIN, ADMIN_PASS, clock=services.session.clock, state_dir=tmp_path / "state2")
    try:
        assert "Embassy of Narnia" in [a.name for a in Services.for_session(session).agencies.list()]
    finally:
        session.close()


def test_wrong_passphrase_restores_nothing(dialog, tmp_path: Path, monkeypatch):
    target = tmp_path / "vault.sdbak"
    _backup(dialog, target, monkeypatch)
    into = tmp_path / "new"
    monkeypatch.setattr(backup_dialog, "open_file", lambda *_a, **_k: target)
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_a, **_k: into)
    type_text(dialog.passphrase, "wrong wrong wrong wrong")
    button(dialog, "Restore into a new folder").click()
    assert "Nothing was restored" in dialog.notice.message()
    assert not into.exists()


def test_replacing_the_live_vault_locks_and_keeps_a_safety_copy(dialog, services, tmp_path: Path, monkeypatch):
    target = tmp_path / "vault.sdbak"
    _backup(dialog, target, monkeypatch)
    services.agencies.save(Agency(kind=AgencyKind.POLICE, name="Made after the backup"))
    monkeypatch.setattr(backup_dialog, "open_file", lambda *_a, **_k: target)
    asked: list[str] = []
    monkeypatch.setattr(backup_dialog, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    monkeypatch.setattr(backup_dialog.QMessageBox, "information", lambda *_a: None)
    dialog.lock_requested.connect(services.close)
    type_text(dialog.passphrase, ADMIN_PASS)
    button(dialog, "Replace this vault with a backup").click()
    assert "safety copy" in asked[0]
    vault_dir = services.session.vault.directory
    assert [p for p in vault_dir.parent.iterdir() if ".before-restore-" in p.name]
    session = unlock(vault_dir, ADMIN, ADMIN_PASS, clock=services.session.clock,
                     state_dir=services.session.state_dir)
    try:
        assert "Made after the backup" not in [a.name for a in Services.for_session(session).agencies.list()]
    finally:
        session.close()


def test_declining_the_replace_keeps_the_vault_open(dialog, services, tmp_path: Path, monkeypatch):
    target = tmp_path / "vault.sdbak"
    _backup(dialog, target, monkeypatch)
    monkeypatch.setattr(backup_dialog, "open_file", lambda *_a, **_k: target)
    monkeypatch.setattr(backup_dialog, "confirm", lambda *_a: False)
    locks: list[bool] = []
    dialog.lock_requested.connect(lambda: locks.append(True))
    type_text(dialog.passphrase, ADMIN_PASS)
    button(dialog, "Replace this vault with a backup").click()
    assert not locks and services.session.vault.is_open


def test_reminder_days_are_saved_and_the_banner_follows_them(qtbot, dialog, services, clock, tmp_path, monkeypatch):
    reminder = BackupReminder(services)
    qtbot.addWidget(reminder)
    assert "never been backed up" in reminder.label.text() and not reminder.isHidden()
    _backup(dialog, tmp_path / "b.sdbak", monkeypatch)
    reminder.refresh()
    assert reminder.isHidden()
    dialog.reminder_days.setValue(3)
    button(dialog, "Save reminder").click()
    assert backups.backup_status(services.session).reminder_days == 3
    clock.advance(days=4)
    reminder.refresh()
    assert "4 days old" in reminder.label.text() and not reminder.isHidden()


def test_workspace_offers_backup_and_the_reminder_to_administrators(qtbot, services, tmp_path: Path):
    from shelterdesk.ui.main_window import Workspace
    from shelterdesk.ui.settings_store import SettingsStore

    workspace = Workspace(services, SettingsStore(tmp_path / "settings.ini"))
    qtbot.addWidget(workspace)
    workspace.show()
    assert "never been backed up" in workspace.backup_reminder.message()
    button(workspace, "Backup and restore").click()
    assert isinstance(workspace.dialogs[-1], BackupDialog)
    workspace.teardown()
    assert not workspace.dialogs
