"""The import writes many cases per statement: the same rows, numbers, tallies and audit as one at a time."""

from __future__ import annotations

import copy
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlcipher3
from stat_helpers import person, register
from test_dashboard_tally import assert_tallies_match

from shelterdesk.domain.enums import CaseStatus
from shelterdesk.domain.models import IdentityDocument, Survivor
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services import importer
from shelterdesk.services.importer import ImportCancelled, guess_mapping, read_sheet
from shelterdesk.services.registry import Services
from shelterdesk.storage.repos import survivors as survivors_repo
from shelterdesk.storage.schema import MIGRATIONS

NOW = datetime(2026, 6, 1, 9, 30)
TABLES = ("survivors", "survivor_nationalities", "survivor_documents", "tally", "counters")


def _schema() -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for script in MIGRATIONS:
        conn.executescript(script)
    return conn


def _people() -> list[Survivor]:
    departed = person(3, "VN")
    departed.status, departed.stay.discharge_date = CaseStatus.REPATRIATED, date(2026, 5, 2)
    many = person(4, "PH")
    many.nationalities = ["PH", "MY", "PH"]
    many.documents.append(IdentityDocument(number="c 123-4567"))
    bare = Survivor(family_name="", given_names="", native_name="王芳", nationalities=["CN"])
    return [person(1), person(2, "ID"), departed, many, bare, person(6, "KH"), person(7, "MM")]


def _contents(conn: sqlcipher3.Connection) -> dict[str, list[tuple]]:
    found = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    found["survivor_search"] = conn.execute("SELECT rowid, body FROM survivor_search ORDER BY rowid").fetchall()
    return found


def test_insert_many_writes_exactly_what_insert_writes_one_case_at_a_time() -> None:
    one, many = _schema(), _schema()
    for conn in (one, many):  # a case already there: ids and numbers continue after it
        survivors_repo.insert(conn, person(0), NOW)
    singly = [survivors_repo.insert(one, s, NOW) for s in copy.deepcopy(_people())]
    batched = copy.deepcopy(_people())
    survivors_repo.insert_many(many, batched[:3], NOW)
    survivors_repo.insert_many(many, batched[3:], NOW)
    assert [(s.id, s.case_number) for s in batched] == [(s.id, s.case_number) for s in singly]
    assert batched[0].case_number == "SD-2026-0002"
    assert _contents(many) == _contents(one)
    tally = _contents(many)["tally"]
    assert ("nat", "PH", "", 1) in tally and ("left", "2026-05", "", 1) in tally  # the triggers kept them


def _sheet(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "register.csv"
    lines = ["family,given,nationality,dob,passport,status"]
    lines += [f"Family{n:04d},Given{n:04d},{('ID', 'VN', 'PH')[n % 3]},1990-01-{n % 28 + 1:02d},B{n:07d},"
              f"{('sheltered', 'intake', 'repatriated')[n % 3]}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_large_import_is_numbered_indexed_tallied_and_audited_case_by_case(
        services: Services, tmp_path: Path) -> None:
    known = register(services, [person(9000)], consent=False)[0]
    rows = importer.WRITE_BATCH * 2 + 50
    sheet = read_sheet(_sheet(tmp_path, rows))
    plan = services.imports.plan(sheet, guess_mapping(sheet))
    steps: list[int] = []
    numbers = services.imports.commit(plan, progress=lambda done, _total: steps.append(done))
    year = services.session.clock.now().year
    assert numbers == [f"SD-{year}-{n:04d}" for n in range(2, rows + 2)]
    assert steps == [importer.WRITE_BATCH, importer.WRITE_BATCH * 2, rows]
    assert services.cases.count(CaseQuery()) == rows + 1
    last = services.cases.search(CaseQuery(text=f"B{rows - 1:07d}"))
    assert [c.case_number for c in last] == [numbers[-1]]
    case = services.cases.get(last[0].id)
    assert (case.family_name, case.nationalities, case.status) == (f"Family{rows - 1:04d}", ["ID"], CaseStatus.SHELTERED)
    assert services.cases.count(CaseQuery(nationality="VN")) == rows // 3 + (rows % 3 > 1)
    assert_tallies_match(services)
    created = services.audit.entries(action_prefix="case.create", limit=rows + 10)
    ids = {c.id for c in services.cases.search(CaseQuery(), limit=rows + 1)}
    assert sorted(int(e.entity_id) for e in created) == sorted(ids) and known.id in ids
    assert [e.detail for e in services.audit.entries(action_prefix="case.import")] == [f"{rows} case(s)"]
    assert services.audit.verify().ok


def test_cancelling_between_batches_writes_nothing(services: Services, tmp_path: Path) -> None:
    sheet = read_sheet(_sheet(tmp_path, importer.WRITE_BATCH * 3))
    plan = services.imports.plan(sheet, guess_mapping(sheet))
    asked: list[int] = []
    with pytest.raises(ImportCancelled):
        services.imports.commit(plan, progress=lambda done, _total: asked.append(done),
                                cancelled=lambda: len(asked) == 2)
    assert asked == [importer.WRITE_BATCH, importer.WRITE_BATCH * 2]
    assert services.cases.count(CaseQuery()) == 0
    assert services.session.conn.execute("SELECT count(*) FROM tally WHERE n > 0").fetchone()[0] == 0
    again = services.imports.commit(plan)  # the numbers taken by the cancelled import were given back
    assert again[0].endswith("-0001") and len(again) == importer.WRITE_BATCH * 3
