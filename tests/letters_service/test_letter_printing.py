"""Printing a letter sends a reasonable job: the PDF itself to CUPS or to a file, a modest raster otherwise;
the preview zooms; an issued letter offers to move its referral from Draft to Sent."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from shelterdesk.domain.enums import ReferralStatus
from shelterdesk.ui import printing
from shelterdesk.ui.letter_dialog import LetterDialog


@pytest.fixture
def dialog(office, qtbot):
    d = LetterDialog(office.svc, office.make_case(), office.embassy_id)
    qtbot.addWidget(d)
    return d


def _file_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_to_file_is_a_save_the_letters_own_pdf_private_after_the_warning(office, dialog, tmp_path,
                                                                               monkeypatch):
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: _file_printer(target))
    warnings = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.objectName())
                        or QMessageBox.StandardButton.Cancel)
    dialog.print_letter()
    assert warnings == ["notEncryptedWarning"]
    assert not target.exists() and office.svc.letters.disclosures() == [], "cancelled: nothing issued or written"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    dialog.print_letter()
    [disclosure] = office.svc.letters.disclosures()
    assert target.read_bytes() == office.svc.letters.reprint(disclosure.letter_id)  # not a 16 MB raster
    assert target.stat().st_size < 400_000
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS lp is the Linux and macOS print path")
def test_a_cups_printer_gets_the_pdf_on_stdin_with_a_title_that_names_no_one(office, dialog, tmp_path,
                                                                               monkeypatch):
    captured = tmp_path / "job.pdf"
    args = tmp_path / "args.txt"
    fake_lp = tmp_path / "lp"
    fake_lp.write_text(f'#!/bin/sh\necho "$@" > {args}\ncat > {captured}\n')
    fake_lp.chmod(0o700)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName("")
    assert printing.route(printer) == "lp"
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: printer)
    dialog.print_letter()
    [disclosure] = office.svc.letters.disclosures()
    assert captured.read_bytes() == office.svc.letters.reprint(disclosure.letter_id)
    assert args.read_text().split()[:2] == ["-t", "ShelterDesk"]
    assert not any(p.suffix == ".pdf" for p in tmp_path.iterdir() if p != captured)


def test_a_refused_print_job_says_so_and_keeps_the_letter(office, dialog, tmp_path, monkeypatch):
    fake_lp = tmp_path / "lp"
    fake_lp.write_text("#!/bin/sh\ncat > /dev/null\nexit 1\n")
    fake_lp.chmod(0o700)
    monkeypatch.setattr(printing, "lp_command", lambda: str(fake_lp))
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: QPrinter())
    shown = []
    monkeypatch.setattr("shelterdesk.ui.operations.show_error", lambda parent, e: shown.append(str(e)))
    dialog.print_letter()
    assert shown and "printer did not take the letter" in shown[0]
    assert len(office.svc.letters.disclosures()) == 1, "issued and kept in the vault for a re-print"


def test_without_a_pdf_print_path_pages_are_rasterised_at_a_modest_resolution(office, tmp_path, monkeypatch):
    monkeypatch.setattr(printing, "lp_command", lambda: None)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a native printer here
    printer.setOutputFileName("")
    assert printing.route(printer) == "raster"
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    pdf = office.svc.letters.preview(LetterDialog(office.svc, office.make_case(), office.embassy_id).request())
    printing._print_raster(pdf, printer)
    assert printer.resolution() <= printing.RASTER_DPI
    assert len(PdfReader(tmp_path / "raster.pdf").pages) == len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert (tmp_path / "raster.pdf").stat().st_size < 8_000_000


def test_preview_zooms_in_and_out_and_fits_the_width(dialog, qtbot):
    dialog.refresh_preview()
    preview = dialog.preview
    assert preview.zoom_label.text() == "fitted to width"
    start = preview.zoom()
    preview.zoom_in()
    assert preview.zoom() == pytest.approx(start * 1.25)
    assert preview.zoom_label.text() == f"{round(start * 125)} %"
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom() < start
    preview.fit_width()
    assert preview.zoom_label.text() == "fitted to width"


def test_the_preview_gets_the_larger_share_of_the_dialog(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    for size in ((1326, 728), (900, 600)):  # a maximised 1366x768 laptop, and a small window
        dialog.resize(*size)
        qtbot.wait(20)
        assert dialog.preview.width() > dialog.width() * 0.5, size


def test_issuing_the_letter_of_a_draft_referral_offers_to_mark_it_sent(office, qtbot, tmp_path, monkeypatch):
    sid = office.make_case()
    ref = office.svc.referrals.create(sid, office.embassy_id, reason="travel document")
    assert ref.status == ReferralStatus.DRAFT
    dialog = LetterDialog(office.svc, sid, referral_id=ref.id)
    qtbot.addWidget(dialog)
    asked = []

    def answer(box):
        asked.append(box.objectName())
        return QMessageBox.StandardButton.Yes if box.objectName() == "markSent" else QMessageBox.StandardButton.Save
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(printing, "ask_printer", lambda parent, document: _file_printer(tmp_path / "l.pdf"))
    dialog.print_letter()
    assert asked == ["notEncryptedWarning", "markSent"]
    assert office.svc.referrals.get(ref.id).status == ReferralStatus.SENT
    dialog.print_letter()  # a second copy: already sent, nothing to ask
    assert asked == ["notEncryptedWarning", "markSent", "notEncryptedWarning"]
