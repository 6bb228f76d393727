"""The audit screen: listing, filters, export and the chain check, through real widgets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from shelterdesk.domain.enums import Role
from shelterdesk.ui import audit_view
from shelterdesk.ui.audit_view import PAGE, AuditView
from tests.conftest import ADMIN
from tests.ui.helpers import button, type_text

STAFF_PASS = "purple elephant dancing quietly"


@pytest.fixture
def view(qtbot, services):
    services.staff.add("dara", Role.CASEWORKER, STAFF_PASS)
    services.staff.set_role("dara", Role.COORDINATOR)
    v = AuditView(services)
    qtbot.addWidget(v)
    v.show()
    return v


def _column(view: AuditView, column: int) -> list[str]:
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def test_lists_entries_newest_first(view, services):
    actions = _column(view, 2)
    assert actions[:2] == ["Changed a staff member's role", "Added a staff member"]  # words, not staff.role
    assert "staff dara" in _column(view, 3)
    assert view.model.rowCount() == len(services.audit.entries())


def test_filters_by_actor_action_and_date(qtbot, view, services, clock):
    clock.advance(days=3)
    services.staff.set_role("dara", Role.CASEWORKER)
    view.actor.setCurrentText("nobody")
    button(view, "Show matching entries").click()
    assert view.model.rowCount() == 0
    view.actor.setCurrentText(ADMIN)
    button(view, "Show matching entries").click()
    assert view.model.rowCount() == len(services.audit.entries(actor=ADMIN))
    assert set(_column(view, 1)) == {ADMIN}

    view.action.setCurrentText("staff.role")
    button(view, "Show matching entries").click()
    assert _column(view, 2) == ["Changed a staff member's role"] * 2
    type_text(view.since.line, clock.today().isoformat())
    button(view, "Show matching entries").click()
    assert view.model.rowCount() == 1
    view.since.line.clear()
    type_text(view.until.line, "2026-11-25")
    button(view, "Show matching entries").click()
    assert view.model.rowCount() == 1

    type_text(view.since.line, "yesterday")
    button(view, "Show matching entries").click()
    assert "is not a date" in view.notice.message()
    button(view, "Show all entries").click()
    assert view.model.rowCount() == len(services.audit.entries())


def test_pages_are_fetched_as_the_table_scrolls(view, services):
    for i in range(PAGE + 20):
        services.staff.set_role("dara", Role.CASEWORKER if i % 2 else Role.COORDINATOR)
    view.refresh()
    assert view.model.rowCount() == PAGE and view.model.canFetchMore()
    view.model.fetchMore()
    assert view.model.rowCount() == len(services.audit.entries(limit=10_000))
    assert not view.model.canFetchMore()


def test_check_the_log_gives_a_plain_verdict_and_finds_tampering(view, services):
    button(view, "Check the log").click()
    total = len(services.audit.entries())
    assert view.notice.message() == f"The log is intact: {total} entries, database pages authenticate."

    services.session.conn.execute("UPDATE audit SET detail = 'role readonly' WHERE action = 'staff.add'")
    button(view, "Check the log").click()
    message = view.notice.message()
    assert "does NOT check out" in message and "was altered" in message


def test_export_writes_the_shown_entries(view, services, tmp_path: Path, monkeypatch):
    target = tmp_path / "audit.csv"
    warned: list[str] = []
    monkeypatch.setattr(audit_view, "confirm", lambda _p, _t, text, _y: warned.append(text) or True)
    monkeypatch.setattr(audit_view, "save_file", lambda *_a, **_k: target)
    view.action.setCurrentText("staff.")
    button(view, "Show matching entries").click()
    button(view, "Export the shown entries").click()
    assert "leaves the vault" in warned[0]
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert rows[0][3] == "action" and [r[3] for r in rows[1:]] == ["staff.role", "staff.add"]
    assert target.stat().st_mode & 0o077 == 0

    xlsx = tmp_path / "audit.xlsx"
    monkeypatch.setattr(audit_view, "save_file", lambda *_a, **_k: xlsx)
    button(view, "Export the shown entries").click()
    assert xlsx.read_bytes()[:2] == b"PK"
    assert "2 entries exported" in view.notice.message()


def test_clear_empties_the_screen(view):
    view.actor.setCurrentText(ADMIN)
    view.clear()
    assert view.model.rowCount() == 0 and view.actor.currentText() == "" and view.actor.count() == 0


def test_audit_model_passes_qtmodeltester(qtmodeltester, view):
    qtmodeltester.check(view.model)
