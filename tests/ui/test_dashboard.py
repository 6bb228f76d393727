"""The dashboard: figures a coordinator relies on, and every chart opening the people it counts."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarSeries,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
)
from PySide6.QtCore import QDate, QPointF, Qt

from shelterdesk.domain.enums import AgencyKind, CaseStatus, Role
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services
from shelterdesk.ui import export_dialog, import_dialog, report_dialog
from shelterdesk.ui.locale_format import show_date, show_month
from shelterdesk.ui.main_window import Workspace
from shelterdesk.ui.referrals_view import DUE_THIS_WEEK, OVERDUE
from shelterdesk.ui.settings_store import SettingsStore
from tests.shared import flat, pdf_text, services_as
from tests.ui.helpers import button
from tests.ui.shell_support import seed


def click_bar(qtbot, view: QChartView, index: int, bar_set: int = 0) -> None:
    """Click the middle of one bar, where a person would."""
    chart = view.chart()
    series = chart.series()[0]
    value = series.barSets()[bar_set].at(index)
    before = sum(series.barSets()[n].at(index) for n in range(bar_set)) \
        if isinstance(series, QHorizontalStackedBarSeries) else 0
    if isinstance(series, QHorizontalBarSeries | QHorizontalStackedBarSeries):
        point = QPointF(before + value / 2, index)
    else:
        count = len(series.barSets())
        point = QPointF(index + (bar_set - (count - 1) / 2) * 0.8 / count if isinstance(series, QBarSeries) else index,
                        value / 2)
    scene = chart.mapToPosition(point, series)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))


def coordinator_workspace(qtbot, services: Services, *, seeded: bool = False) -> tuple[Workspace, Services]:
    if not seeded:
        seed(services)
    coordinator = services_as(services, Role.COORDINATOR)
    workspace = Workspace(coordinator, SettingsStore())
    qtbot.addWidget(workspace)
    workspace.resize(1366, 900)
    workspace.show()
    return workspace, coordinator


def test_coordinators_start_on_the_dashboard_with_the_figures_of_the_day(qtbot, services: Services) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        assert workspace.current_screen() == "dashboard"
        d = workspace.dashboard.figures
        assert d.in_shelter == 4 and d.by_status[CaseStatus.SHELTERED] == 2
        assert dict(d.by_nationality) == {"ID": 2, "CN": 1, "BD": 1}
        assert d.overdue_referrals == 1 and d.open_need_total == 1
        assert workspace.dashboard.in_shelter.text() == "4 people in the shelter"
        assert workspace.dashboard.overdue_button.text() == "1 overdue referrals"
        assert sum(d.admissions) == 6 and d.months[-1] == "2026-11"  # all six came in the last 12 months
        assert sum(d.departures) == 2 and d.departures[-1] == 2  # the two ended stays were discharged today
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_a_nationality_bar_opens_the_register_filtered_to_those_people(qtbot, services: Services) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        view = workspace.dashboard.charts["nationality"]
        labels = view.chart().axes(Qt.Orientation.Vertical)[0].categories()
        click_bar(qtbot, view, labels.index("Indonesia"))
        assert workspace.current_screen() == "register"
        register = workspace.register
        assert register.model.rowCount() == 2
        assert register.nationality_filter.currentData() == "ID"
        assert {register.model.summary(r).family_name for r in range(2)} == {"Santoso", "Wijaya"}
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_a_month_bar_filters_by_admission_and_the_chip_removes_it(qtbot, services: Services) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        d = workspace.dashboard.figures
        month = (coordinator.session.clock.today() - timedelta(days=10)).strftime("%Y-%m")
        index = d.months.index(month)
        click_bar(qtbot, workspace.dashboard.charts["months"], index)
        register = workspace.register
        assert workspace.current_screen() == "register"
        assert register.model.rowCount() == d.admissions[index] > 0
        assert register.extra_filter.isVisible() and show_month(month) in register.extra_filter.text()
        register.extra_filter.click()
        assert not register.extra_filter.isVisible() and register.model.rowCount() == 6
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_an_agency_bar_opens_the_referrals_waiting_on_it(qtbot, services: Services) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        view = workspace.dashboard.charts["waiting"]
        series = view.chart().series()[0]
        longest = next(n for n in range(series.count()) if series.barSets()[n].at(0))
        click_bar(qtbot, view, 0, bar_set=longest)
        referrals = workspace.pages["referrals"]
        assert workspace.current_screen() == "referrals"
        assert referrals.kind.currentData() == "embassy"
        selected = referrals.model.groups[referrals.tree.currentIndex().row()]
        assert "Indonesia" in selected.agency_name
        workspace.dashboard.overdue_button.click()
        assert referrals.follow_up.currentData() == OVERDUE and len(referrals.model.groups) == 1
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_follow_ups_due_this_week_open_the_referrals_due_this_week(qtbot, services: Services) -> None:
    ids = seed(services)
    today = services.session.clock.today()
    agencies = [a for a in services.agencies.list() if a.kind != AgencyKind.EMBASSY]
    for survivor, agency, days in (("Zhang", agencies[0], 0), ("Zhang", agencies[1], 6), ("Rahman", agencies[0], 7),
                                   ("Rahman", agencies[2], 3)):
        ref = services.referrals.create(ids[survivor], agency.id, reason="follow-up test",
                                        override_reason="consent given verbally, form to follow")
        services.referrals.set_status(ref.id, "sent")
        services.referrals.set_follow_up(ref.id, today + timedelta(days=days))
    workspace, coordinator = coordinator_workspace(qtbot, services, seeded=True)
    try:
        assert workspace.dashboard.due_button.text() == "3 follow-ups due this week"
        workspace.dashboard.due_button.click()
        referrals = workspace.pages["referrals"]
        assert workspace.current_screen() == "referrals"
        assert referrals.follow_up.currentData() == DUE_THIS_WEEK
        shown = [r for g in referrals.model.groups for r in g.referrals]
        assert sorted((r.follow_up_due - today).days for r in shown) == [0, 3, 6]
        assert referrals.summary.text().startswith("3 referral(s) waiting")
        referrals.follow_up.setCurrentIndex(referrals.follow_up.findData(None))
        assert sum(len(g.referrals) for g in referrals.model.groups) == 5  # the overdue one and next week's too
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_export_from_the_dashboard_warns_then_writes_a_private_file(qtbot, services: Services, tmp_path: Path,
                                                                    monkeypatch) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        asked = []
        monkeypatch.setattr(export_dialog, "confirm_plaintext", lambda _p: asked.append("warned") or False)
        button(workspace.dashboard, "Export anonymised statistics").click()
        dialog = workspace.dialogs[-1]
        dialog.save_button.click()
        assert asked == ["warned"] and dialog.result is None  # cancelled at the warning: nothing written
        out = tmp_path / "counts.xlsx"
        monkeypatch.setattr(export_dialog, "confirm_plaintext", lambda _p: True)
        monkeypatch.setattr(export_dialog, "ask_path", lambda _p, suggested, fmt: out)
        dialog.k.setValue(2)
        dialog.save_button.click()
        assert out.exists() and stat.S_IMODE(out.stat().st_mode) == 0o600
        assert "counts.xlsx" in dialog.summary.text() and dialog.result.rows > 0
        assert [d.kind for d in coordinator.letters.disclosures()][-1] == "export"
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_import_dialog_guesses_previews_reports_and_imports_all(qtbot, services: Services, tmp_path: Path,
                                                               monkeypatch) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        bad = tmp_path / "bad.csv"
        bad.write_text("Nama Keluarga,Nama Depan,Kewarganegaraan,Tanggal Lahir\n"
                       "Wati,Siti,Indonesia,05/04/1999\nPutri,Dewi,ID,31/02/2000\n", encoding="utf-8")
        monkeypatch.setattr(import_dialog, "ask_file", lambda _p: bad)
        button(workspace.dashboard, "Import a register from a spreadsheet").click()
        dialog = workspace.dialogs[-1]
        next(b for b in dialog.findChildren(type(dialog.check_button)) if b.text() == "Choose file…").click()
        fields = [dialog.mapping.cellWidget(r, 2).currentData() for r in range(4)]
        assert fields == ["family", "given", "nationality", "dob"]
        assert dialog.preview.item(0, 4).text() == "Indonesia" and dialog.preview.item(0, 6).text() == show_date(date(1999, 4, 5))
        problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert problems == ["Row 3, Tanggal Lahir: “31/02/2000” is not a date. Write it as YYYY-MM-DD or "
                            "DD/MM/YYYY, e.g. 2026-03-14."]
        assert not dialog.import_button.isEnabled()
        # Leaving the bad column out fixes the file; the dialog asks for a new check first.
        box = dialog.mapping.cellWidget(3, 2)
        box.setCurrentIndex(box.findData(""))
        assert not dialog.import_button.isEnabled()
        dialog.check_button.click()
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        assert len(dialog.imported) == 2 and "2 case(s) imported" in dialog.summary.text()
        assert coordinator.cases.count(CaseQuery()) == 8
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_case_workers_see_the_dashboard_but_neither_export_nor_import(qtbot, services: Services) -> None:
    seed(services)
    worker = services_as(services, Role.CASEWORKER)
    try:
        workspace = Workspace(worker, SettingsStore())
        qtbot.addWidget(workspace)
        workspace.show()
        assert workspace.current_screen() == "register"
        workspace.show_page("dashboard")
        names = {b.accessibleName() for b in workspace.dashboard.findChildren(type(workspace.lock_button))}
        assert "Export anonymised statistics" not in names and "Import a register from a spreadsheet" not in names
        assert workspace.dashboard.figures.in_shelter == 4
    finally:
        workspace.teardown()
        workspace.hide()
        worker.close()


def test_period_report_from_the_dashboard(qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        out = tmp_path / "report.pdf"
        monkeypatch.setattr(report_dialog, "confirm_plaintext", lambda _p: True)
        monkeypatch.setattr(report_dialog, "ask_path", lambda _p, suggested: out)
        button(workspace.dashboard, "Period report for donors and authorities").click()
        dialog = workspace.dialogs[-1]
        today = coordinator.session.clock.today()
        dialog.start.setDate(QDate(today.year, 1, 1))
        dialog.end.setDate(QDate(today.year, today.month, today.day))
        dialog.language.setCurrentIndex(dialog.language.findData("id"))
        dialog.save_button.click()
        assert dialog.saved and out.stat().st_mode & 0o777 == 0o600
        text = flat(pdf_text(out.read_bytes(), tmp_path))
        assert "Shelter report" in text and "Laporan rumah aman" in text and "Santoso" not in text
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()


def test_a_case_opened_from_the_dashboard_marks_the_register_in_the_sidebar(qtbot, services: Services) -> None:
    workspace, coordinator = coordinator_workspace(qtbot, services)
    try:
        assert workspace.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "dashboard"
        workspace.open_case(coordinator.cases.search(CaseQuery())[0].id)
        assert workspace.current_screen() == "case"
        assert workspace.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "register"
    finally:
        workspace.teardown()
        workspace.hide()
        coordinator.close()
