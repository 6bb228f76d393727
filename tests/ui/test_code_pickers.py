"""Country and language pickers: suggestions as you type, Enter adds and never submits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from shelterdesk.domain.queries import CaseQuery
from shelterdesk.ui.code_pickers import CodeListField
from shelterdesk.ui.intake_dialog import IntakeDialog
from tests.ui.helpers import type_text


def open_intake(qtbot, services) -> IntakeDialog:
    dialog = IntakeDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.family.line, "Rai")
    return dialog


def suggestions(field: CodeListField) -> list[str]:
    return field.suggestions.stringList() if field.completer.popup().isVisible() else []


def test_typing_shows_suggestions_and_picking_one_adds_it(qtbot, services):
    dialog = open_intake(qtbot, services)
    qtbot.keyClicks(dialog.languages.line, "Nep")
    qtbot.waitUntil(lambda: "Nepali (NE)" in suggestions(dialog.languages))
    popup = dialog.languages.completer.popup()
    popup.setCurrentIndex(dialog.languages.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.languages.line.text() == "")
    assert dialog.languages.codes() == ["ne"]
    assert dialog.isVisible()


@pytest.mark.parametrize(("field", "typed", "code"), [
    ("nationalities", "Burma", "MM"), ("nationalities", "Nepali", "NP"),
    ("languages", "Bahasa Indonesia", "id"), ("languages", "Mandarin", "cmn"),
])
def test_enter_adds_the_typed_value_and_never_registers(qtbot, services, field, typed, code):
    dialog = open_intake(qtbot, services)
    picker: CodeListField = getattr(dialog, field)
    qtbot.keyClicks(picker.line, typed)
    picker.completer.popup().hide()  # Enter with no suggestion highlighted
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert picker.codes() == [code]
    assert picker.line.text() == ""
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)  # Enter in the emptied field does not save either
    assert dialog.isVisible()
    assert services.cases.count(CaseQuery()) == 0


def test_enter_on_an_unknown_name_says_so_and_keeps_the_text(qtbot, services):
    dialog = open_intake(qtbot, services)
    qtbot.keyClicks(dialog.nationalities.line, "Atlantis")
    dialog.nationalities.completer.popup().hide()
    qtbot.keyClick(dialog.nationalities.line, Qt.Key.Key_Return)
    assert "Atlantis" in dialog.nationalities.error_text()
    assert dialog.nationalities.line.text() == "Atlantis"
    assert dialog.isVisible() and services.cases.count(CaseQuery()) == 0


def test_an_autonym_typed_with_an_input_method_is_found(qtbot, services):
    dialog = open_intake(qtbot, services)
    type_text(dialog.languages.line, "नेपाली")
    dialog.languages.completer.popup().hide()
    qtbot.keyClick(dialog.languages.line, Qt.Key.Key_Return)
    assert dialog.languages.codes() == ["ne"]


@pytest.fixture
def indonesian_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("id_ID"))
    yield
    QLocale.setDefault(before)


def test_names_are_shown_in_the_ui_language(qtbot, services, indonesian_locale):
    dialog = open_intake(qtbot, services)
    qtbot.keyClicks(dialog.nationalities.line, "Jerm")
    qtbot.waitUntil(lambda: "Jerman (DE)" in suggestions(dialog.nationalities))
    dialog.languages.set_value(["en"])
    chips = [b.text() for b in dialog.languages.findChildren(type(dialog.languages.chips_row.itemAt(0).widget()))]
    assert any(text.startswith("Inggris (EN)") for text in chips)


def test_enter_while_the_list_shows_and_nothing_is_highlighted_adds_the_typed_name(qtbot, services):
    dialog = open_intake(qtbot, services)
    qtbot.keyClicks(dialog.nationalities.line, "Burma")
    popup = dialog.nationalities.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(popup.model().index(-1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.nationalities.codes() == ["MM"])
    assert dialog.isVisible() and services.cases.count(CaseQuery()) == 0
