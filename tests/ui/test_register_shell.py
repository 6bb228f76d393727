"""The register: lazy model (qtmodeltester), search-as-you-type, each filter, sorting, presets."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from shelterdesk.domain.enums import CaseStatus
from shelterdesk.domain.models import Survivor
from shelterdesk.ui import register_model
from shelterdesk.ui.register_model import ID_ROLE, NAME, OVERDUE_ROLE, STATUS, RegisterModel
from shelterdesk.ui.register_view import RegisterView
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.helpers import replace_text
from tests.ui.shell_support import seed


@pytest.fixture
def seeded(services):
    return services, seed(services)


@pytest.fixture
def view(qtbot, seeded):
    services, _ids = seeded
    v = RegisterView(services, SettingsStore())
    qtbot.addWidget(v)
    v.show()
    return v


def names(model: RegisterModel) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, seeded):
    services, _ids = seeded
    model = RegisterModel(services)
    qtmodeltester.check(model, force_py=True)
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_model_fetches_only_the_pages_it_shows(qapp, services, monkeypatch):  # qapp: the count waits on a timer
    monkeypatch.setattr(register_model, "PAGE", 5)
    monkeypatch.setattr(register_model, "MAX_PAGES", 2)
    for i in range(23):
        services.cases.register(Survivor(family_name=f"Person{i:02d}", nationalities=["ID"]),
                                confirm_not_duplicate=True)
    model = RegisterModel(services)
    assert model.rowCount() == 5 and not model.exact  # the first page at once, counted in the background
    model.wait_for_count()
    assert model.rowCount() == 23 and model.exact and model.cached_rows() == 5
    assert model.index(22, 0).data() == "SD-2026-0023"
    assert model.index(0, 0).data() == "SD-2026-0001"
    model.index(12, 0).data()
    assert model.cached_rows() <= 10  # never more than MAX_PAGES pages in memory


def test_a_slow_count_never_holds_up_the_first_page(services, monkeypatch, qtbot):
    monkeypatch.setattr(register_model, "PAGE", 5)
    for i in range(12):
        services.cases.register(Survivor(family_name=f"Person{i:02d}", nationalities=["ID"]),
                                confirm_not_duplicate=True)
    real_count, interrupted, counting, stop = services.cases.count, [], [], threading.Event()

    def slow_count(query):  # a count over a big register, which an interrupt ends at once
        counting.append(1)
        stop.clear()
        if stop.wait(0.5):
            raise RuntimeError("interrupted")
        return real_count(query)

    def interrupt():
        interrupted.append(1)
        stop.set()

    monkeypatch.setattr(services.cases, "count", slow_count)
    monkeypatch.setattr(services.cases, "interrupt", interrupt)
    view = RegisterView(services, SettingsStore())
    qtbot.addWidget(view)
    started = time.perf_counter()
    view.model.set_query(view.current_query())
    assert time.perf_counter() - started < 0.3 and view.model.rowCount() == 5
    assert view.count_label.text() == "5+ people (counting…)"
    qtbot.waitUntil(lambda: bool(counting), timeout=3000)  # the count starts once typing pauses
    view.model.set_query(view.current_query())  # a newer filter stops the running count first
    assert interrupted
    qtbot.waitUntil(lambda: view.model.exact, timeout=3000)
    assert view.model.rowCount() == 12 and view.count_label.text() == "12 people"


def test_overdue_row_is_marked(seeded):
    services, ids = seeded
    model = RegisterModel(services)
    rows = {model.index(r, 0).data(ID_ROLE): r for r in range(model.rowCount())}
    santoso = model.index(rows[ids["Santoso"]], 8)
    assert santoso.data(OVERDUE_ROLE) is True
    assert "overdue" in santoso.data(Qt.ItemDataRole.ToolTipRole)
    assert santoso.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(rows[ids["Zhang"]], 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(rows[ids["Santoso"]], 7).data() == "Embassy of the Republic of Indonesia"


def test_search_as_you_type_is_debounced(qtbot, view):
    assert view.model.rowCount() == 6
    qtbot.keyClicks(view.search, "santo")
    assert view.model.rowCount() == 6  # not yet: waits for a pause in typing
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert names(view.model) == ["SANTOSO, Budi"]
    assert "1" in view.count_label.text()


def test_search_finds_native_script(qtbot, view):
    from tests.ui.helpers import type_text

    type_text(view.search, "张伟")
    view.search.returnPressed.emit()
    assert names(view.model) == ["ZHANG, Wei"]


def test_no_match_shows_empty_message(qtbot, view):
    qtbot.keyClicks(view.search, "nobodyhere")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0
    assert view.empty_label.isVisible()


def test_status_filter(view):
    view.status_filter.setCurrentIndex(view.status_filter.findData(str(CaseStatus.SHELTERED)))
    assert sorted(names(view.model)) == ["SANTOSO, Budi", "ZHANG, Wei"]
    view.status_filter.setCurrentIndex(1)  # active cases
    assert len(names(view.model)) == 4


def test_nationality_filter(view):
    box = view.nationality_filter
    box.setCurrentIndex(box.findData("ID"))
    box.activated.emit(box.currentIndex())
    assert sorted(names(view.model)) == ["SANTOSO, Budi", "WIJAYA, Siti"]


def test_nationality_typed_by_name(qtbot, view):
    box = view.nationality_filter
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "Ethiopia")
    box.lineEdit().editingFinished.emit()
    assert names(view.model) == ["BEKELE, Abebe"]


def test_open_needs_filter(view):
    view.needs_filter.setCurrentIndex(view.needs_filter.findData("*"))
    assert names(view.model) == ["ZHANG, Wei"]
    view.needs_filter.setCurrentIndex(view.needs_filter.findData("legal"))
    assert names(view.model) == []


def test_waiting_on_embassy_and_overdue_filters(view):
    view.embassy_filter.setChecked(True)
    assert names(view.model) == ["SANTOSO, Budi"]
    view.embassy_filter.setChecked(False)
    view.overdue_filter.setChecked(True)
    assert names(view.model) == ["SANTOSO, Budi"]


def test_sorting_by_header(view):
    header = view.table.horizontalHeader()
    header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
    assert names(view.model) == sorted(names(view.model))
    assert names(view.model)[0] == "BEKELE, Abebe"
    header.setSortIndicator(NAME, Qt.SortOrder.DescendingOrder)
    assert names(view.model)[0] == "ZHANG, Wei"
    header.setSortIndicator(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [view.model.index(r, STATUS).data(register_model.STATUS_ROLE) for r in range(6)]
    assert statuses == sorted(statuses)


def test_days_column_sorts_by_time_in_shelter(view):
    view.table.horizontalHeader().setSortIndicator(register_model.DAYS, Qt.SortOrder.AscendingOrder)
    days = [int(view.model.index(r, register_model.DAYS).data()) for r in range(6)]
    assert days == sorted(days)


def test_unsortable_column_keeps_the_current_order(view):
    before = names(view.model)
    view.table.horizontalHeader().setSortIndicator(register_model.WAITING, Qt.SortOrder.AscendingOrder)
    assert names(view.model) == before
    assert view.table.horizontalHeader().sortIndicatorSection() == register_model.CASE


def test_presets_keep_filters_but_never_the_search_text(qtbot, view):
    view.search.setText("Santoso")
    view.apply_filters()
    view.nationality_filter.setCurrentIndex(view.nationality_filter.findData("ID"))
    view.embassy_filter.setChecked(True)
    view.save_preset("Indonesians at embassy")
    stored = SettingsStore().presets()["Indonesians at embassy"]
    assert stored["nationality"] == "ID" and stored["waiting_on_kind"] == "embassy"
    assert "text" not in stored and "Santoso" not in str(stored)
    assert "Santoso" not in view.settings.path.read_text("utf-8")

    view.search.clear()
    view.nationality_filter.setCurrentIndex(0)
    view.embassy_filter.setChecked(False)
    assert view.model.rowCount() == 6
    view.preset_box.setCurrentIndex(view.preset_box.findData("Indonesians at embassy"))
    view.preset_box.activated.emit(view.preset_box.currentIndex())
    assert view.embassy_filter.isChecked() and view.nationality_filter.currentData() == "ID"
    assert names(view.model) == ["SANTOSO, Budi"]

    view._delete_preset()
    assert "Indonesians at embassy" not in SettingsStore().presets()


def test_activating_a_row_opens_the_case(qtbot, view, seeded):
    _services, ids = seeded
    view.search.setText("Wijaya")
    view.apply_filters()
    with qtbot.waitSignal(view.open_case) as signal:
        view.table.activated.emit(view.model.index(0, 0))
    assert signal.args == [ids["Wijaya"]]


def test_one_latin_letter_waits_for_a_second_but_one_chinese_character_searches(qtbot, view):
    qtbot.keyClicks(view.search, "w")
    qtbot.waitUntil(lambda: view.awaiting_more_text, timeout=2000)
    assert view.model.rowCount() == 6 and "another letter" in view.count_label.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # Enter searches at once
    assert sorted(names(view.model)) == ["WIJAYA, Siti", "ZHANG, Wei"]
    replace_text(view.search, "张")  # one character, but a whole search in Chinese
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert names(view.model) == ["ZHANG, Wei"] and not view.awaiting_more_text
