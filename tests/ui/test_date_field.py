"""Date fields: the usual written forms, a calendar, and what was understood shown back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from shelterdesk.ui.forms import DateField  # the re-exporting module keeps working
from shelterdesk.ui.intake_dialog import IntakeDialog


@pytest.fixture
def field(qtbot) -> DateField:
    field = DateField("Date of birth")
    qtbot.addWidget(field)
    field.show()
    return field


@pytest.mark.parametrize("typed", ["14/03/1996", "14.03.1996", "1996-03-14", "14 Mar 1996"])
def test_the_usual_forms_are_accepted_and_shown_with_the_month_name(qtbot, field, typed):
    qtbot.keyClicks(field.line, typed)
    assert field.value() == date(1996, 3, 14)
    field.line.editingFinished.emit()
    assert field.line.text() == "14 Mar 1996"
    assert field.value() == date(1996, 3, 14)


def test_text_that_is_not_a_date_stays_and_says_how_to_write_one(qtbot, field):
    qtbot.keyClicks(field.line, "14/03/96")
    with pytest.raises(ValueError, match="four-digit year"):
        field.value()
    field.line.editingFinished.emit()
    assert field.line.text() == "14/03/96"


def test_alt_down_opens_a_calendar_and_a_click_fills_the_date(qtbot, field):
    field.set_value(date(1996, 3, 14))
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.calendar_menu.isVisible)
    assert field.calendar.selectedDate() == QDate(1996, 3, 14)
    field.calendar.clicked.emit(QDate(1996, 3, 20))
    assert field.value() == date(1996, 3, 20)
    assert not field.calendar_menu.isVisible()


def test_the_calendar_button_is_there_and_greyed_when_read_only(qtbot, field):
    field.calendar_button.click()
    qtbot.waitUntil(field.calendar_menu.isVisible)
    field.calendar_menu.close()
    field.set_read_only(True)
    assert not field.calendar_button.isEnabled()


def test_intake_stores_a_date_of_birth_written_with_slashes(qtbot, services):
    dialog = IntakeDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.family.line, "Rai")
    dialog.nationalities.add("NP")
    qtbot.keyClicks(dialog.dob.line, "14/03/1996")
    with qtbot.waitSignal(dialog.registered) as signal:
        qtbot.keyClick(dialog.family.line, Qt.Key.Key_Return)
    assert services.cases.get(signal.args[0]).date_of_birth == date(1996, 3, 14)
