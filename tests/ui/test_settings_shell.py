"""Settings, roles, titles and layouts: what a person sees, and what never leaves the vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from tests.shared import STAFF_PASS
from tests.ui.shell_support import PEOPLE, access_for, seed, unlocked_window

NEW_PASS = "granite meadow whistles softly"


@pytest.fixture
def access(services, vault_dir, clock, shelterdesk_home):
    seed(services)
    services.staff.add("reader", "readonly", STAFF_PASS, display_name="Rita Reader")
    services.staff.add("worker", "caseworker", STAFF_PASS, display_name="Kim Worker")
    services.close()
    return access_for(vault_dir, clock, shelterdesk_home)


def unlock_member(qtbot, access, username: str) -> MainWindow:
    window = MainWindow(access, SettingsStore())
    qtbot.addWidget(window)
    window.show()
    window.unlock_screen.user.setText(username)
    window.unlock_screen.passphrase.setText(STAFF_PASS)
    window.unlock_screen.button.click()
    window.passphrase_screen.new.edit.setText(NEW_PASS)
    window.passphrase_screen.confirm.setText(NEW_PASS)
    window.passphrase_screen.save_button.click()
    assert window.workspace is not None
    return window


def visible_button_texts(widget) -> set[str]:
    return {b.accessibleName() or b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)}


def test_read_only_staff_see_no_editing_controls(qtbot, access):
    window = unlock_member(qtbot, access, "reader")
    ws = window.workspace
    assert not ws.register.intake_button.isVisibleTo(window)
    assert "Save the shelter profile" not in visible_button_texts(ws.settings_view)
    assert "Choose a logo image for letterheads" not in visible_button_texts(ws.settings_view)
    assert ws.settings_view.profile_form.name.isReadOnly()
    keys = [ws.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ws.sidebar.count())]
    assert "staff" not in keys
    ws.new_intake()  # Ctrl+N does nothing for them
    assert ws.dialogs == []


def test_case_workers_may_register_but_not_edit_the_letterhead(qtbot, access):
    window = unlock_member(qtbot, access, "worker")
    ws = window.workspace
    assert ws.register.intake_button.isVisibleTo(window)
    assert "Save the shelter profile" not in visible_button_texts(ws.settings_view)


def test_admin_sees_editing_controls(qtbot, access):
    window = unlock_window_admin(qtbot, access)
    ws = window.workspace
    assert ws.register.intake_button.isVisibleTo(window)
    assert "Save the shelter profile" in visible_button_texts(ws.settings_view)


def unlock_window_admin(qtbot, access) -> MainWindow:
    return unlocked_window(qtbot, access)


def test_saving_the_profile_updates_the_title(qtbot, access):
    window = unlock_window_admin(qtbot, access)
    view = window.workspace.settings_view
    view.profile_form.name.setText("Riverside Refuge")
    view.save_profile_button.click()
    assert window.windowTitle() == "ShelterDesk — Riverside Refuge"
    view.profile_form.name.setText("  ")
    view.save_profile_button.click()
    assert "shelter's name" in view.profile_message.text()


def test_auto_lock_minutes_setting_applies_at_once_and_persists(qtbot, access, clock):
    window = unlock_window_admin(qtbot, access)
    window.workspace.settings_view.auto_lock.setValue(2)
    assert SettingsStore().auto_lock_minutes == 2
    clock.advance(2 * 60 + 1)
    window.idle.check()
    assert window.is_locked


def test_no_survivor_data_in_titles_or_settings(qtbot, access):
    window = unlock_window_admin(qtbot, access)
    reg = window.workspace.register
    reg.search.setText("Santoso")
    reg.apply_filters()
    reg.nationality_filter.setCurrentIndex(reg.nationality_filter.findData("ID"))
    reg.save_preset("Mine")
    window.workspace.open_case(reg.model.survivor_id(0))
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets()]
    window.close()
    stored = SettingsStore().path.read_text("utf-8")
    for family, given, native, *_ in PEOPLE:
        for word in filter(None, (family, given, native)):
            assert all(word not in t for t in titles)
            assert word not in stored
    assert window.windowTitle() == "ShelterDesk"


def test_right_to_left_layout_builds_and_lays_out(qtbot, access):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = unlock_window_admin(qtbot, access)
        window.resize(1000, 700)
        ws = window.workspace
        for key in ("register", "settings"):
            ws.show_page(key)
            qtbot.wait(10)
        table = ws.register.table
        assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # The sidebar sits on the right in a right-to-left layout.
        assert ws.sidebar.parentWidget().geometry().x() > ws.stack.geometry().x()
        table.viewport().grab()  # paints the chips and rows without crashing
        window.lock()
        assert window.unlock_screen.button.width() > 0
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
