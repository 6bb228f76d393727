"""First run: create the vault through the form, see the recovery code once, set the letterhead."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shelterdesk.services.vaults import unlock
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.shell_support import access_for


def test_first_run_creates_the_vault_and_shows_the_code_once(qtbot, vault_dir, clock, shelterdesk_home):
    access = access_for(vault_dir, clock, shelterdesk_home)
    window = MainWindow(access, SettingsStore())
    qtbot.addWidget(window)
    window.show()
    screen = window.first_run
    assert screen is not None and window.stack.currentWidget() is screen

    screen.shelter_name.setText("Mekong Light Shelter")
    qtbot.keyClicks(screen.username, "sokha")
    screen.display_name.setText("Sokha Chan")
    qtbot.keyClicks(screen.passphrase.edit, "sokha12345")
    assert not screen.passphrase.acceptable()
    assert screen.passphrase.verdict.text()  # the meter says why
    screen.create_button.click()
    assert "stronger passphrase" in screen.account_message.text()
    assert not access.exists()

    screen.passphrase.edit.setText("violet canyon murmurs at dawn")
    assert screen.passphrase.meter.value() >= 3
    screen.confirm.setText("violet canyon murmurs at dusk")
    screen.create_button.click()
    assert "differ" in screen.account_message.text() and not access.exists()
    screen.confirm.setText("violet canyon murmurs at dawn")
    screen.create_button.click()
    assert access.exists()
    assert screen.steps.currentIndex() == 1
    code = screen.code_label.text()
    assert len(code) > 10
    assert not screen.code_next.isEnabled()  # must confirm it was written down
    QApplication.clipboard().setText(code)
    screen.code_kept.setChecked(True)
    screen.code_next.click()
    assert screen.code_label.text() == ""  # shown once
    assert QApplication.clipboard().text() != code

    assert screen.profile_form.name.text() == "Mekong Light Shelter"
    screen.profile_form.phone.setText("+855 23 000 000")
    screen.profile_form.address.setPlainText("Street 1, Phnom Penh")
    screen.finish_button.click()
    assert window.first_run is None and not window.is_locked
    assert window.windowTitle() == "ShelterDesk — Mekong Light Shelter"
    window.lock()

    session = unlock(vault_dir, "sokha", "violet canyon murmurs at dawn", clock=clock,
                     state_dir=shelterdesk_home / "state")
    try:
        assert session.actor.role == "administrator" and session.actor.display_name == "Sokha Chan"
        from shelterdesk.services.vaults import shelter_profile

        assert shelter_profile(session).phone == "+855 23 000 000"
    finally:
        session.close()


def test_first_run_needs_a_shelter_name(qtbot, vault_dir, clock, shelterdesk_home):
    access = access_for(vault_dir, clock, shelterdesk_home)
    window = MainWindow(access, SettingsStore())
    qtbot.addWidget(window)
    screen = window.first_run
    screen.username.setText("sokha")
    screen.passphrase.edit.setText("violet canyon murmurs at dawn")
    screen.confirm.setText("violet canyon murmurs at dawn")
    screen.create_button.click()
    assert "shelter's name" in screen.account_message.text()
    assert not access.exists()


def test_bad_user_name_is_explained(qtbot, vault_dir, clock, shelterdesk_home):
    access = access_for(vault_dir, clock, shelterdesk_home)
    window = MainWindow(access, SettingsStore())
    qtbot.addWidget(window)
    screen = window.first_run
    screen.shelter_name.setText("Mekong Light Shelter")
    screen.username.setText("Sokha Chan!")
    screen.passphrase.edit.setText("violet canyon murmurs at dawn")
    screen.confirm.setText("violet canyon murmurs at dawn")
    screen.create_button.click()
    assert "user name" in screen.account_message.text()
    assert not access.exists()
