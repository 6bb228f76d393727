"""Register export for the shelter's own use: the filter shown, after the warning, recorded, roles."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from openpyxl import load_workbook

from shelterdesk.domain.enums import Role
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.services.registry import Services
from shelterdesk.ui import export_dialog
from shelterdesk.ui.register_view import RegisterView
from shelterdesk.ui.settings_store import SettingsStore
from tests.shared import services_as
from tests.ui.shell_support import seed


def test_the_filtered_register_is_saved_after_the_warning_and_recorded(qtbot, services: Services, tmp_path: Path,
                                                                       monkeypatch) -> None:
    seed(services)
    view = RegisterView(services, SettingsStore())
    qtbot.addWidget(view)
    view.nationality_filter.setCurrentIndex(view.nationality_filter.findData("ID"))
    view.apply_filters()
    warned: list[bool] = []
    monkeypatch.setattr(export_dialog, "confirm_plaintext", lambda _p, names=False: warned.append(names) or False)
    view.export_button.click()
    before = len(services.letters.disclosures())
    assert warned == [True] and before == 0  # cancelled at the warning: nothing written or recorded
    out = tmp_path / "register.xlsx"
    monkeypatch.setattr(export_dialog, "confirm_plaintext", lambda _p, names=False: True)
    monkeypatch.setattr(export_dialog, "ask_register_path", lambda _p, suggested: out)
    view.export_button.click()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("case_number", "family_name", "given_names")
    assert sorted(r[1] for r in rows[1:]) == ["Santoso", "Wijaya"]
    assert out.stat().st_mode & 0o777 == 0o600 and "2 people saved" in view.count_label.text()
    entry = services.letters.disclosures()[-1]
    assert entry.survivor_id is None and entry.kind == "export" and "register export" in entry.recipient
    assert entry.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()


def test_csv_cells_never_run_as_formulas_and_case_workers_cannot_export(services: Services) -> None:
    seed(services)
    query = CaseQuery(text="Santoso")
    case = services.cases.get(services.cases.search(query)[0].id)
    case.given_names = "=HYPERLINK(\"http://x\")"
    services.cases.update(case)
    out: list[bytes] = []
    services.exports.register(query, "csv", out.append)
    rows = list(csv.reader(io.StringIO(out[0].decode("utf-8"))))
    assert rows[1][2] == "'=HYPERLINK(\"http://x\")"
    worker = services_as(services, Role.CASEWORKER)
    try:
        view = RegisterView(worker, SettingsStore())
        assert view.export_button.isHidden()
    finally:
        worker.close()
