"""Intake: keyboard-first registration, native-script names, duplicate warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shelterdesk.domain.enums import DocumentStatus, Vulnerability
from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.domain.names import fold_latin
from shelterdesk.ui.intake_dialog import IntakeDialog
from tests.ui.helpers import button, type_text


def open_intake(qtbot, services) -> IntakeDialog:
    dialog = IntakeDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_register_with_native_script_names_by_keyboard(qtbot, services):
    dialog = open_intake(qtbot, services)
    assert dialog.focusWidget() is dialog.family.line
    qtbot.keyClicks(dialog.family.line, "Sok")
    qtbot.keyClick(dialog.family.line, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "Dara")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.native.line
    type_text(dialog.native.line, "សុខ ដារ៉ា")
    qtbot.keyClicks(dialog.age.line, "24")
    dialog.estimated.box.setChecked(True)
    qtbot.keyClicks(dialog.nationalities.line, "Cambodia")
    qtbot.keyClicks(dialog.languages.line, "km")
    qtbot.keyClicks(dialog.passport.line, "N0123456")
    dialog.passport_status.set_value(DocumentStatus.HELD_BY_EMPLOYER)
    dialog.vulnerabilities.boxes["injured"].setChecked(True)

    with qtbot.waitSignal(dialog.registered) as signal:
        qtbot.keyClick(dialog.admission.line, Qt.Key.Key_Return)  # Enter saves
    stored = services.cases.get(signal.args[0])
    assert (stored.family_name, stored.given_names, stored.native_name) == ("Sok", "Dara", "សុខ ដារ៉ា")
    assert stored.estimated_age == 24 and stored.dob_estimated
    assert stored.nationalities == ["KH"] and stored.languages == ["km"]
    assert stored.documents == [IdentityDocument(number="N0123456", status=DocumentStatus.HELD_BY_EMPLOYER)]
    assert stored.vulnerabilities == [Vulnerability.INJURED]
    assert stored.stay.admission_date == services.session.clock.today()
    assert not dialog.isVisible()


def test_chinese_name_typed_with_input_method_is_stored(qtbot, services):
    dialog = open_intake(qtbot, services)
    qtbot.keyClicks(dialog.family.line, "Zhang")
    qtbot.keyClicks(dialog.given.line, "Wei")
    type_text(dialog.native.line, "张伟")
    dialog.nationalities.add("CN")
    with qtbot.waitSignal(dialog.registered) as signal:
        button(dialog, "Register").click()
    assert services.cases.get(signal.args[0]).native_name == "张伟"


def test_escape_cancels_without_saving_once_the_discard_is_confirmed(qtbot, services, monkeypatch):
    dialog = open_intake(qtbot, services)
    qtbot.keyClicks(dialog.family.line, "Nguyen")
    dialog.nationalities.add("VN")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.family.line, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.cases.count(_all()) == 0


def test_missing_fields_are_shown_next_to_them_and_text_is_kept(qtbot, services):
    dialog = open_intake(qtbot, services)
    type_text(dialog.native.line, "محمد أحمد")
    qtbot.keyClicks(dialog.dob.line, "14/03/99")  # a two-digit year could be a century off
    qtbot.keyClicks(dialog.nationalities.line, "Atlantis")
    button(dialog, "Register").click()
    assert "four-digit year" in dialog.dob.error_text()
    assert "Atlantis" in dialog.nationalities.error_text()
    assert dialog.dob.text() == "14/03/99" and dialog.native.text() == "محمد أحمد"
    assert services.cases.count(_all()) == 0

    dialog.dob.line.clear()
    qtbot.keyClicks(dialog.dob.line, "1999-03-14")
    dialog.nationalities.line.clear()
    dialog.nationalities.add("unknown")
    button(dialog, "Register").click()
    assert "Latin letters" in dialog.family.error_text()  # the service's message, next to the field
    assert dialog.native.text() == "محمد أحمد"
    qtbot.keyClicks(dialog.family.line, "Ahmed")
    with qtbot.waitSignal(dialog.registered):
        button(dialog, "Register").click()
    assert services.cases.count(_all()) == 1


def existing(services) -> Survivor:
    return services.cases.register(Survivor(
        family_name="Santoso", given_names="Budi", nationalities=["ID"], date_of_birth=date(1998, 5, 2),
        documents=[IdentityDocument(number="C1234567")]))


def fill_similar(qtbot, dialog: IntakeDialog) -> None:
    qtbot.keyClicks(dialog.family.line, "Santoso")
    qtbot.keyClicks(dialog.given.line, "Budi")
    qtbot.keyClicks(dialog.passport.line, "C1234567")
    dialog.nationalities.add("ID")


def test_duplicate_warning_then_open_the_existing_case(qtbot, services):
    first = existing(services)
    dialog = open_intake(qtbot, services)
    fill_similar(qtbot, dialog)
    button(dialog, "Register").click()
    assert dialog.duplicates.isVisible()
    assert services.cases.count(_all()) == 1  # nothing saved before the person decides
    assert "Same document number" in " ".join(w.text() for w in dialog.duplicates.findChildren(type(dialog.notice.label)))
    with qtbot.waitSignal(dialog.open_case) as signal:
        button(dialog, f"Open {first.case_number}").click()
    assert signal.args == [first.id]
    assert services.cases.count(_all()) == 1
    assert not dialog.isVisible()


def test_duplicate_warning_then_confirm_a_different_person(qtbot, services):
    existing(services)
    dialog = open_intake(qtbot, services)
    fill_similar(qtbot, dialog)
    button(dialog, "Register").click()
    with qtbot.waitSignal(dialog.registered) as signal:
        button(dialog, "This is a different person — register").click()
    assert services.cases.count(_all()) == 2
    entries = services.audit.entries(entity="survivor", entity_id=signal.args[0])
    assert any("duplicate warning overridden" in e.detail for e in entries)


def test_names_in_latin_script_fold_for_the_duplicate_check(qtbot, services):
    """A name typed with diacritics still finds the case registered without them."""
    existing(services)
    dialog = open_intake(qtbot, services)
    type_text(dialog.family.line, "Santóso")
    qtbot.keyClicks(dialog.given.line, "Budi")
    dialog.nationalities.add("ID")
    assert fold_latin("Santóso") == fold_latin("Santoso")
    button(dialog, "Register").click()
    assert dialog.duplicates.isVisible()


def _all():
    from shelterdesk.domain.queries import CaseQuery

    return CaseQuery()
