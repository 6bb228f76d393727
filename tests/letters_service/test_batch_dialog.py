"""The batch dialog: runs without blocking, writes the chosen output, can be cancelled."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from shelterdesk.ui import pdf_preview
from shelterdesk.ui.batch_letters_dialog import BatchLettersDialog


@pytest.fixture
def dialog(office, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(pdf_preview, "ask_folder", lambda parent, _vault_dir: tmp_path)
    d = BatchLettersDialog(office.svc)
    qtbot.addWidget(d)
    d.nationality.setCurrentIndex(d.nationality.findData("ID"))
    return d


def test_batch_writes_one_combined_pdf_and_lists_skipped(office, dialog, qtbot, tmp_path):
    office.make_case(family="ALPHA")
    office.make_case(family="BRAVO", consent=None)
    office.make_case(family="CHARLIE")
    dialog.start()
    assert dialog.is_running()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    [combined] = list(tmp_path.glob("letters_*.pdf"))
    letters = office.svc.letters.disclosures()
    assert len(letters) == 2
    issued_pages = sum(len(PdfReader(io.BytesIO(office.svc.letters.reprint(d.letter_id))).pages) for d in letters)
    assert len(PdfReader(combined).pages) == issued_pages
    summary = dialog.summary.toPlainText()
    assert "Issued 2 letter(s). Skipped 1 case(s)." in summary  # English plural forms: see test_plurals
    assert "Skipped SD-2026-0002" in summary and "consent" in summary
    assert dialog.progress.value() == dialog.progress.maximum() == 3


def test_batch_one_file_per_letter(office, dialog, qtbot, tmp_path):
    office.make_case(family="ALPHA")
    office.make_case(family="BRAVO")
    dialog.per_letter.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert sorted(p.name for p in tmp_path.glob("SD-*.pdf")) == [
        "SD-2026-0001_REF-2026-00001.pdf", "SD-2026-0002_REF-2026-00002.pdf"]


def test_batch_can_be_cancelled(office, dialog, qtbot):
    for name in ("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT"):
        office.make_case(family=name)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=20000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    issued = len(office.svc.letters.disclosures())
    assert 1 <= issued < 6
    assert "Cancelled after" in dialog.summary.toPlainText()
    assert dialog.start_button.isEnabled()


def test_non_embassy_letter_without_a_recipient_is_refused_up_front(office, dialog, monkeypatch):
    office.make_case()
    shown: list[str] = []
    monkeypatch.setattr("shelterdesk.ui.operations.show_error", lambda parent, e: shown.append(str(e)))
    dialog.template.setCurrentIndex(dialog.template.findData("provider_medical"))
    dialog.start()
    assert shown and "Choose the provider" in shown[0]
    assert not dialog.is_running()
