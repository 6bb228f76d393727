"""The person's own copy: read back from the PDF, in their language, recorded as a disclosure."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from shelterdesk import paths
from shelterdesk.domain.enums import ConsentKind, Role
from shelterdesk.domain.errors import PermissionDenied, ValidationError
from shelterdesk.domain.models import IdentityDocument, NextOfKin, Survivor
from shelterdesk.services.letters import LetterRequest
from tests.attachments.samples import pdf_scan
from tests.letters.pdf_words import copied_lines
from tests.shared import flat, pdf_pages, pdf_text, services_as


@pytest.fixture
def case(services) -> Survivor:
    s = services.cases.register(Survivor(
        family_name="Wang", given_names="Fang", native_name="王芳", nationalities=["CN"], languages=["zh"],
        documents=[IdentityDocument(number="E12345678")], notes="Asked to call her sister on Sundays.",
        next_of_kin=NextOfKin(name="Wang Li", relation="sister", safe_to_contact=False)))
    services.needs.add(s.id, "travel_document", description="Passport held by the employer")
    services.consents.record(s.id, ConsentKind.EMBASSY, given_on=date(2026, 11, 20), expires_on=date(2027, 5, 20))
    embassy = services.agencies.embassies_for("CN")[0]
    services.letters.issue(LetterRequest(s.id, embassy.id))
    services.attachments.add(s.id, "passport.pdf", pdf_scan(), "passport_scan")
    return s


def test_english_report_holds_everything_and_is_recorded(services, case, tmp_path):
    pdf = services.access_report.make(case.id, "en")
    text = flat(pdf_text(pdf, tmp_path))
    for expected in ("What Harbour House Shelter holds about you", case.case_number, "Wang", "Fang", "王芳",
                     "E12345678", "Asked to call her sister on Sundays.", "Wang Li",  # unsafe-to-contact kin too
                     "Travel document", "Passport held by the employer", "Embassy of the People", "embassy, given on",
                     "Passport scan: passport.pdf", "CONFIDENTIAL", "Page 1 of"):
        assert expected in text, expected
    assert "Passport number" in text[text.index("It showed:"):]  # which fields the letter carried
    record = [d for d in services.letters.disclosures(case.id) if d.kind == "access_report"]
    assert len(record) == 1 and record[0].recipient.startswith("The person") and record[0].sha256
    assert "access_report.issue" in [e.action for e in services.audit.entries(entity="survivor", entity_id=case.id)]


def test_the_report_defaults_to_the_persons_language(services, case, tmp_path):
    assert services.access_report.default_language(case.id) == "zh"
    text = flat(pdf_text(services.access_report.make(case.id), tmp_path))
    assert "您的个人信息" in text and "王芳" in text and "保密" in text  # CONFIDENTIAL as labels.toml writes it


def test_indonesian_report(services, tmp_path):
    s = services.cases.register(Survivor(family_name="Siregar", given_names="Rina", nationalities=["ID"],
                                         languages=["id"]))
    pages = pdf_pages(services.access_report.make(s.id), tmp_path)
    text = flat(" ".join(pages))
    assert "Tentang Anda" in text and "Tidak ada." in text and "Halaman 1 dari 1" in text


@pytest.mark.parametrize(("lang", "family", "given", "native", "nationality", "expected"), [
    ("km", "Sok", "Dara", "សុខ ដារ៉ា", "KH",
     ("អំពីអ្នក", "ការយល់ព្រមរបស់អ្នក", "បានផ្តល់នៅថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៦", "ទំព័រ ១ នៃ ១")),
    ("vi", "Nguyen", "Thi Lan", "Nguyễn Thị Lan", "VN",
     ("Về bạn", "Sự đồng ý của bạn", "đã đồng ý vào ngày 20 tháng 11 năm 2026", "Trang 1/1")),
    ("th", "Srisuk", "Malee", "มาลี ศรีสุข", "TH",
     ("เกี่ยวกับคุณ", "ความยินยอมของคุณ", "ให้ไว้เมื่อ 20 พฤศจิกายน พ.ศ. 2569", "หน้า 1 จาก 1")),
])
def test_khmer_vietnamese_and_thai_reports_read_back(services, tmp_path, lang, family, given, native, nationality,
                                                     expected):
    s = services.cases.register(Survivor(family_name=family, given_names=given, native_name=native,
                                         nationalities=[nationality], languages=[lang]))
    services.consents.record(s.id, ConsentKind.EMBASSY, given_on=date(2026, 11, 20))
    assert lang in services.access_report.languages() and services.access_report.default_language(s.id) == lang
    text = flat(" ".join(copied_lines(services.access_report.make(s.id), tmp_path)))
    for wanted in (*expected, native, s.case_number):
        assert wanted in text, wanted
    assert "About you" not in text


def test_refusals(services, case, tmp_path):
    with pytest.raises(ValidationError, match="no “my” translation"):
        services.access_report.make(case.id, "my")
    with pytest.raises(ValidationError, match=r"\.pdf"):
        services.access_report.save(case.id, tmp_path / "report.txt")
    worker = services_as(services, Role.CASEWORKER)
    try:
        with pytest.raises(PermissionDenied):
            worker.access_report.make(case.id)
        assert [d for d in worker.letters.disclosures(case.id) if d.kind == "access_report"] == []
    finally:
        worker.close()


def test_every_wording_key_has_every_report_language():
    data = tomllib.loads((paths.resources_dir() / "letters" / "access_report.toml").read_text("utf-8"))
    for key, per_language in data["text"].items():
        assert set(per_language) == set(data["languages"]), key


def test_cli_access_report(services, case, vault_dir, tmp_path, monkeypatch, capsys):
    from shelterdesk.cli import main
    from tests.conftest import ADMIN, ADMIN_PASS

    number = case.case_number
    services.close()
    monkeypatch.setenv("SHELTERDESK_PASSPHRASE", ADMIN_PASS)
    out = tmp_path / "copy.pdf"
    assert main(["--vault", str(vault_dir), "--user", ADMIN, "access-report", number, "--lang", "en",
                 "--out", str(out)]) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    assert number in flat(pdf_text(out.read_bytes(), tmp_path))
    assert main(["--vault", str(vault_dir), "--user", ADMIN, "access-report", number, "--lang", "xx",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert "translation" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
