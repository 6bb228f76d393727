"""shelterdesk-cli letter / letters / reprint / disclosures: files, messages and exit codes."""

from __future__ import annotations

import json
import stat

import pytest
from letter_checks import PASSPORT

from shelterdesk.cli import main
from tests.conftest import ADMIN, ADMIN_PASS
from tests.shared import flat, pdf_text


@pytest.fixture
def cli(office, vault_dir, monkeypatch):
    """Run the CLI on the office's vault (the fixture session is locked first)."""
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)

    def run(*argv: str) -> int:
        if office.svc.session.vault.is_open:
            office.svc.close()
        return main(["--vault", str(vault_dir), "--user", ADMIN, *argv])

    return run


def test_letter_is_saved_with_a_warning_and_recorded(office, cli, tmp_path, capsys):
    office.make_case()
    out = tmp_path / "letter.pdf"
    assert cli("letter", "SD-2026-0001", "--agency", str(office.embassy_id), "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err
    assert "REF-2026-00001" in captured.out
    assert PASSPORT in flat(pdf_text(out.read_bytes(), tmp_path))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert cli("disclosures", "SD-2026-0001", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["kind"] == "letter" and "passport_number" in row["fields"] and row["consent_id"]


def test_letter_without_consent_exits_1_and_writes_nothing(office, cli, tmp_path, capsys):
    office.make_case(consent=None)
    out = tmp_path / "letter.pdf"
    assert cli("letter", "SD-2026-0001", "--agency", str(office.embassy_id), "--out", str(out)) == 1
    assert "no valid embassy consent" in capsys.readouterr().err
    assert not out.exists()
    assert cli("letter", "SD-2026-0001", "--agency", str(office.embassy_id), "--out", str(out),
               "--override-consent", "Person is in hospital and asked us orally") == 0
    assert out.exists()


def test_letter_with_a_field_consent_does_not_allow_exits_1(office, cli, tmp_path, capsys):
    office.make_case()
    out = tmp_path / "letter.pdf"
    assert cli("letter", "SD-2026-0001", "--agency", str(office.embassy_id), "--field", "compound_location",
               "--out", str(out)) == 1
    assert "does not cover" in capsys.readouterr().err
    assert not out.exists()


def test_reprint_writes_the_same_letter_and_records_it(office, cli, tmp_path, capsys):
    office.make_case()
    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    assert cli("letter", "SD-2026-0001", "--agency", str(office.embassy_id), "--template", "embassy",
               "--lang", "zh", "--out", str(first)) == 0
    assert cli("reprint", "1", "--out", str(again)) == 0
    assert again.read_bytes() == first.read_bytes()
    capsys.readouterr()
    assert cli("disclosures", "SD-2026-0001") == 0
    assert "reprint" in capsys.readouterr().out


def test_batch_writes_one_file_per_letter_and_lists_skipped_cases(office, cli, tmp_path, capsys):
    office.make_case(family="ALPHA")
    office.make_case(family="BRAVO", consent=None)
    out = tmp_path / "batch"
    out.mkdir()
    assert cli("letters", "--nationality", "ID", "--template", "embassy", "--need", "travel_document",
               "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["SD-2026-0001_REF-2026-00001.pdf"]
    assert "skipped SD-2026-0002" in captured.err and "consent" in captured.err
    assert "NOT encrypted" in captured.err


def test_batch_combined_and_batch_with_nothing_issued(office, cli, tmp_path, capsys):
    office.make_case(family="ALPHA")
    office.make_case(family="BRAVO")
    combined = tmp_path / "all.pdf"
    assert cli("letters", "--nationality", "id", "--template", "embassy", "--combined", "--out", str(combined)) == 0
    text = pdf_text(combined.read_bytes(), tmp_path)
    assert "ALPHA" in text and "BRAVO" in text
    capsys.readouterr()
    assert cli("letters", "--nationality", "VN", "--template", "embassy", "--out", str(tmp_path)) == 1
    assert "no letter was issued" in capsys.readouterr().err
