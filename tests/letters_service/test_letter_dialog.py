"""The letter dialog: field picker, live preview from memory, save after the warning, roles."""

from __future__ import annotations

import io

from letter_checks import PASSPORT
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from shelterdesk.domain.enums import Role
from shelterdesk.ui import pdf_preview, printing
from shelterdesk.ui.letter_dialog import LetterDialog
from tests.shared import flat, pdf_text, services_as


def _items(dialog: LetterDialog) -> dict:
    tree = dialog.fields
    return {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}


def test_consented_fields_preselected_and_disallowed_disabled(office, qtbot):
    sid = office.make_case()
    dialog = LetterDialog(office.svc, sid, office.embassy_id)
    qtbot.addWidget(dialog)
    items = _items(dialog)
    assert items["passport_number"].checkState(0) == Qt.CheckState.Checked
    assert items["passport_number"].text(1) == PASSPORT  # the coordinator sees what goes out
    assert items["home_address"].checkState(0) == Qt.CheckState.Unchecked
    assert items["home_address"].flags() & Qt.ItemFlag.ItemIsEnabled
    assert not items["compound_location"].flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.template.currentData() == "embassy_travel_document"
    assert dialog.language.currentData() == "id"
    assert dialog.windowTitle() == "Referral letter" and "WIJAYA" not in dialog.windowTitle()


def test_preview_loads_from_memory_and_records_nothing(office, qtbot):
    sid = office.make_case()
    dialog = LetterDialog(office.svc, sid, office.embassy_id)
    qtbot.addWidget(dialog)
    dialog.refresh_preview()
    doc = dialog.preview.document
    qtbot.waitUntil(lambda: doc.status() == QPdfDocument.Status.Ready)
    assert doc.pageCount() >= 1
    assert office.svc.letters.disclosures(sid) == []


def test_missing_consent_shows_the_override_path(office, qtbot):
    sid = office.make_case(consent=None)
    dialog = LetterDialog(office.svc, sid, office.embassy_id)
    qtbot.addWidget(dialog)
    dialog.refresh_preview()
    assert not dialog.override_row.isHidden()
    assert "override" in dialog.consent_label.text()
    assert "override" in dialog.preview.message.text()
    dialog.override.setText("Person is in hospital; the embassy must confirm identity today")
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.preview.document.status() == QPdfDocument.Status.Ready)


def test_save_writes_the_issued_letter_after_the_warning(office, qtbot, tmp_path, monkeypatch):
    sid = office.make_case()
    dialog = LetterDialog(office.svc, sid, office.embassy_id)
    qtbot.addWidget(dialog)
    _items(dialog)["visa_status"].setCheckState(0, Qt.CheckState.Unchecked)
    target = tmp_path / "out.pdf"
    warned: list[bool] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(True) or QMessageBox.StandardButton.Save)
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda parent, suggested, _vault_dir: target)
    dialog.save_letter()
    assert warned
    [d] = office.svc.letters.disclosures(sid)
    assert "visa_status" not in d.fields and "passport_number" in d.fields
    text = flat(pdf_text(target.read_bytes(), tmp_path))
    assert PASSPORT in text and "VISAMARK31" not in text


def test_declining_the_warning_saves_and_records_nothing(office, qtbot, tmp_path, monkeypatch):
    sid = office.make_case()
    dialog = LetterDialog(office.svc, sid, office.embassy_id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda parent, suggested, _vault_dir: tmp_path / "no.pdf")
    dialog.save_letter()
    assert not (tmp_path / "no.pdf").exists()
    assert office.svc.letters.disclosures(sid) == []


def test_caseworker_sees_why_and_cannot_issue(office, qtbot):
    sid = office.make_case()
    embassy = office.embassy_id
    svc = services_as(office.svc, Role.CASEWORKER)
    try:
        dialog = LetterDialog(svc, sid, embassy)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
        assert "coordinators and administrators" in dialog.role_notice.text()
        dialog.refresh_preview()
        assert "coordinators and administrators" in dialog.preview.message.text()
    finally:
        svc.close()


def test_opened_from_a_referral_uses_its_agency_and_reference(office, qtbot, tmp_path, monkeypatch):
    sid = office.make_case()
    ref = office.svc.referrals.create(sid, office.embassy_id, reason="Embassy visit on Friday")
    dialog = LetterDialog(office.svc, sid, referral_id=ref.id)
    qtbot.addWidget(dialog)
    assert dialog.agency_id() == office.embassy_id and not dialog.agency.isEnabled()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda parent, suggested, _vault_dir: tmp_path / "ref.pdf")
    dialog.save_letter()
    assert ref.reference in pdf_text((tmp_path / "ref.pdf").read_bytes(), tmp_path)


def test_print_issues_the_letter_and_prints_every_page(office, qtbot, tmp_path, monkeypatch):
    sid = office.make_case()
    dialog = LetterDialog(office.svc, sid, office.embassy_id)
    qtbot.addWidget(dialog)
    printed = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: printer)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    dialog.print_letter()
    [d] = office.svc.letters.disclosures(sid)
    letter = office.svc.letters.reprint(d.letter_id)
    assert len(PdfReader(printed).pages) == len(PdfReader(io.BytesIO(letter)).pages)


def test_dialog_warns_when_the_recipient_has_no_address(office, qtbot):
    sid = office.make_case(nationality="TH", consent="embassy")
    thai = office.svc.agencies.embassies_for("TH")[0]
    dialog = LetterDialog(office.svc, sid, thai.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warnings.isVisible()
    assert "no postal address for Royal Thai Embassy" in dialog.warnings.text()
    dialog.agency.setCurrentIndex(dialog.agency.findData(office.embassy_id))  # has an address
    assert "postal address" not in dialog.warnings.text()
