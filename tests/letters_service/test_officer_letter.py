"""What a consular officer needs from an embassy letter, read back from the PDF."""

from __future__ import annotations

import pytest

from shelterdesk.domain.disclosure import FIELDS
from shelterdesk.domain.enums import (
    DocumentStatus,
    DocumentType,
    ExitPermitStatus,
    ExploitationType,
    NeedCategory,
    NeedPriority,
    Sex,
    TraffickingIndicator,
    TravelDocumentStatus,
    Vulnerability,
)
from shelterdesk.domain.errors import ValidationError
from shelterdesk.domain.models import IdentityDocument
from shelterdesk.letters import FIELD_KEYS, TERM_KEYS
from shelterdesk.services.letters import LetterRequest
from tests.letters.pdf_words import copied_lines


def _letter_text(office, tmp_path, sid: int, **request: object) -> str:
    issued = office.svc.letters.issue(LetterRequest(sid, office.embassy_id, **request))
    return " ".join(copied_lines(issued.pdf, tmp_path))  # in reading order, cell by cell


def test_subject_marks_the_surname_and_carries_the_native_name(office, tmp_path):
    sid = office.make_case(family="Trần", given="Quốc Bảo")
    assert "document – TRẦN Quốc Bảo" in _letter_text(office, tmp_path, sid)
    svc = office.svc
    china = svc.agencies.embassies_for("CN")[0]
    sid = office.make_case(family="WANG", given="Jianguo", native="王建国", nationality="CN")
    issued = svc.letters.issue(LetterRequest(sid, china.id, language="zh"))
    text = " ".join(copied_lines(issued.pdf, tmp_path))
    assert "关于为 WANG Jianguo (王建国) 签发紧急旅行证件的请求" in text


def test_values_are_printed_in_both_languages_not_as_codes(office, tmp_path):
    sid = office.make_case(sex=Sex.FEMALE)
    text = _letter_text(office, tmp_path, sid, fields=["sex", "document_status", "travel_document_status"])
    assert "Female / Perempuan" in text
    assert "Held by the employer or syndicate / Ditahan oleh majikan atau sindikat" in text
    assert "Requested / Sudah diajukan" in text
    assert "Travel document / Dokumen perjalanan: Passport held by the compound (urgent / mendesak)" in text
    for code in ("female", "held by employer", "held_by_employer", "(urgent)"):
        assert code not in text


def test_an_estimated_date_of_birth_says_so_in_both_languages(office, tmp_path):
    sid = office.make_case(dob_estimated=True)
    choices = {c.key: c for c in office.svc.letters.field_choices(sid, office.embassy_id)}
    assert choices["date_of_birth"].value == "1996-03-14 (estimated)"  # what the coordinator sees
    text = _letter_text(office, tmp_path, sid, fields=["date_of_birth"])
    assert "1996-03-14 (estimated / perkiraan)" in text


def test_lists_of_values_print_one_value_a_line_in_both_languages(office, tmp_path):
    sid = office.make_case(vulnerabilities=[Vulnerability.MINOR, Vulnerability.INJURED])
    text = _letter_text(office, tmp_path, sid, fields=["vulnerability"])
    assert "Minor (under 18) / Anak (di bawah 18 tahun) Injured / Terluka" in text
    assert "minor, injured" not in text


def test_nationality_and_languages_are_named_in_the_letter_language(office, tmp_path):
    svc = office.svc
    china = svc.agencies.embassies_for("CN")[0]
    sid = office.make_case(family="WANG", given="Jianguo", nationality="CN", languages=["zh", "km"])
    issued = svc.letters.issue(LetterRequest(sid, china.id, language="zh",
                                             fields=["nationality", "languages"]))
    text = " ".join(copied_lines(issued.pdf, tmp_path))
    assert "China / 中国" in text
    assert "Chinese / 中文 Khmer / 高棉语" in text  # one language a line


@pytest.mark.parametrize("documents,line", [
    ([], "No passport on record with the shelter"),
    ([IdentityDocument(status=DocumentStatus.LOST)], "Lost / Hilang"),
    ([IdentityDocument(status=DocumentStatus.NONE)],
     "No passport: the person has never had one or does not have one"),
])
def test_a_missing_passport_is_said_with_the_reason(office, tmp_path, documents, line):
    sid = office.make_case(documents=documents)
    assert line in _letter_text(office, tmp_path, sid)  # document status is pre-selected


def test_parents_national_id_and_last_address_in_cambodia(office, tmp_path):
    sid = office.make_case(
        father_name="Bambang Wijaya", mother_name="Sri Lestari",
        last_address_cambodia="Room 4, Street 2004, Sen Sok, Phnom Penh",
        documents=[IdentityDocument(number="C7654321", issuing_country="ID"),
                   IdentityDocument(doc_type=DocumentType.NATIONAL_ID, number="3171234567890001",
                                    issuing_country="ID")])
    text = _letter_text(office, tmp_path, sid)  # the embassy defaults
    for wanted in ("Father's name", "Nama ayah", "Bambang Wijaya", "Mother's name", "Nama ibu", "Sri Lestari",
                   "National identity number", "Nomor identitas nasional (NIK)", "3171234567890001 (Indonesia)",
                   "Last address in Cambodia", "Alamat terakhir di Kamboja",
                   "Room 4, Street 2004, Sen Sok, Phnom Penh"):
        assert wanted in text
    assert "COMPOUNDMARK88" not in text  # where the person was held stays out


def test_a_field_without_data_is_refused_for_that_reason(office):
    svc = office.svc
    sid = office.make_case()
    with pytest.raises(ValidationError, match="Nothing is recorded for this person in: Other identity documents"):
        svc.letters.issue(LetterRequest(sid, office.embassy_id, fields=["identity_documents"]))
    with pytest.raises(ValidationError, match="There is no such field: blood_type"):
        svc.letters.issue(LetterRequest(sid, office.embassy_id, fields=["blood_type"]))
    with pytest.raises(ValidationError, match="Embassy consent does not cover: Where held"):
        svc.letters.issue(LetterRequest(sid, office.embassy_id, fields=["compound_location"]))
    assert svc.letters.letters_for(sid) == []


def test_agency_without_address_is_warned_about(office):
    svc = office.svc
    assert not any("postal address" in w for w in svc.letters.warnings(office.embassy_id))
    thai = svc.agencies.embassies_for("TH")[0]
    warnings = svc.letters.warnings(thai.id)
    assert any("no postal address for Royal Thai Embassy" in w for w in warnings)


def test_every_field_and_vocabulary_value_has_letter_wording():
    # A field without data behind it, or a value without wording, is a letter that cannot be made.
    assert {f.key for f in FIELDS} == set(FIELD_KEYS)
    produced = {"needed", "estimated", "document_status_no_passport", "nationality_unknown", "nationality_stateless"}
    produced |= {f"sex_{v.value}" for v in Sex if v != Sex.UNKNOWN}
    produced |= {f"document_status_{v.value}" for v in DocumentStatus}
    produced |= {f"exit_permit_{v.value}" for v in ExitPermitStatus if v != ExitPermitStatus.NOT_STARTED}
    produced |= {f"travel_document_{v.value}" for v in TravelDocumentStatus
                 if v not in (TravelDocumentStatus.NOT_STARTED, TravelDocumentStatus.NOT_NEEDED)}
    produced |= {f"need_{v.value}" for v in NeedCategory} | {f"priority_{v.value}" for v in NeedPriority}
    produced |= {f"exploitation_{v.value}" for v in ExploitationType}
    produced |= {f"indicator_{v.value}" for v in TraffickingIndicator}
    produced |= {f"vulnerability_{v.value}" for v in Vulnerability}
    assert produced == set(TERM_KEYS)
