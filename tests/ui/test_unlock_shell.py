"""Unlocking: right and wrong passphrase with the growing delay, and each way a vault can refuse to open."""

from __future__ import annotations

import pytest

from shelterdesk.services.vaults import unlock
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from tests.shared import STAFF_PASS
from tests.ui.shell_support import ADMIN, ADMIN_PASS, access_for


@pytest.fixture
def locked_vault(services, vault_dir, clock, shelterdesk_home):
    """A vault with an admin, closed (locked) so the window can open it."""
    services.close()
    return access_for(vault_dir, clock, shelterdesk_home)


@pytest.fixture
def window(qtbot, locked_vault):
    w = MainWindow(locked_vault, SettingsStore())
    qtbot.addWidget(w)
    w.show()
    return w


def attempt(window: MainWindow, user: str, passphrase: str) -> None:
    window.unlock_screen.user.setText(user)
    window.unlock_screen.passphrase.setText(passphrase)
    window.unlock_screen.button.click()


def test_right_passphrase_opens_the_register(window):
    assert window.stack.currentWidget() is window.unlock_screen
    attempt(window, ADMIN, ADMIN_PASS)
    assert not window.is_locked
    assert window.stack.currentWidget() is window.workspace
    assert window.windowTitle() == "ShelterDesk — Harbour House Shelter"
    assert window.unlock_screen.passphrase.text() == ""
    assert SettingsStore().last_user == ADMIN


def test_wrong_passphrase_gets_a_plain_message_then_a_growing_delay(window, clock):
    screen = window.unlock_screen
    attempt(window, ADMIN, "wrong guess entirely")
    assert window.is_locked
    assert screen.message.isVisibleTo(window)
    assert "not right" in screen.message.text()
    assert screen.passphrase.text() == ""
    assert screen.button.isEnabled()  # the first tries are free
    attempt(window, ADMIN, "wrong again")
    attempt(window, ADMIN, "and wrong a third time")
    # Three failures: the throttle asks for a wait; the button waits too and says how long.
    assert not screen.button.isEnabled()
    assert screen.wait_label.isVisibleTo(window)
    assert "1 seconds" in screen.wait_label.text()
    clock.advance(1.5)
    screen._tick()
    assert screen.button.isEnabled()
    assert not screen.wait_label.isVisibleTo(window)
    attempt(window, ADMIN, "fourth wrong one")
    assert "2 seconds" in screen.wait_label.text()
    clock.advance(2.5)
    screen._tick()
    attempt(window, ADMIN, ADMIN_PASS)
    assert not window.is_locked


def test_empty_fields_ask_for_both(window):
    attempt(window, "", "")
    assert "user name and your passphrase" in window.unlock_screen.message.text()


def test_vault_in_use_has_its_own_message(window, locked_vault, clock):
    other = unlock(locked_vault.directory, ADMIN, ADMIN_PASS, clock=clock, state_dir=locked_vault.state_dir)
    try:
        attempt(window, ADMIN, ADMIN_PASS)
    finally:
        other.close()
    text = window.unlock_screen.message.text()
    assert window.is_locked
    assert "open somewhere else" in text and "Next step" in text


def test_newer_version_has_its_own_message(window, locked_vault, clock):
    session = unlock(locked_vault.directory, ADMIN, ADMIN_PASS, clock=clock, state_dir=locked_vault.state_dir)
    session.conn.execute("PRAGMA user_version = 999")
    session.close()
    attempt(window, ADMIN, ADMIN_PASS)
    text = window.unlock_screen.message.text()
    assert "newer ShelterDesk" in text and "install the newer version" in text


def test_damaged_vault_has_its_own_message(window, locked_vault):
    db = next(locked_vault.directory.glob("vault-*.db"))
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size - 100)
    attempt(window, ADMIN, ADMIN_PASS)
    text = window.unlock_screen.message.text()
    assert "damaged" in text and "restore" in text


def test_one_time_passphrase_must_be_replaced_first(qtbot, clock, vault_dir, shelterdesk_home, services):
    services.staff.add("sokha", "caseworker", STAFF_PASS, display_name="Sokha")
    services.close()
    access = access_for(vault_dir, clock, shelterdesk_home)
    w = MainWindow(access, SettingsStore())
    qtbot.addWidget(w)
    w.show()
    attempt(w, "sokha", STAFF_PASS)
    screen = w.passphrase_screen
    assert screen is not None and w.stack.currentWidget() is screen and w.workspace is None
    screen.new.edit.setText("short")
    screen.confirm.setText("short")
    screen.save_button.click()
    assert "at least" in screen.message.text()
    assert w.workspace is None
    screen.new.edit.setText("granite meadow whistles softly")
    screen.confirm.setText("granite meadow whistles softly")
    screen.save_button.click()
    assert w.workspace is not None and w.stack.currentWidget() is w.workspace
    w.lock()
    attempt(w, "sokha", "granite meadow whistles softly")
    assert w.workspace is not None


def test_a_vault_put_back_from_an_older_copy_is_flagged_at_unlock(qtbot, services, vault_dir, clock,
                                                                  shelterdesk_home, tmp_path):
    import shutil

    from PySide6.QtWidgets import QLabel

    from shelterdesk.domain.models import Survivor
    from shelterdesk.services.registry import Services

    services.close()
    old = tmp_path / "old-copy"
    shutil.copytree(vault_dir, old)
    later = Services.for_session(unlock(vault_dir, ADMIN, ADMIN_PASS, clock=clock,
                                        state_dir=shelterdesk_home / "state"))
    later.cases.register(Survivor(family_name="Later", given_names="Work", nationalities=["ID"]))
    later.close()  # the anchor now records the later state
    shutil.rmtree(vault_dir)
    shutil.copytree(old, vault_dir)

    w = MainWindow(access_for(vault_dir, clock, shelterdesk_home), SettingsStore())
    qtbot.addWidget(w)
    w.show()
    attempt(w, ADMIN, ADMIN_PASS)
    warning = w.workspace.findChild(QLabel, "rollbackWarning")
    assert warning is not None and "older copy" in warning.text()
