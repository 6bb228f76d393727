"""A letter made from the command line has the shelter's letterhead, a real signatory and passport status."""

from __future__ import annotations

import pytest

from shelterdesk.cli import main
from shelterdesk.domain.enums import DocumentStatus, DocumentType
from shelterdesk.services.registry import Services
from shelterdesk.services.vaults import unlock
from tests.conftest import ADMIN, ADMIN_PASS
from tests.letters.pdf_words import copied_lines


@pytest.fixture
def cli(services, vault_dir, monkeypatch):
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    session = services.session
    services.close()  # one session at a time

    def run(*argv: str) -> int:
        return main(["--vault", str(vault_dir), "--user", ADMIN, *argv])

    run.reopen = lambda: Services.for_session(unlock(vault_dir, ADMIN, ADMIN_PASS, clock=session.clock,
                                                     state_dir=session.state_dir))
    return run


def test_profile_staff_and_passport_status_reach_the_letter(cli, tmp_path, capsys):
    assert cli("profile", "set", "--name", "Harbour House Shelter",
               "--address", "No. 12, Street 271\\nPhnom Penh", "--phone", "+855 23 000 000",
               "--email", "referrals@example.org") == 0
    assert cli("staff", "set", ADMIN, "--display-name", "Sokha Chan", "--title", "Shelter coordinator",
               "--phone", "+855 12 345 678", "--email", "sokha@example.org") == 0
    assert cli("add", "--family", "WIJAYA", "--given", "Siti", "--nationality", "ID", "--passport", "C1234567",
               "--passport-status", "held_by_employer", "--national-id", "3171234567890001",
               "--father", "Bambang Wijaya", "--mother", "Sri Lestari",
               "--last-address", "Street 2004, Sen Sok") == 0
    case = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli("consent", case, "--kind", "embassy") == 0
    svc = cli.reopen()
    try:
        person = svc.cases.get(svc.cases.id_for(case))
        passport, national = person.documents
        assert (passport.number, passport.status) == ("C1234567", DocumentStatus.HELD_BY_EMPLOYER)
        assert (national.doc_type, national.number) == (DocumentType.NATIONAL_ID, "3171234567890001")
        embassy = svc.agencies.embassies_for("ID")[0].id
    finally:
        svc.close()
    out = tmp_path / "letter.pdf"
    assert cli("letter", case, "--agency", str(embassy), "--out", str(out)) == 0
    err = capsys.readouterr().err
    assert "no postal address for Embassy of the Republic of Indonesia" in err
    text = " ".join(copied_lines(out.read_bytes(), tmp_path))
    for wanted in ("Harbour House Shelter", "No. 12, Street 271", "+855 23 000 000", "referrals@example.org",
                   "Sokha Chan", "Shelter coordinator", "+855 12 345 678", "Held by the employer or syndicate",
                   "3171234567890001", "Bambang Wijaya", "Sri Lestari", "Street 2004, Sen Sok"):
        assert wanted in text, wanted


def test_passport_status_values_are_the_case_files_words(cli, capsys):
    assert cli("add", "--family", "A", "--nationality", "ID", "--passport-status", "held by employer") == 2
    err = capsys.readouterr().err
    assert "held_by_employer" in err and "in_hand" in err


def test_batch_to_an_agency_without_address_is_warned_about(cli, tmp_path, capsys):
    svc = cli.reopen()
    thai = svc.agencies.embassies_for("TH")[0].id
    svc.close()
    assert cli("letters", "--nationality", "TH", "--template", "embassy", "--agency", str(thai),
               "--out", str(tmp_path)) == 1  # nobody to write for, but the warning comes first
    assert "no postal address for Royal Thai Embassy" in capsys.readouterr().err
