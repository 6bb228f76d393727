"""What a worker does from the register: keyboard from search to results and back, honest empty states,
plurals, copies that clear themselves, letters for a selection, and columns that stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from shelterdesk.app import install_translations
from shelterdesk.ui.batch_letters_dialog import BatchLettersDialog
from shelterdesk.ui.register_model import NAME, WAITING
from shelterdesk.ui.register_view import RegisterView
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui.helpers import button, type_text
from tests.ui.shell_support import access_for, activate, seed, unlocked_window


@pytest.fixture
def ids(services):
    found = seed(services)
    services.close()
    return found


@pytest.fixture
def window(qtbot, ids, vault_dir, clock, shelterdesk_home):
    return unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home))


@pytest.fixture
def translated(qapp, request):
    """Install the UI language the test is parametrised with ("en" loads the English plural forms)."""
    before = QLocale()  # install_translations also makes the UI language the default locale
    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def test_down_and_enter_go_from_search_to_results_and_escape_comes_back(qtbot, window):
    activate(window)  # offscreen Qt deactivates it between fixture and test
    register = window.workspace.register
    register.focus_search()
    qtbot.keyClicks(register.search, "a")  # several people match
    qtbot.keyClick(register.search, Qt.Key.Key_Down)
    assert register.table.hasFocus()
    assert register.table.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClick(register.table, Qt.Key.Key_Down)
    rows = register.table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [1], "rows are selected whole, one at a time with the arrows"
    qtbot.keyClick(register.table, Qt.Key.Key_Escape)
    assert register.search.hasFocus()
    qtbot.keyClick(register.search, Qt.Key.Key_Return)
    assert register.table.hasFocus()
    opened = []
    register.open_case.connect(opened.append)
    qtbot.keyClick(register.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_enter_on_a_single_match_opens_the_case(qtbot, window, ids):
    activate(window)  # offscreen Qt deactivates it between fixture and test
    register = window.workspace.register
    register.focus_search()
    type_text(register.search, "张伟")
    qtbot.keyClick(register.search, Qt.Key.Key_Return)
    assert window.workspace.case_id == ids["Zhang"]


def test_one_tab_from_search_reaches_the_results_and_tab_leaves_them(qtbot, window):
    activate(window)  # offscreen Qt deactivates it between fixture and test
    register = window.workspace.register
    register.focus_search()
    qtbot.keyClick(register.search, Qt.Key.Key_Tab)
    assert register.table.hasFocus()
    qtbot.keyClick(register.table, Qt.Key.Key_Tab)
    assert not register.table.hasFocus(), "Tab walks out of the table, not from cell to cell"


def test_an_empty_register_says_how_to_start_not_that_a_search_failed(qtbot, services):
    view = RegisterView(services, SettingsStore())
    qtbot.addWidget(view)
    view.show()
    assert view.empty_label.isVisible()
    assert "No cases yet" in view.empty_label.text() and "Ctrl+N" in view.empty_label.text()
    seed(services)
    view.refresh()
    assert not view.empty_label.isVisible()
    qtbot.keyClicks(view.search, "nobodyhere")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.empty_label.isVisible()
    assert "No one matches" in view.empty_label.text()


@pytest.mark.parametrize("translated", ["en"], indirect=True)
def test_one_person_is_not_one_people(qtbot, services, translated):
    view = RegisterView(services, SettingsStore())
    qtbot.addWidget(view)
    seed(services)
    view.apply_filters()
    assert view.count_label.text() == "6 people"
    type_text(view.search, "santoso")
    view.apply_filters()
    assert view.count_label.text() == "1 person"


def test_copies_from_the_register_are_cleared_on_lock(qtbot, window, ids):
    activate(window)  # offscreen Qt deactivates it between fixture and test
    register = window.workspace.register
    register.focus_search()
    type_text(register.search, "santoso")
    register.apply_filters()
    register.focus_results()
    clipboard = QGuiApplication.clipboard()
    qtbot.keyClick(register.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == f"SD-{window.services.session.clock.today().year}-0001"
    register._context_menu(register.table.visualRect(register.model.index(0, NAME)).center())
    actions = {a.text(): a for a in register.context_menu.actions()}
    actions["Copy name (passport)"].trigger()
    assert clipboard.text() == "Budi Santoso"
    register.context_menu.close()
    window.lock()
    assert clipboard.text() == ""


def test_letters_for_the_people_selected_in_the_register(qtbot, window, ids):
    register = window.workspace.register
    register.table.selectRow(0)
    register.table.selectionModel().select(
        register.model.index(1, 0), register.table.selectionModel().SelectionFlag.Select
        | register.table.selectionModel().SelectionFlag.Rows)
    button(register, "Letters for the selected people").click()
    dialog = window.findChild(BatchLettersDialog)
    assert dialog is not None and dialog.isVisible()
    assert [c.id for c in dialog.chosen] == [register.model.survivor_id(0), register.model.survivor_id(1)]
    assert "2" in dialog.findChild(type(dialog.notice), "chosen").text()
    assert not dialog.nationality.isVisibleTo(dialog), "the selection replaces the filters"
    dialog.reject()


def test_batch_letters_open_from_the_referrals_screen_for_open_cases(qtbot, window):
    window.workspace.show_page("referrals")
    referrals = window.workspace.pages["referrals"]
    button(referrals, "Batch letters").click()
    dialog = window.findChild(BatchLettersDialog)
    assert dialog is not None and dialog.isVisible()
    assert sorted(str(s) for s in dialog.query().statuses) == ["awaiting_repatriation", "intake", "sheltered"]
    dialog.show()
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
    dialog.reject()


@pytest.mark.parametrize("translated", ["en", "id"], indirect=True)
@pytest.mark.parametrize("size", [(1366, 728), (1920, 1040)])  # maximised on a laptop and on a desktop
def test_register_columns_stay_readable(qtbot, ids, vault_dir, clock, shelterdesk_home, translated, size):
    window = unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home))
    window.resize(*size)
    activate(window)
    register = window.workspace.register
    qtbot.waitUntil(lambda: register.table.columnWidth(WAITING) >= 160, timeout=2000)
    header = register.table.horizontalHeader()
    for column in range(register.model.columnCount()):
        assert header.sectionSize(column) >= register.fitter.header_width(column), column  # the header reads whole
    case_number = register.model.index(0, 0).data()
    assert register.table.fontMetrics().horizontalAdvance(case_number) < header.sectionSize(0), "never cut"
    metrics = register.table.fontMetrics()
    for row in range(register.model.rowCount()):
        waiting = register.model.index(row, WAITING).data()
        if waiting:  # "Embassy of the Republic of Indonesia": the start of it shows, not "In…ia"
            assert metrics.horizontalAdvance(waiting[:10]) < register.table.columnWidth(WAITING)
    total = sum(header.sectionSize(c) for c in range(register.model.columnCount()))
    assert total <= register.table.viewport().width() + 1, "no column pushed off screen"


@pytest.mark.parametrize("translated", ["en", "id"], indirect=True)
def test_referrals_overview_shows_status_and_reference_whole_at_1366(qtbot, ids, vault_dir, clock,
                                                                       shelterdesk_home, translated):
    window = unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home))
    window.resize(1366, 728)
    window.workspace.show_page("referrals")
    overview = window.workspace.pages["referrals"]
    tree, model = overview.tree, overview.model
    qtbot.waitUntil(lambda: tree.header().sectionSize(5) >= 130, timeout=2000)
    metrics = tree.fontMetrics()
    group = model.index(0, 0)
    for column in (2, 5):  # Status, Reference
        text = model.index(0, column, group).data()
        assert text and metrics.horizontalAdvance(text) + 12 <= tree.header().sectionSize(column), (column, text)
    total = sum(tree.header().sectionSize(c) for c in range(model.columnCount()))
    assert total <= tree.viewport().width() + 1


def test_every_counted_message_has_english_singular_and_plural():
    import xml.etree.ElementTree as ET

    from shelterdesk import paths

    folder = paths.resources_dir() / "i18n"
    counted = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(folder / "shelterdesk_id.ts").getroot().findall("context")
               for m in c.findall("message") if m.get("numerus") == "yes"}
    english = {(c.findtext("name"), m.findtext("source")): [f.text for f in m.iter("numerusform")]
               for c in ET.parse(folder / "shelterdesk_en.ts").getroot().findall("context")
               for m in c.findall("message")}
    assert counted and counted <= set(english)
    for (context, source) in counted:
        one, many = english[(context, source)]
        assert "(s)" not in one + many, source
        if "(s)" in source or "people" in source:
            assert one != many, source
