"""Anonymised exports: k-anonymity, consent, no identifying text, HXL, the disclosure register, the CLI."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import zipfile
from collections import Counter
from datetime import date
from enum import Enum
from pathlib import Path

import hxl
import pytest
from openpyxl import load_workbook
from stat_helpers import person, register

from shelterdesk.cli import main
from shelterdesk.domain.anonymise import CTDC_COLUMNS, QUASI_IDENTIFIERS, k_anonymise, stat_record
from shelterdesk.domain.enums import Role
from shelterdesk.domain.errors import PermissionDenied, ValidationError
from shelterdesk.domain.models import IdentityDocument, NextOfKin, Survivor
from shelterdesk.services.registry import Services
from tests.shared import pdf_text, services_as

TODAY = date(2026, 11, 25)


def _export(services: Services, kind: str, fmt: str, k: int = 11) -> tuple[bytes, object]:
    out: list[bytes] = []
    result = services.exports.anonymised(kind, fmt, out.append, k=k)
    return out[0], result


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def test_every_published_combination_occurs_at_least_k_times_after_generalising() -> None:
    people = ([person(i, "ID") for i in range(12)]  # a group of 12: published as it is
              + [person(100 + i, "PH") for i in range(6)] + [person(200 + i, "VN") for i in range(6)]  # 6+6 SE Asia
              + [person(300, "ET")])  # alone in the world
    for i, s in enumerate(people):
        s.id = i + 1
    result = k_anonymise([stat_record(s, TODAY) for s in people], 11)
    combos = Counter(tuple(row[q] for q in QUASI_IDENTIFIERS) for row in result.rows)
    assert combos and min(combos.values()) >= 11
    assert len(result.rows) == 24 and result.suppressed == 1 and result.generalised == 12
    citizenship = Counter(row["citizenship"] for row in result.rows)
    assert citizenship == {"ID": 12, "South-eastern Asia": 12}
    assert list(result.rows[0]) == list(CTDC_COLUMNS)
    assert {row["ageBroad"] for row in result.rows} == {"24--26", "18--29"}


def test_case_level_file_holds_only_people_with_a_valid_statistics_consent(services: Services) -> None:
    register(services, [person(i) for i in range(12)])
    withdrawn = register(services, [person(50)])[0]
    services.consents.withdraw(withdrawn.id, "statistics")
    register(services, [person(60)], consent=False)
    data, result = _export(services, "cases", "csv")
    rows = _csv_rows(data)
    assert rows[0] == list(CTDC_COLUMNS) and len(rows) == 13  # header + 12: the CSV stays clean
    assert result.rows == 12 and result.left_out_no_consent == 2 and result.suppressed == 0
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["gender"] == "Female" and first["citizenship"] == "ID" and first["ageBroad"] == "24--26"
    assert first["isOtherExploit"] == "1" and first["meansOfControlWithholdsDocuments"] == "1"
    assert first["recruiterRelationFriend"] == "1" and first["yearOfRegistration"] == "2026"


def test_aggregates_count_everyone_and_suppress_cells_under_k(services: Services) -> None:
    register(services, [person(i) for i in range(11)], consent=False)
    register(services, [person(100 + i, "MM") for i in range(3)])
    data, result = _export(services, "aggregate", "csv")
    rows = _csv_rows(data)
    assert rows[0] == ["period", "dimension", "value", "count"] and rows[1][0].startswith("#")
    counts = {(r[1], r[2]): int(r[3]) for r in rows[2:]}
    assert counts[("nationality", "ID")] == 11 and ("nationality", "MM") not in counts
    assert counts[("sex", "female")] == 14 and counts[("exploitation_type", "forced_criminality")] == 14
    assert all(r[0] == "2026-03" for r in rows[2:])
    assert result.suppressed == 1  # the MM cell
    parsed = hxl.data(io.BytesIO(data), hxl.InputOptions(allow_local=True))
    assert [c.display_tag for c in parsed.columns] == ["#date+month", "#meta+dimension", "#group+value",
                                                       "#affected+num"]
    assert sum(int(r.get("#affected+num")) for r in parsed if r.get("#meta+dimension") == "sex") == 14


# libhxl opens an .xlsx by name and never closes it (a library leak, not ours).
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_xlsx_has_one_sheet_per_table_with_hxl_tags_and_notes(services: Services, tmp_path: Path) -> None:
    register(services, [person(i) for i in range(12)])
    data, _ = _export(services, "aggregate", "xlsx")
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["nationality", "sex", "age_band", "status", "exploitation_type", "Notes"]
    sheet = book["nationality"]
    assert [c.value for c in sheet[1]] == ["period", "nationality", "count"]
    assert [c.value for c in sheet[2]] == ["#date+month", "#country+code", "#affected+num"]
    assert [c.value for c in sheet[3]] == ["2026-03", "ID", 12]
    path = tmp_path / "agg.xlsx"
    path.write_bytes(data)
    assert [c.display_tag for c in hxl.data(str(path), hxl.InputOptions(allow_local=True)).columns][1] == "#country+code"
    cases, result = _export(services, "cases", "xlsx")
    notes = [r[0].value for r in load_workbook(io.BytesIO(cases))["Notes"].iter_rows()]
    assert any("0 row(s) suppressed" in n for n in notes) and any("generalised" in n for n in notes)


def _plant(obj, marker: str) -> None:
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in ("nationalities", "languages", "issuing_country") or isinstance(value, Enum):
            continue
        if isinstance(value, str):
            setattr(obj, f.name, f"{marker}{f.name}")
        elif isinstance(value, list) and f.type == "list[str]":
            setattr(obj, f.name, [f"{marker}{f.name}"])
        elif dataclasses.is_dataclass(value):
            _plant(value, marker)


def _plain_text(data: bytes) -> bytes:
    if data[:2] == b"PK":  # xlsx: the XML inside
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return b"".join(z.read(n) for n in z.namelist())
    return data


def test_nothing_identifying_leaves_in_any_export(services: Services, tmp_path: Path) -> None:
    marker = "QZXMARK"
    people = []
    for i in range(3):
        s = Survivor(documents=[IdentityDocument()], next_of_kin=NextOfKin(), date_of_birth=date(1998, 7, 19))
        _plant(s, marker)
        s.native_name = f"张伟{marker}"
        s.phone = s.next_of_kin.phone = "+855 12 345 678"
        s.nationalities, s.documents[0].number, s.embassy_case_number = ["KH"], f"K{i}9988776", f"EMB{marker}{i}"
        s.stay.admission_date = date(2026, 2, 1)
        people.append(s)
    saved = register(services, people)
    needles = [marker, "张伟", "345 678", "12345678", "1998-07-19", "19/07/1998", *(s.case_number for s in saved), "9988776", "EMB"]
    for kind in ("aggregate", "cases"):
        for fmt in ("csv", "xlsx"):
            data, result = _export(services, kind, fmt, k=2)
            text = _plain_text(data).decode("utf-8", "replace")
            assert result.rows > 0, (kind, fmt)
            assert not [n for n in needles if n in text], (kind, fmt)
    report: list[bytes] = []
    services.reports.issue(date(2026, 1, 1), date(2026, 11, 25), report.append, language="zh", k=2)
    text = pdf_text(report[0], tmp_path)
    assert "2026-01-01" in text and not [n for n in needles if n in text]


def test_each_export_is_a_register_level_disclosure_and_a_failed_write_records_nothing(services: Services) -> None:
    register(services, [person(i) for i in range(12)])
    data, result = _export(services, "cases", "csv")
    entry = [d for d in services.letters.disclosures() if d.id == result.disclosure_id][0]
    assert entry.survivor_id is None and entry.kind == "export" and entry.disclosed_by == "admin"
    assert entry.sha256 == hashlib.sha256(data).hexdigest() and "cases" in entry.recipient
    before = len(services.letters.disclosures())

    def fail(_data: bytes) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        services.exports.anonymised("aggregate", "csv", fail)
    assert len(services.letters.disclosures()) == before


def test_only_coordinators_and_administrators_export(services: Services) -> None:
    with pytest.raises(ValidationError, match="k must be"):
        services.exports.anonymised("cases", "csv", lambda _d: None, k=1)
    worker = services_as(services, Role.CASEWORKER)
    try:
        with pytest.raises(PermissionDenied):
            worker.exports.anonymised("aggregate", "csv", lambda _d: None)
    finally:
        worker.close()


def test_cli_export_writes_a_private_file_and_prints_one_line(cli_vault: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cases.xlsx"
    assert main(["--vault", str(cli_vault), "export", "--kind", "cases", "--format", "xlsx", "--k", "5",
                 "--out", str(out)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert len(lines) == 1 and "0 row(s) written" in lines[0] and "suppressed" in lines[0]
    assert "NOT encrypted" in captured.err
    assert out.stat().st_mode & 0o777 == 0o600
    assert main(["--vault", str(cli_vault), "export", "--kind", "cases", "--format", "csv",
                 "--out", str(tmp_path / "x.xlsx")]) == 1
    assert ".csv" in capsys.readouterr().err
