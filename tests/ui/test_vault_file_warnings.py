"""The main window shows what unlock found about the vault's files (issue 14): a deleted rollback
anchor, a key slot added to the key-slot file by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from shelterdesk.storage.keyslots import MIN_KDF, STAFF, KeySlotFile
from shelterdesk.storage.vault import SLOTS_FILE
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.shell_support import ADMIN, ADMIN_PASS, access_for


def _open_window(qtbot, vault_dir, clock, home) -> MainWindow:
    w = MainWindow(access_for(vault_dir, clock, home), SettingsStore())
    qtbot.addWidget(w)
    w.show()
    w.unlock_screen.user.setText(ADMIN)
    w.unlock_screen.passphrase.setText(ADMIN_PASS)
    w.unlock_screen.button.click()
    assert w.workspace is not None
    return w


def test_the_window_shows_a_deleted_anchor_and_a_hidden_slot(qtbot, services, vault_dir, clock,
                                                             shelterdesk_home):
    slots = KeySlotFile.load(vault_dir / SLOTS_FILE)
    slots.add_slot(STAFF, "ghost", bytearray(b"nobody sees this hidden slot"),
                   services.session.vault.data_key(), MIN_KDF)
    slots.save(vault_dir / SLOTS_FILE)
    services.close()
    for anchor in (shelterdesk_home / "state").glob("anchor-*.json"):
        anchor.unlink()
    w = _open_window(qtbot, vault_dir, clock, shelterdesk_home)
    warning = w.workspace.findChild(QLabel, "vaultFilesWarning")
    assert warning is not None and warning.isVisible()
    assert "no record of this vault's last state" in warning.text() and "“ghost”" in warning.text()


def test_no_warning_when_all_is_well(qtbot, services, vault_dir, clock, shelterdesk_home):
    services.close()
    w = _open_window(qtbot, vault_dir, clock, shelterdesk_home)
    assert w.workspace.findChild(QLabel, "vaultFilesWarning") is None
