"""Spreadsheet import: mapping from headers, values in the usual forms, row errors, duplicates, all or nothing."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from stat_helpers import person, register

from shelterdesk.cli import main
from shelterdesk.domain.enums import CaseStatus, DocumentStatus, Role, Sex
from shelterdesk.domain.errors import PermissionDenied, ValidationError
from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.importer import (
    ImportCancelled,
    guess_mapping,
    read_mapping_file,
    read_sheet,
)
from shelterdesk.services.record_fields import parse_cell_date
from shelterdesk.services.registry import Services
from tests.shared import services_as

INDONESIAN = ["Nama Keluarga", "Nama Depan", "Nama Asli", "Kewarganegaraan", "Jenis Kelamin", "Tanggal Lahir",
              "Nomor Paspor", "Status Paspor", "Bahasa", "Tanggal Masuk", "Status"]


def _xlsx(path: Path, rows: list[list[object]], title: str = "Register") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_dates_in_the_usual_forms() -> None:
    assert parse_cell_date("2001-02-03") == date(2001, 2, 3)
    assert parse_cell_date("03/02/2001") == date(2001, 2, 3)  # DD/MM/YYYY
    assert parse_cell_date(36925) == date(2001, 2, 3)  # Excel serial
    assert parse_cell_date("36925") == date(2001, 2, 3)
    assert parse_cell_date(datetime(2001, 2, 3, 0, 0)) == date(2001, 2, 3)
    with pytest.raises(ValueError, match="not a date"):
        parse_cell_date("31/02/2001")


def test_indonesian_headers_and_values_are_read_and_previewed_as_stored(services: Services, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "register.xlsx", [
        INDONESIAN,
        ["Wati", "Siti", "", "Indonesia", "P", datetime(1999, 4, 5), "B 1234567", "ditahan majikan", "id; jv",
         36925, "ditampung"],
        [None] * 11,  # blank rows are skipped
        ["Santos", "Maria", "", "PHL", "perempuan", "05/04/1998", "P7654321", "", "tl, en", "2026-03-01",
         "sheltered"],
        ["Nguyen", "Van An", "Nguyễn Văn An", "Vietnam", "L", "1990-01-31", "", "", "vi", "", ""],
    ])
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet)
    assert [mapping[i] for i in range(11)] == ["family", "given", "native", "nationality", "sex", "dob", "passport",
                                                "passport_status", "languages", "admission_date", "status"]
    plan = services.imports.plan(sheet, mapping)
    assert plan.errors == [] and [r.row for r in plan.rows] == [2, 4, 5]
    siti = plan.rows[0].survivor
    assert (siti.nationalities, siti.sex, siti.date_of_birth, siti.languages) == (["ID"], Sex.FEMALE,
                                                                                  date(1999, 4, 5), ["id", "jv"])
    assert siti.documents[0].number == "B 1234567" and siti.documents[0].status == DocumentStatus.HELD_BY_EMPLOYER
    assert siti.documents[0].issuing_country == "ID"
    assert siti.stay.admission_date == date(2001, 2, 3) and siti.status == CaseStatus.SHELTERED
    assert plan.rows[1].survivor.nationalities == ["PH"] and plan.rows[1].survivor.date_of_birth == date(1998, 4, 5)
    assert plan.rows[2].survivor.sex == Sex.MALE and plan.rows[2].survivor.native_name == "Nguyễn Văn An"
    numbers = services.imports.commit(plan)
    assert len(numbers) == 3 and services.cases.count(CaseQuery()) == 3
    found = services.cases.search(CaseQuery(text="Nguyen"))
    assert [c.case_number for c in found] == [numbers[2]]


def test_a_second_row_of_labels_as_in_the_htcds_template_is_skipped(services: Services, tmp_path: Path) -> None:
    path = _csv(tmp_path / "htcds.csv", "familyName,givenName,citizenship,gender,dateOfBirth\n"
                                        "Family name,Given name,Citizenship,Gender,Date of birth\n"
                                        "Rahman,Mohammad,BD,M,1995-06-01\n")
    sheet = read_sheet(path)
    assert sheet.labels[0] == "Family name" and [r for r, _ in sheet.rows] == [3]
    mapping = guess_mapping(sheet)
    assert sorted(mapping.values()) == ["dob", "family", "given", "nationality", "sex"]
    plan = services.imports.plan(sheet, mapping)
    assert plan.errors == [] and plan.rows[0].survivor.family_name == "Rahman"


def test_every_bad_row_is_reported_by_row_column_and_reason_and_nothing_is_written(
        services: Services, tmp_path: Path) -> None:
    path = _csv(tmp_path / "bad.csv", "Family name;Given name;Nationality;Sex;Date of birth\n"
                                      "Ok;Person;ID;F;2000-01-01\n"
                                      "Bad;Date;ID;F;31/02/2000\n"
                                      "Bad;Country;Atlantis;F;\n"
                                      ";;ID;robot;\n")
    sheet = read_sheet(path)
    plan = services.imports.plan(sheet, guess_mapping(sheet))
    errors = {(row, column): message for row, column, message in plan.errors}
    assert "not a date" in errors[(3, "Date of birth")]
    assert "not a country" in errors[(4, "Nationality")]
    assert "not a sex" in errors[(5, "Sex")]
    with pytest.raises(ValidationError, match="nothing was imported"):
        services.imports.commit(plan)
    assert services.cases.count(CaseQuery()) == 0


def test_likely_duplicates_in_the_register_and_in_the_file_are_flagged(services: Services, tmp_path: Path) -> None:
    known = register(services, [person(1)], consent=False)[0]
    path = _csv(tmp_path / "dups.csv", "family,given,nationality,dob,passport\n"
                                       "Family0001,Given0001,ID,2000-05-01,P0000001\n"
                                       "Lim,Ana,PH,1990-01-01,X9999999\n"
                                       "Lim,Ana,PH,1990-01-01,\n"
                                       "Other,Person,KH,,X9999999\n")
    sheet = read_sheet(path)
    plan = services.imports.plan(sheet, guess_mapping(sheet))
    assert plan.report(0)["duplicates"] == [{"row": 2, "matches": [known.case_number]},
                                            {"row": 4, "matches": ["row 3"]}, {"row": 5, "matches": ["row 3"]}]
    assert len(services.imports.commit(plan)) == 1  # duplicates left out
    assert services.cases.count(CaseQuery()) == 2


def test_cancelling_writes_nothing_and_only_coordinators_import(services: Services, tmp_path: Path) -> None:
    path = _csv(tmp_path / "two.csv", "family,given,nationality\nA,B,ID\nC,D,VN\n")
    sheet = read_sheet(path)
    plan = services.imports.plan(sheet, guess_mapping(sheet))
    with pytest.raises(ImportCancelled):
        services.imports.commit(plan, cancelled=lambda: services.cases.count(CaseQuery()) > 0)
    assert services.cases.count(CaseQuery()) == 0
    worker = services_as(services, Role.CASEWORKER)
    try:
        with pytest.raises(PermissionDenied):
            worker.imports.plan(sheet, guess_mapping(sheet))
    finally:
        worker.close()


def test_mapping_file_corrects_the_guess_and_names_unknown_headers(tmp_path: Path) -> None:
    path = _csv(tmp_path / "m.csv", "Nama,Negara Asal,Catatan,Surname\nBudi,ID,x,Santoso\n")
    sheet = read_sheet(path)
    assert "given" not in guess_mapping(sheet).values()
    good = tmp_path / "map.toml"
    good.write_text('[columns]\n"Nama" = "given"\n"Catatan" = "ignore"\n', encoding="utf-8")
    assert read_mapping_file(good, sheet) == {0: "given", 1: "nationality", 3: "family"}
    bad = tmp_path / "bad.toml"
    bad.write_text('[columns]\n"Missing" = "given"\n"Nama" = "shoe_size"\n', encoding="utf-8")
    with pytest.raises(ValidationError) as e:
        read_mapping_file(bad, sheet)
    assert "no column “Missing”" in str(e.value) and "“shoe_size” is not a field" in str(e.value)


def test_cli_import_json_contract_dry_run_and_exit_status(cli_vault: Path, tmp_path: Path, capsys) -> None:
    good = _xlsx(tmp_path / "good.xlsx", [["Family name", "Given name", "Nationality"], ["Tan", "Mei", "CN"],
                                          ["Tan", "Mei", "CN"]], title="Residents")
    v = str(cli_vault)
    assert main(["--vault", v, "import", str(good), "--sheet", "Residents", "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {"rows": 2, "added": 1, "duplicates": [{"row": 3, "matches": ["row 2"]}], "errors": []}
    assert main(["--vault", v, "import", str(good), "--json", "--include-duplicates"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 2
    bad = _csv(tmp_path / "bad.csv", "Family name,Nationality\nLee,Narnia\nKim,KR\n")
    assert main(["--vault", v, "import", str(bad), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == 0 and report["errors"][0]["row"] == 2 and report["errors"][0]["column"] == "Nationality"
    assert main(["--vault", v, "import", str(good), "--sheet", "Nope"]) == 1
    assert "no sheet “Nope”" in capsys.readouterr().err
    assert main(["--vault", v, "import"]) == 2
    assert "--fields" in capsys.readouterr().err
    assert main(["--vault", v, "import", "--fields"]) == 0
    listed = capsys.readouterr().out.split()
    for name in ("family", "given", "native", "nationality", "sex", "dob", "passport", "passport_status",
                 "languages", "admission_date", "status"):
        assert name in listed


def test_the_import_flags_exactly_the_cases_the_intake_check_names(services: Services, tmp_path: Path) -> None:
    """The import reads the register once instead of asking per row; it must name the same cases."""
    people = [("Nguyễn", "Văn An", "", "VN", date(1998, 4, 2), "C1234567"),
              ("Santoso", "Budi", "", "ID;MY", date(1990, 1, 1), ""),
              ("Wang", "Fang", "王芳", "CN", None, ""),
              ("Rahman", "Siti", "", "unknown", date(1985, 7, 7), ""),
              ("Tan", "Mei Ling", "", "SG", date(2001, 2, 3), "E7654321"),
              ("O'Brien", "Mary", "", "IE", None, "")]
    people += [("Aminah", "Siti", "", "ID", date(1970, 1, 1) + timedelta(days=n), "") for n in range(205)]
    for family, given, native, nats, dob, passport in people:
        services.cases.register(Survivor(family_name=family, given_names=given, native_name=native,
                                         nationalities=nats.split(";"), date_of_birth=dob,
                                         documents=[IdentityDocument(number=passport)] if passport else []),
                                confirm_not_duplicate=True)
    rows = ["Van An Nguyen,,,VN,,",  # word order and accents
            "Tran,Minh,,KH,,c 123-4567",  # the same document number
            "Santoso,Budi,,MY,,",  # one of two nationalities
            "Santosa,Budi,,TH,1990-01-01,",  # a near name with the same birth date
            "Wong,Fong,王芳,HK,,",  # the same native name, another nationality
            "Li,Na,王芳,CN,,",  # the same native name and nationality
            "Rahman,Siti,,ID,,",  # the register's person has no known nationality
            "Rahman,Siti,,ID,1985-07-07,",
            "Tan,Meiling,,SG,,",
            "OBrien,Mary,,IE,,",
            "O'Brien,Mary,,IE,,",
            "Aminah,Siti,,ID,,",  # more candidates than the check looks at per word
            "Aminah,Siti,,ID,1970-07-20,",  # one beyond that limit, found by its birth date
            "Pham,Quoc Bao,,VN,,"]
    path = _csv(tmp_path / "probe.csv", "family,given,native,nationality,dob,passport\n" + "\n".join(rows) + "\n")
    sheet = read_sheet(path)
    plan = services.imports.plan(sheet, guess_mapping(sheet))
    assert not plan.errors
    flagged = {r.row: [m for m in r.matches if not m.startswith("row ")] for r in plan.rows}
    expected = {r.row: [c.case_number for c in services.cases.possible_duplicates(r.survivor)]
                for r in plan.rows if r.survivor is not None}
    assert flagged == expected
    assert sum(1 for m in expected.values() if m) >= 10 and len(expected[13]) == 200 and len(expected[14]) == 201
