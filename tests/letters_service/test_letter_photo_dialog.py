"""The letter dialog offers the person's stored photos for embassy letters and prints the chosen one."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from shelterdesk.domain.enums import AgencyKind
from shelterdesk.domain.models import Agency
from shelterdesk.ui import pdf_preview
from shelterdesk.ui.letter_dialog import LetterDialog
from tests.attachments.samples import photo_with_location


def test_embassy_letter_with_the_chosen_photo(office, qtbot, tmp_path, monkeypatch):
    sid = office.make_case()
    photo = office.svc.attachments.add(sid, "face.jpg", photo_with_location(size=(300, 400)), "photo")
    dialog = LetterDialog(office.svc, sid, office.embassy_id)
    qtbot.addWidget(dialog)
    assert dialog.photo.isEnabled() and dialog.photo.count() == 2
    dialog.photo.setCurrentIndex(dialog.photo.findData(photo.id))
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda parent, suggested, vault_dir: target)
    dialog.save_letter()
    assert sum(len(p.images) for p in PdfReader(io.BytesIO(target.read_bytes())).pages) == 1
    assert "photo" in office.svc.letters.disclosures(sid)[-1].fields


def test_no_photo_choice_for_other_recipients(office, qtbot):
    sid = office.make_case()
    office.svc.attachments.add(sid, "face.jpg", photo_with_location(), "photo")
    clinic = office.svc.agencies.save(Agency(kind=AgencyKind.PROVIDER, name="Riverside Clinic"))
    dialog = LetterDialog(office.svc, sid, clinic.id)
    qtbot.addWidget(dialog)
    assert not dialog.photo.isEnabled() and dialog.request().photo_attachment_id is None
