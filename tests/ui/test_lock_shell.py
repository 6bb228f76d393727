"""Locking: auto-lock after idle (fake clock), Ctrl+L, the panic key, drafts kept first, resuming."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QWidget

from shelterdesk.ui import main_window as main_window_module
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.shell_support import access_for, activate, seed, unlocked_window


class FakeCaseFile(QWidget):
    """Stands in for the case file: records the calls the shell makes before a lock."""

    letter_requested = Signal(int)
    saved = Signal(int)
    closed = Signal()
    calls: list[str] = []

    def __init__(self, services, survivor_id, parent=None):
        super().__init__(parent)
        self.survivor_id = survivor_id
        self.unsaved = True

    def has_unsaved_changes(self) -> bool:
        return self.unsaved

    def keep_draft(self) -> None:
        FakeCaseFile.calls.append(f"keep_draft {self.survivor_id}")

    def clear(self) -> None:
        FakeCaseFile.calls.append("clear")


@pytest.fixture
def ids(services):
    found = seed(services)
    services.close()
    return found


@pytest.fixture
def window(qtbot, ids, vault_dir, clock, shelterdesk_home):
    return unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home))


def assert_locked(window, services) -> None:
    assert window.is_locked
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.workspace is None
    assert not services.session.vault.is_open
    assert services.session.vault._key is None  # wiped, not just dropped
    assert window.windowTitle() == "ShelterDesk"


def test_auto_lock_after_idle_empties_models_and_closes_the_vault(qtbot, window, clock):
    services = window.services
    model = window.workspace.register.model
    assert model.rowCount() == 6
    clock.advance(4 * 60)
    window.idle.check()
    assert not window.is_locked  # 4 minutes: not yet
    clock.advance(61)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)  # the watcher's own timer fires
    assert_locked(window, services)
    assert model.rowCount() == 0 and model.cached_rows() == 0


def test_input_resets_the_idle_time(qtbot, window, clock):
    clock.advance(4 * 60)
    qtbot.mouseMove(window.workspace.register.table.viewport(), QPoint(20, 20))
    qtbot.keyClick(window.workspace.register.search, Qt.Key.Key_Shift)
    clock.advance(2 * 60)
    window.idle.check()
    assert not window.is_locked


def test_auto_lock_minutes_come_from_settings(qtbot, ids, vault_dir, clock, shelterdesk_home):
    settings = SettingsStore()
    settings.auto_lock_minutes = 15
    window = unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home), settings)
    clock.advance(14 * 60)
    window.idle.check()
    assert not window.is_locked
    clock.advance(61)
    window.idle.check()
    assert window.is_locked


def test_ctrl_l_locks(qtbot, window):
    services = window.services
    activate(window)
    qtbot.keyClick(window.workspace.register.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(window, services)


def test_sidebar_lock_button_locks(window):
    services = window.services
    window.workspace.lock_button.click()
    assert_locked(window, services)


def test_panic_hides_the_window_and_locks(qtbot, window):
    services = window.services
    activate(window)
    qtbot.keyClick(window.workspace.register.search, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.isVisible()
    assert_locked(window, services)
    window.bring_back()
    assert window.isVisible() and window.stack.currentWidget() is window.unlock_screen


def test_lock_keeps_unsaved_case_edits_as_draft_first(qtbot, window, ids, monkeypatch):
    monkeypatch.setattr(main_window_module, "CaseFileWidget", FakeCaseFile)
    FakeCaseFile.calls = []
    window.workspace.open_case(ids["Zhang"])
    services = window.services
    window.lock()
    assert FakeCaseFile.calls == [f"keep_draft {ids['Zhang']}", "clear"]
    assert_locked(window, services)


def test_unlocking_returns_to_the_same_case(qtbot, window, ids, monkeypatch):
    monkeypatch.setattr(main_window_module, "CaseFileWidget", FakeCaseFile)
    window.workspace.open_case(ids["Wijaya"])
    window.lock()
    window.unlock_screen.passphrase.setText("correct horse battery staple")
    window.unlock_screen.button.click()
    assert window.workspace.current_screen() == "case"
    assert window.workspace.case_file.survivor_id == ids["Wijaya"]


def test_unlocking_returns_to_the_same_screen(qtbot, window):
    window.workspace.show_page("settings")
    window.lock()
    window.unlock_screen.passphrase.setText("correct horse battery staple")
    window.unlock_screen.button.click()
    assert window.workspace.current_screen() == "settings"


def test_lock_forgets_the_search_text(qtbot, window):
    window.workspace.register.search.setText("Santoso")
    window.workspace.register.apply_filters()
    window.lock()
    window.unlock_screen.passphrase.setText("correct horse battery staple")
    window.unlock_screen.button.click()
    assert window.workspace.register.search.text() == ""
    assert window.workspace.register.model.rowCount() == 6
