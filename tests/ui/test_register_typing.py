"""Typing in the register: a key after a pause searches at once, a burst waits for the pause, and counts of
broad filters wait for typing to stop and never overwrite a newer query's rows."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject

from shelterdesk.domain.models import Survivor
from shelterdesk.ui import register_model
from shelterdesk.ui.register_view import SEARCH_DEBOUNCE_MS, RegisterView
from shelterdesk.ui.settings_store import SettingsStore


@pytest.fixture
def crowd(services, monkeypatch):
    """23 people, shown 5 to a page, so that every unfiltered list is counted in the background."""
    monkeypatch.setattr(register_model, "PAGE", 5)
    for i in range(21):
        services.cases.register(Survivor(family_name=f"Person{i:02d}", nationalities=["ID"]),
                                confirm_not_duplicate=True)
    for family in ("Santoso", "Santos"):
        services.cases.register(Survivor(family_name=family, nationalities=["ID"]), confirm_not_duplicate=True)
    return services


@pytest.fixture
def counts(crowd, monkeypatch):
    """Each count the register asks for: (query text, thread); `release` holds them until set."""
    real_count, asked, release = crowd.cases.count, [], threading.Event()
    release.set()

    def count(query):
        asked.append((query.text, threading.current_thread().name))
        release.wait(5)
        return real_count(query)

    monkeypatch.setattr(crowd.cases, "count", count)
    return asked, release


def test_the_page_comes_first_and_the_count_once_typing_pauses(qtbot, crowd, counts):
    asked, _release = counts
    view = RegisterView(crowd, SettingsStore())
    qtbot.addWidget(view)
    assert view.model.rowCount() == 5 and not view.model.exact and asked == []  # the page, not yet a count
    view.apply_filters()
    qtbot.wait(register_model.COUNT_DELAY_MS // 2)
    view.apply_filters()  # a newer query within the pause: still nothing counted
    assert asked == []
    qtbot.waitUntil(lambda: view.model.exact, timeout=3000)
    assert asked == [("", "register-count")]  # once, for the query that stood, off the GUI thread
    assert view.model.rowCount() == 23 and view.count_label.text() == "23 people"


def test_a_count_that_arrives_for_an_older_query_is_dropped(qtbot, crowd, counts):
    asked, release = counts
    view = RegisterView(crowd, SettingsStore())
    qtbot.addWidget(view)
    release.clear()
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)  # the count of everyone is running
    release.set()
    time.sleep(0.3)  # it finishes and its answer (23) waits in the event queue
    view.search.setText("santos")
    view.apply_filters()  # a narrower search: two people, counted exactly by its page
    assert view.model.rowCount() == 2 and view.model.exact
    qtbot.wait(100)  # the old answer is delivered now
    view.model.wait_for_count()
    assert view.model.rowCount() == 2 and view.count_label.text() == "2 people"


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_a_key_after_a_pause_searches_at_once_and_a_burst_waits_for_the_pause(qtbot, crowd):
    view = RegisterView(crowd, SettingsStore())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.keyClick(view.search, "s")  # one Latin letter: the hint, at once
    assert view.awaiting_more_text
    qtbot.wait(SEARCH_DEBOUNCE_MS * 2)
    qtbot.keyClick(view.search, "a")  # after a pause: no further wait
    assert view.model.query.text == "sa"
    qtbot.keyClicks(view.search, "ntos")  # keys in quick succession: one search once they stop
    assert view.model.query.text == "sa"
    qtbot.waitUntil(lambda: view.model.query.text == "santos", timeout=2000)
    assert view.model.rowCount() == 2
    qtbot.wait(50)
    paints = _Paints()
    view.table.viewport().installEventFilter(paints)
    qtbot.wait(SEARCH_DEBOUNCE_MS * 2)
    qtbot.keyClick(view.search, "o")
    qtbot.wait(100)
    assert view.model.rowCount() == 1 and paints.count == 1  # the new rows painted once, in their own widths


def test_locking_empties_the_search_without_searching(qtbot, crowd):
    view = RegisterView(crowd, SettingsStore())
    qtbot.addWidget(view)
    view.search.setText("santos")
    qtbot.wait(SEARCH_DEBOUNCE_MS * 2)
    fetched = view.model.pages_fetched
    view.clear()  # the vault is about to close: no query for the emptied box, now or later
    qtbot.wait(SEARCH_DEBOUNCE_MS * 2)
    assert view.search.text() == "" and view.model.pages_fetched == fetched and view.model.rowCount() == 0
