"""Forms that forgive: Escape asks before a typed form is thrown away, Ctrl+S saves the case file from anywhere
and says so, and the passport status follows a typed number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shelterdesk.domain.enums import DocumentStatus
from shelterdesk.ui.intake_dialog import IntakeDialog
from tests.ui.helpers import type_text
from tests.ui.shell_support import access_for, activate, seed, unlocked_window


@pytest.fixture
def intake(qtbot, services):
    dialog = IntakeDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.objectName()) or button)
    return asked


def test_escape_on_an_untouched_intake_just_closes(qtbot, intake, monkeypatch):
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(intake, Qt.Key.Key_Escape)
    assert asked == [] and not intake.isVisible()


def test_escape_on_a_half_filled_intake_asks_and_keeps_editing_by_default(qtbot, intake, monkeypatch):
    type_text(intake.native.line, "राम बहादुर")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)  # "Keep editing" (Escape in the box)
    qtbot.keyClick(intake.native.line, Qt.Key.Key_Escape)
    assert asked == ["confirmDiscard"] and intake.isVisible()
    assert intake.native.text() == "राम बहादुर"
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(intake.native.line, Qt.Key.Key_Escape)
    assert not intake.isVisible()


def test_locking_closes_a_typed_intake_without_asking(qtbot, services, vault_dir, clock, shelterdesk_home,
                                                       monkeypatch):
    services.close()
    window = unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home))
    window.workspace.new_intake()
    dialog = window.findChild(IntakeDialog)
    type_text(dialog.family.line, "Thapa")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.lock()
    assert asked == [] and not dialog.isVisible()


def test_passport_status_follows_a_typed_number(qtbot, intake):
    assert intake.passport_status.value() == DocumentStatus.NONE
    qtbot.keyClicks(intake.passport.line, "N0123456")
    assert intake.passport_status.value() == DocumentStatus.IN_HAND
    intake.passport.line.selectAll()
    qtbot.keyClick(intake.passport.line, Qt.Key.Key_Delete)
    assert intake.passport_status.value() == DocumentStatus.NONE
    index = intake.passport_status.combo.findData(DocumentStatus.HELD_BY_EMPLOYER.value)
    intake.passport_status.combo.setCurrentIndex(index)
    intake.passport_status.combo.activated.emit(index)  # picked by the person
    qtbot.keyClicks(intake.passport.line, "N0123456")
    assert intake.passport_status.value() == DocumentStatus.HELD_BY_EMPLOYER, "a status picked by hand stays"


@pytest.fixture
def window(qtbot, services, vault_dir, clock, shelterdesk_home):
    ids = seed(services)
    services.close()
    w = unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home))
    w.workspace.open_case(ids["Zhang"])
    return w


def test_ctrl_s_saves_the_case_file_wherever_the_focus_is_and_says_so(qtbot, window):
    activate(window)  # shortcuts fire only in the active window
    case_file = window.workspace.case_file
    case_file.identity.fields["given_names"].set_raw("Wei Ming")
    assert case_file.has_unsaved_changes()
    window.workspace.sidebar.setFocus()  # the focus is not in the case form
    qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not case_file.has_unsaved_changes()
    assert window.statusBar().currentMessage() == "Case saved."
    assert window.services.cases.get(window.workspace.case_id).given_names == "Wei Ming"
    qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "No changes to save."
    window.workspace.show_page("agencies")
    qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing to save here" in window.statusBar().currentMessage()


def test_escape_in_a_changed_case_file_asks_before_closing(qtbot, window):
    activate(window)  # shortcuts fire only in the active window
    case_file = window.workspace.case_file
    case_file.identity.fields["given_names"].set_raw("Wei Ming")
    given = case_file.identity.fields["given_names"]
    given.setFocus()
    qtbot.keyClick(window.focusWidget() or given, Qt.Key.Key_Escape)
    assert window.workspace.case_file is case_file, "not closed: unsaved changes"
    assert "unsaved changes" in case_file.notice.message()
    case_file.discard()
    qtbot.keyClick(case_file.tabs, Qt.Key.Key_Escape)
    assert window.workspace.case_file is None and window.workspace.current_screen() == "register"


def test_case_file_copies_names_and_numbers_and_the_clipboard_is_cleared_on_lock(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    case_file = window.workspace.case_file
    case_file._fill_copy_menu()
    actions = {a.text(): a for a in case_file.copy_menu.actions()}
    assert {"Case number", "Name (passport)", "Name (own script)"} <= set(actions)
    clipboard = QGuiApplication.clipboard()
    actions["Name (own script)"].trigger()
    assert clipboard.text() == "张伟"
    actions["Case number"].trigger()
    assert clipboard.text() == case_file.survivor.case_number
    window.lock()
    assert clipboard.text() == ""
