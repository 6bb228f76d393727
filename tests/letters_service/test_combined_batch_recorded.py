"""A batch saved as ONE combined PDF: the letters are recorded together with that file, or not at all.

A combined file that cannot be written (read-only or vanished folder, disk full) must leave no
letter and no disclosure behind, through the service, the CLI and the batch dialog alike.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from shelterdesk.cli import main
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services import files
from shelterdesk.services import letters as letter_service
from shelterdesk.ui import pdf_preview
from shelterdesk.ui.batch_letters_dialog import BatchLettersDialog
from tests.conftest import ADMIN, ADMIN_PASS
from tests.shared import pdf_text

UNWRITABLE = Path("/proc/no-such-folder/letters.pdf")  # a folder that cannot exist, on any POSIX system


@pytest.fixture
def disk_full(monkeypatch):
    """Every file ShelterDesk writes outside the vault fails as on a full disk."""
    def full(_fd: int, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_all", full)


def _nothing_recorded(office, *case_ids: int) -> None:
    for sid in case_ids:
        assert office.svc.letters.disclosures(sid) == []
        assert office.svc.letters.letters_for(sid) == []


def test_combined_file_in_a_missing_folder_records_no_letter(office):
    first, second = office.make_case(), office.make_case(family="SANTOSO")
    result = office.svc.letters.batch(CaseQuery(nationality="ID"), "embassy", combined=UNWRITABLE)
    assert "could not be written" in result.stopped and "nothing was recorded" in result.stopped
    assert result.issued == []
    _nothing_recorded(office, first, second)


def test_combined_file_on_a_full_disk_records_no_letter_and_leaves_no_file(office, tmp_path, disk_full):
    first, second = office.make_case(), office.make_case(family="SANTOSO")
    out = tmp_path / "out"
    out.mkdir()
    result = office.svc.letters.batch(CaseQuery(nationality="ID"), "embassy", combined=out / "all.pdf")
    assert "No space left on device" in result.stopped and result.issued == []
    _nothing_recorded(office, first, second)
    assert list(out.iterdir()) == []  # no half-written temporary file either


def test_combined_batch_records_every_letter_with_the_file_in_place(office, tmp_path):
    first, second = office.make_case(), office.make_case(family="SANTOSO")
    target = tmp_path / "all.pdf"
    # A failed attempt first: it must not use up referral numbers or leave anything half-recorded.
    assert office.svc.letters.batch(CaseQuery(nationality="ID"), "embassy", combined=UNWRITABLE).issued == []
    result = office.svc.letters.batch(CaseQuery(nationality="ID"), "embassy", combined=target)
    assert result.stopped == "" and result.drafts == []
    assert [letter.reference for _, letter in result.issued] == ["REF-2026-00001", "REF-2026-00002"]
    text = pdf_text(target.read_bytes(), tmp_path)
    assert "REF-2026-00001" in text and "REF-2026-00002" in text  # each page carries its own reference
    pages = 0
    for sid, (_, letter) in zip((first, second), result.issued, strict=True):
        [disclosure] = office.svc.letters.disclosures(sid)
        [stored] = office.svc.letters.letters_for(sid)
        assert disclosure.letter_id == stored.letter_id == letter.letter_id
        assert disclosure.sha256 == stored.sha256 == hashlib.sha256(letter.pdf).hexdigest()
        pages += len(PdfReader(io.BytesIO(letter.pdf)).pages)
    assert len(PdfReader(target).pages) == pages


def test_cli_combined_write_failure_exits_1_and_records_nothing(office, vault_dir, tmp_path, monkeypatch,
                                                                capsys, disk_full):
    office.make_case(family="ALPHA")
    office.make_case(family="BRAVO")
    office.svc.close()
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)

    def cli(*argv: str) -> int:
        return main(["--vault", str(vault_dir), "--user", ADMIN, *argv])

    out = tmp_path / "all.pdf"
    assert cli("letters", "--nationality", "ID", "--template", "embassy", "--combined", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "no letter was issued" in err
    assert "NOT encrypted" not in err  # no file to warn about
    assert not out.exists()
    for case in ("SD-2026-0001", "SD-2026-0002"):
        assert cli("disclosures", case, "--json") == 0
        assert json.loads(capsys.readouterr().out) == []


def _run_dialog(office, qtbot, tmp_path, monkeypatch) -> BatchLettersDialog:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(pdf_preview, "ask_folder", lambda parent, _vault_dir: tmp_path)
    dialog = BatchLettersDialog(office.svc)
    qtbot.addWidget(dialog)
    dialog.nationality.setCurrentIndex(dialog.nationality.findData("ID"))
    assert dialog.one_file.isChecked()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    return dialog


def test_dialog_combined_write_failure_records_nothing_and_says_so(office, qtbot, tmp_path, monkeypatch,
                                                                   disk_full):
    first, second = office.make_case(), office.make_case(family="SANTOSO")
    dialog = _run_dialog(office, qtbot, tmp_path, monkeypatch)
    summary = dialog.summary.toPlainText()
    assert "Issued 0 letter(s)." in summary and "No space left on device" in summary
    assert dialog.progress.value() == 2  # every case went through the per-case progress
    _nothing_recorded(office, first, second)
    assert list(tmp_path.glob("*letters_*")) == []


def test_dialog_combined_success_records_every_letter(office, qtbot, tmp_path, monkeypatch):
    first, second = office.make_case(), office.make_case(family="SANTOSO")
    dialog = _run_dialog(office, qtbot, tmp_path, monkeypatch)
    [combined] = tmp_path.glob("letters_*.pdf")
    assert "Issued 2 letter(s)." in dialog.summary.toPlainText()
    for sid in (first, second):
        [disclosure] = office.svc.letters.disclosures(sid)
        assert disclosure.kind == "letter" and disclosure.sha256
    assert "REF-2026-00002" in pdf_text(combined.read_bytes(), tmp_path)


def test_combined_batch_renders_each_letter_once_unless_its_case_changed(office, tmp_path, monkeypatch):
    first, second = office.make_case(), office.make_case(family="SANTOSO")
    rendered: list[str] = []
    real_render = letter_service._render

    def counting_render(content):
        rendered.append(content.reference)
        return real_render(content)

    monkeypatch.setattr(letter_service, "_render", counting_render)
    svc = office.svc.letters
    result = letter_service.BatchResult()
    for sid, case_number in ((first, "SD-2026-0001"), (second, "SD-2026-0002")):
        svc.batch_one(sid, case_number, ["ID"], "embassy", None, "", None, result, combined=True)
    assert rendered == ["REF-2026-00001", "REF-2026-00002"]  # drafts carry the references they will have
    assert svc.disclosures() == []  # rendered only
    survivor = office.svc.cases.get(second)
    survivor.family_name = "SANTOSO-RAHMAN"
    office.svc.cases.update(survivor)
    svc.finish_combined(result, tmp_path / "all.pdf")
    assert rendered == ["REF-2026-00001", "REF-2026-00002", "REF-2026-00002"]  # only the changed case again
    assert len(svc.disclosures()) == 2
    assert "SANTOSO-RAHMAN" in pdf_text((tmp_path / "all.pdf").read_bytes(), tmp_path)
