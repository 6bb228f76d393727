"""A letter saved to a file is written first and recorded once it is there: a failed write is never a disclosure."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.files import OutputNotWritten
from shelterdesk.services.letters import LetterRequest

UNWRITABLE = Path("/proc/no-such-folder/letter.pdf")  # a folder that cannot exist, on any POSIX system


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_saved_letter_matches_its_disclosure(office, tmp_path):
    sid = office.make_case()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "letter.pdf"
    issued = office.svc.letters.issue(LetterRequest(sid, office.embassy_id), save_as=lambda _ref: target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == issued.sha256
    assert [d.sha256 for d in office.svc.letters.disclosures(sid)] == [issued.sha256]
    assert _leftovers(tmp_path / "out") == ["letter.pdf"]


def test_a_letter_that_cannot_be_written_is_neither_stored_nor_recorded(office):
    sid = office.make_case()
    with pytest.raises(OutputNotWritten, match="nothing was recorded"):
        office.svc.letters.issue(LetterRequest(sid, office.embassy_id), save_as=lambda _ref: UNWRITABLE)
    assert office.svc.letters.disclosures(sid) == []
    assert office.svc.letters.letters_for(sid) == []


def test_a_record_that_fails_to_commit_leaves_no_file(office, tmp_path, monkeypatch):
    sid = office.make_case()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "letter.pdf"

    def failing_log(*_args, **_kwargs):
        raise RuntimeError("the audit entry could not be written")

    monkeypatch.setattr(office.svc.session, "log", failing_log)
    with pytest.raises(RuntimeError):
        office.svc.letters.issue(LetterRequest(sid, office.embassy_id), save_as=lambda _ref: target)
    monkeypatch.undo()
    assert _leftovers(tmp_path / "out") == []  # neither the letter nor its half-written temporary file
    assert office.svc.letters.disclosures(sid) == []


def test_reprint_to_an_unwritable_place_records_nothing_new(office, tmp_path):
    sid = office.make_case()
    issued = office.svc.letters.issue(LetterRequest(sid, office.embassy_id))
    with pytest.raises(OutputNotWritten):
        office.svc.letters.reprint(issued.letter_id, save_to=UNWRITABLE)
    assert len(office.svc.letters.disclosures(sid)) == 1
    office.svc.letters.reprint(issued.letter_id, save_to=tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == issued.pdf
    assert len(office.svc.letters.disclosures(sid)) == 2


def test_batch_into_an_unwritable_folder_stops_with_nothing_recorded(office):
    first, second = office.make_case(), office.make_case(family="SANTOSO")
    result = office.svc.letters.batch(CaseQuery(nationality="ID"), "embassy", folder=UNWRITABLE.parent)
    assert "could not be written" in result.stopped and result.issued == []
    assert office.svc.letters.disclosures(first) == office.svc.letters.disclosures(second) == []
