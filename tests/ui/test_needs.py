"""Needs in the case file: adding, and moving only through the allowed statuses."""

from __future__ import annotations

from datetime import date

import pytest

from shelterdesk.domain.enums import NeedStatus
from shelterdesk.domain.models import Survivor
from shelterdesk.ui.case_file import CaseFileWidget
from tests.ui.helpers import button, type_text, visible_buttons

STATUS_BUTTONS = {"Reopen", "Start work", "Put on hold", "Mark met", "Cannot be met"}


@pytest.fixture
def widget(qtbot, services) -> CaseFileWidget:
    case = services.cases.register(Survivor(family_name="Rahman", given_names="Mohammad",
                                            native_name="মোহাম্মদ রহমান", nationalities=["BD"]))
    w = CaseFileWidget(services, case.id)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.needs)
    return w


def test_add_a_need_with_a_due_date(qtbot, widget, services):
    tab = widget.needs
    button(tab, "Add a need").click()
    tab.new_category.set_value("medical")
    type_text(tab.new_description.line, "Dental pain — ব্যথা")
    qtbot.keyClicks(tab.new_due.line, "2026-12-01")
    button(tab, "Save need").click()
    [need] = services.needs.for_survivor(widget.survivor_id)
    assert (need.category.value, need.description, need.due_date) == ("medical", "Dental pain — ব্যথা",
                                                                     date(2026, 12, 1))
    assert tab.model.rowCount() == 1 and tab.selected().id == need.id


def test_bad_due_date_stays_in_the_field(qtbot, widget, services):
    tab = widget.needs
    button(tab, "Add a need").click()
    qtbot.keyClicks(tab.new_due.line, "next week")
    button(tab, "Save need").click()
    assert "14/03/1996" in tab.new_due.error_text() and tab.new_due.text() == "next week"
    assert services.needs.for_survivor(widget.survivor_id) == []


def test_only_the_allowed_transitions_are_offered(qtbot, widget, services):
    need = services.needs.add(widget.survivor_id, "legal")
    tab = widget.needs
    tab.refresh()
    tab.select(need.id)
    assert visible_buttons(tab) & STATUS_BUTTONS == {"Start work", "Put on hold", "Mark met", "Cannot be met"}

    button(tab, "Mark met").click()
    assert services.needs.get(need.id).status == NeedStatus.MET
    assert visible_buttons(tab) & STATUS_BUTTONS == {"Reopen"}  # met -> only reopen

    button(tab, "Reopen").click()
    button(tab, "Put on hold").click()
    assert services.needs.get(need.id).status == NeedStatus.ON_HOLD
    assert visible_buttons(tab) & STATUS_BUTTONS == {"Start work", "Reopen", "Cannot be met"}
    assert "need.status" in [widget.history.model.row_at(0).action]


def test_overdue_needs_are_highlighted(qtbot, widget, services, clock):
    from PySide6.QtCore import Qt

    from shelterdesk.ui.table_models import OVERDUE_BACKGROUND

    services.needs.add(widget.survivor_id, "food", due_date=clock.today())
    clock.advance(days=2)
    widget.needs.refresh()
    index = widget.needs.model.index(0, 3)
    assert "overdue" in index.data()
    assert widget.needs.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
