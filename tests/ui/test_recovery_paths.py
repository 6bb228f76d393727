"""The recovery code, as the kit promises: printable at first run (the code just shown, not a new one),
and usable on the unlock screen, leading to a new passphrase."""

from __future__ import annotations

import subprocess

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from shelterdesk.services.vaults import unlock, unlock_with_recovery
from shelterdesk.ui import printing
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.helpers import button
from tests.ui.shell_support import ADMIN, ADMIN_PASS, access_for

NEW_PASS = "lantern harbour quietly glowing"


def _first_run(qtbot, access) -> tuple[MainWindow, str]:
    window = MainWindow(access, SettingsStore())
    qtbot.addWidget(window)
    window.show()
    screen = window.first_run
    screen.shelter_name.setText("Mekong Light Shelter")
    screen.username.setText(ADMIN)
    screen.display_name.setText("Sokha Chan")
    screen.passphrase.edit.setText(ADMIN_PASS)
    screen.confirm.setText(ADMIN_PASS)
    screen.create_button.click()
    return window, screen.code_label.text()


def test_the_kit_printed_at_first_run_carries_the_code_just_shown_and_that_code_still_works(
        qtbot, vault_dir, clock, shelterdesk_home, tmp_path, monkeypatch):
    access = access_for(vault_dir, clock, shelterdesk_home)
    window, code = _first_run(qtbot, access)
    kit = tmp_path / "kit.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(kit))
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: printer)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    button(window.first_run, "Print the recovery kit with this code").click()
    text = subprocess.run(["pdftotext", str(kit), "-"], capture_output=True, text=True, check=True).stdout
    assert all(group in text for group in code.split("-")), "the kit shows the code on screen"
    window.first_run.code_kept.setChecked(True)
    window.first_run.code_next.click()
    window.first_run.finish_button.click()
    window.lock()
    session = unlock_with_recovery(vault_dir, code, ADMIN, clock=clock, state_dir=shelterdesk_home / "state")
    session.close()  # printing did not cancel the code written down


def test_use_the_recovery_code_on_the_unlock_screen_then_choose_a_new_passphrase(
        qtbot, vault_dir, clock, shelterdesk_home, monkeypatch):
    access = access_for(vault_dir, clock, shelterdesk_home)
    window, code = _first_run(qtbot, access)
    window.first_run.code_kept.setChecked(True)
    window.first_run.code_next.click()
    window.first_run.finish_button.click()
    window.lock()

    unlock_screen = window.unlock_screen
    button(unlock_screen, "Use the recovery code").click()
    assert unlock_screen.secret_label.text() == "Recovery code"
    unlock_screen.user.setText(ADMIN)
    unlock_screen.passphrase.setText("WRONG-CODE-0000")
    button(unlock_screen, "Unlock with the recovery code").click()
    assert window.is_locked and "recovery code" in unlock_screen.message.text()
    qtbot.waitUntil(lambda: unlock_screen.button.isEnabled(), timeout=15000)
    unlock_screen.passphrase.setText(code.lower().replace("-", " "))  # as typed from paper
    unlock_screen.button.click()
    assert window.passphrase_screen is not None, unlock_screen.message.text()
    assert window.stack.currentWidget() is window.passphrase_screen
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.objectName()) or 0)
    window.passphrase_screen.new.edit.setText(NEW_PASS)
    window.passphrase_screen.confirm.setText(NEW_PASS)
    window.passphrase_screen.save_button.click()
    assert not window.is_locked and shown == ["newKitDue"]
    window.lock()
    assert unlock_screen.secret_label.text() == "Passphrase", "back to the usual form after a lock"
    unlock(vault_dir, ADMIN, NEW_PASS, clock=clock, state_dir=shelterdesk_home / "state").close()
