"""The register: search-as-you-type, filters, sorting and saved filter presets over RegisterModel."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.countries import country_choices
from ..domain.enums import ACTIVE_CASE_STATUSES, AgencyKind, CaseStatus, NeedCategory
from ..domain.errors import ShelterDeskError
from ..domain.queries import CaseQuery, CaseSummary
from ..services.files import save_outside_vault
from ..services.registry import Services
from ..services.session import LETTER_ROLES, WRITE_ROLES
from . import export_dialog, operations
from .clipboard import copy_sensitive
from .columns import ColumnFitter
from .form_fields import ui_locale
from .locale_format import country_name, grouped, show_number
from .messages import show_error
from .register_model import (
    CASE,
    DAYS,
    FOLLOW_UP,
    ID_ROLE,
    NAME,
    NATIONALITY,
    NATIVE,
    NEEDS,
    STATUS,
    WAITING,
    RegisterModel,
)
from .settings_store import SettingsStore
from .vocabulary_labels import enum_label
from .widgets import StatusChipDelegate, heading

SEARCH_DEBOUNCE_MS = 40  # short: a keystroke costs one page query (10–20 ms at 100,000), counting runs later
_ACTIVE = ",".join(sorted(ACTIVE_CASE_STATUSES))


# Readable minimum widths (px) of the register's columns; Name and Waiting on take the room left over.
_MINIMUM = {CASE: 100, NAME: 150, NATIVE: 100, NATIONALITY: 90, STATUS: 120, DAYS: 45, NEEDS: 50,
            WAITING: 160, FOLLOW_UP: 100}
_MAXIMUM = {NAME: 320, NATIVE: 240, NATIONALITY: 200, WAITING: 360}


class RegisterView(QWidget):
    open_case = Signal(int)
    new_intake = Signal()
    batch_requested = Signal(list)  # the CaseSummary of each selected person

    def __init__(self, services: Services, settings: SettingsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.model = RegisterModel(services, self)
        self.model.count_changed.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Register")))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.presets_row = QHBoxLayout()
        top.addLayout(self.presets_row)
        top.addSpacing(12)
        self.intake_button = QPushButton(self.tr("New intake"))
        self.intake_button.setObjectName("primary")
        self.intake_button.setToolTip(self.tr("Register a person who just arrived (Ctrl+N)"))
        self.intake_button.setAccessibleName(self.tr("New intake"))
        self.intake_button.setVisible(services.session.can(WRITE_ROLES))
        self.intake_button.clicked.connect(self.new_intake)
        top.addWidget(self.intake_button)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the register, or the people this filter shows, as a spreadsheet"))
        self.export_button.setAccessibleName(self.tr("Export the register"))
        self.export_button.setVisible(services.session.can(LETTER_ROLES))
        self.export_button.clicked.connect(self.export)
        top.insertWidget(top.count() - 1, self.export_button)
        layout.addLayout(top)
        self.batch_button = QPushButton(self.tr("Letters for selected…"))
        self.batch_button.setAccessibleName(self.tr("Letters for the selected people"))
        self.batch_button.setToolTip(self.tr("Select people in the list (Ctrl+click, Shift+click), then print "
                                             "a letter for each of them"))
        self.batch_button.setVisible(services.letters.can_issue())
        self.batch_button.setEnabled(False)
        self.batch_button.clicked.connect(self.request_batch)
        top.addWidget(self.batch_button)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name (any script), case number or passport number  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the register"))
        layout.addWidget(self.search)

        layout.addLayout(self._filters_row())
        layout.addWidget(self.extra_filter, 0, Qt.AlignmentFlag.AlignLeft)
        for w in (self.preset_box, self.save_preset_button, self.delete_preset_button):
            self.presets_row.addWidget(w)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        self.awaiting_more_text = False  # one Latin letter typed: the search waits for a second
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self._typing_paused)
        self._last_edit = self._last_search = 0.0  # time.monotonic() of the last keystroke and search
        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        # One Tab from the search box to the results; the filters come after them.
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.status_filter)
        self._reload_presets()
        self._update_count()

    # -- building ------------------------------------------------------------------------
    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Any status"), "")
        self.status_filter.addItem(self.tr("Active cases"), _ACTIVE)
        for status in CaseStatus:
            self.status_filter.addItem(enum_label(status), str(status))

        self.nationality_filter = QComboBox()
        self.nationality_filter.setAccessibleName(self.tr("Filter by nationality"))
        self.nationality_filter.setEditable(True)
        self.nationality_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.nationality_filter.addItem(self.tr("Any nationality"), "")
        for code in ("stateless", "unknown"):
            self.nationality_filter.addItem(country_name(code), code)
        for code, name in country_choices(ui_locale()).items():
            self.nationality_filter.addItem(name, code)
        completer = self.nationality_filter.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.nationality_filter.setMinimumContentsLength(16)
        self.nationality_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.needs_filter = QComboBox()
        self.needs_filter.setAccessibleName(self.tr("Filter by open needs"))
        self.needs_filter.addItem(self.tr("Any needs"), "")
        self.needs_filter.addItem(self.tr("Has an open need"), "*")
        for category in NeedCategory:
            self.needs_filter.addItem(self.tr("Open need: {what}").format(what=enum_label(category)), str(category))

        self.embassy_filter = QCheckBox(self.tr("Waiting on an embassy"))
        self.embassy_filter.setAccessibleName(self.tr("Only people waiting on an embassy"))
        self.overdue_filter = QCheckBox(self.tr("Overdue"))
        self.overdue_filter.setToolTip(self.tr("A referral follow-up or a need is past its due date"))
        self.overdue_filter.setAccessibleName(self.tr("Only overdue cases"))

        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Saved filters"))
        self.preset_box.setMinimumContentsLength(12)
        self.save_preset_button = QPushButton(self.tr("Save filters…"))
        self.save_preset_button.setAccessibleName(self.tr("Save these filters as a preset"))
        self.delete_preset_button = QPushButton(self.tr("Delete"))
        self.delete_preset_button.setAccessibleName(self.tr("Delete the selected preset"))

        for w in (self.status_filter, self.nationality_filter, self.needs_filter):
            row.addWidget(w)
        # As wide as a short choice, not the longest: the list opens as wide as its longest item.
        for w in (self.status_filter, self.needs_filter):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(18)
        row.addSpacing(6)
        row.addWidget(self.embassy_filter)
        row.addWidget(self.overdue_filter)
        row.addStretch(1)
        # The dashboard's filter has a line of its own: it names an agency or a month, at any length.
        self.extra_filter = QPushButton()
        self.extra_filter.setObjectName("filterChip")
        self.extra_filter.setToolTip(self.tr("Remove this filter"))
        self.extra_filter.setAccessibleName(self.tr("Remove the filter chosen on the dashboard"))
        self.extra_filter.setVisible(False)
        self.extra_filter.clicked.connect(self._drop_extra_filter)

        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.nationality_filter.activated.connect(self.apply_filters)
        self.nationality_filter.lineEdit().editingFinished.connect(self._nationality_typed)
        self.needs_filter.currentIndexChanged.connect(self.apply_filters)
        self.embassy_filter.toggled.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.preset_box.activated.connect(self._preset_chosen)
        self.save_preset_button.clicked.connect(self._ask_preset_name)
        self.delete_preset_button.clicked.connect(self._delete_preset)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Survivors in the register"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several people at once, for letters to each of them (Ctrl+click, Shift+click, Shift+arrows).
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move from row to row
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setItemDelegateForColumn(STATUS, StatusChipDelegate(table))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        vheader = table.verticalHeader()
        vheader.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(36)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self.fitter = ColumnFitter(table, _MINIMUM, grow=(NAME, WAITING), maximums=_MAXIMUM, whole=(CASE,))
        self.model.modelReset.connect(self._fit_columns_now)
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        copy = QShortcut(QKeySequence.StandardKey.Copy, table, context=Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_case_number)
        return table

    def _fit_columns_now(self) -> None:
        """Fit the columns to new rows before they are first painted.

        Fitted later (the fitter's own way, for other tables), each keystroke painted the rows in the old
        widths and again in the new. The header's signals are held meanwhile: a resized column makes the
        table repaint it once more on its next turn of the event loop, and the reset repaints it all anyway.
        """
        header = self.table.horizontalHeader()
        held = header.blockSignals(True)
        try:
            self.fitter.fit()
        finally:
            header.blockSignals(held)
        self.table.doItemsLayout()

    # -- keyboard: search box <-> results ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self._search_now()
            self.focus_results()
            return True
        if watched is self.table and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        return False

    def focus_results(self) -> None:
        """Move to the results, with the first person (or the current one) selected."""
        if self.model.rowCount() == 0:
            return
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- behaviour ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_now(self) -> None:
        """Search at once for what is typed, unless that is what the list shows already."""
        pending = self.debounce.isActive()
        self.debounce.stop()
        if pending or self.current_query() != self.model.query:
            self.apply_filters()

    def _search_entered(self) -> None:
        """Enter in the search box: one match opens its case, several go to the results."""
        self._search_now()
        if self.model.rowCount() == 1:
            self._activated(self.model.index(0, 0))
        else:
            self.focus_results()

    def _text_changed(self) -> None:
        """Search at once for a key typed after a pause (the pause has already happened: a slow typist
        or the first key of a word); keys that follow each other quickly wait for typing to pause."""
        now = time.monotonic()
        # The last search counts too: keys that queued up while it ran are a burst, not a pause.
        idle = now - max(self._last_edit, self._last_search) >= SEARCH_DEBOUNCE_MS / 1000
        self._last_edit = now
        if idle:
            self._typing_paused()
        else:
            self.debounce.start()

    def _typing_paused(self) -> None:
        # One Latin letter or digit matches a third of a big register and costs seconds to list:
        # wait for a second one (Enter searches at once). One Chinese, Khmer, … character is a
        # real search and goes ahead.
        text = self.search.text().strip()
        self.awaiting_more_text = len(text) == 1 and text.isascii() and text.isalnum()
        if self.awaiting_more_text:
            self.count_label.setText(self.tr("Type another letter to search (or press Enter)"))
            return
        self.apply_filters()

    def current_query(self) -> CaseQuery:
        query = self.model.query
        query.text = self.search.text().strip()
        statuses = self.status_filter.currentData() or ""
        query.statuses = [CaseStatus(s) for s in statuses.split(",") if s]
        query.nationality = self.nationality_filter.currentData() or ""
        query.open_need_category = self.needs_filter.currentData() or ""
        query.waiting_on_kind = str(AgencyKind.EMBASSY) if self.embassy_filter.isChecked() else ""
        query.overdue = self.overdue_filter.isChecked()
        return query

    def apply_filters(self) -> None:
        self.debounce.stop()
        self.model.set_query(self.current_query())
        self._update_count()
        self._last_search = time.monotonic()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def _nationality_typed(self) -> None:
        typed = self.nationality_filter.currentText().strip()
        index = self.nationality_filter.findText(typed, Qt.MatchFlag.MatchFixedString)
        self.nationality_filter.setCurrentIndex(max(0, index))
        self.apply_filters()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.exact:
            self.count_label.setText(grouped(self.tr("%n people", "", n), n))
        else:
            self.count_label.setText(self.tr("%1+ people (counting…)").replace("%1", show_number(n)))
        self.empty_label.setText(self._empty_text() if n == 0 else "")
        self.empty_label.setVisible(n == 0)
        self._selection_changed()

    def _empty_text(self) -> str:
        """An honest empty state: a new register is not a search that found no one."""
        if self.current_query() == CaseQuery(sort=self.model.query.sort, descending=self.model.query.descending):
            if self.services.session.can(WRITE_ROLES):
                return self.tr("No cases yet. Press Ctrl+N or “New intake” to register the first person.")
            return self.tr("No cases yet.")
        return self.tr("No one matches this search and these filters. Clear the search box or choose "
                       "“Any status” to see everyone.")

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        current = self.model.sort_column()
        self.model.sort(column, order)
        if self.model.sort_column() == current and (column, order) != current:
            # Not a sortable column: put the indicator back where the data is.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*current)
            header.blockSignals(False)

    def _activated(self, index: QModelIndex) -> None:
        survivor_id = index.data(ID_ROLE)
        if survivor_id is not None:
            self.open_case.emit(int(survivor_id))

    # -- the selection: letters, copies ----------------------------------------------------------
    def selected(self) -> list[CaseSummary]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [s for s in (self.model.summary(row) for row in rows) if s is not None]

    def _selection_changed(self, *_args: object) -> None:
        self.batch_button.setEnabled(self.table.selectionModel().hasSelection())

    def request_batch(self) -> None:
        chosen = self.selected()
        if chosen and self.services.letters.can_issue():
            self.batch_requested.emit(chosen)

    def _current(self) -> CaseSummary | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def copy_case_number(self) -> None:
        person = self._current()
        if person is not None:
            copy_sensitive(person.case_number)

    def copy_name(self) -> None:
        person = self._current()
        if person is not None:
            copy_sensitive(" ".join(p for p in (person.given_names, person.family_name) if p))

    def copy_native_name(self) -> None:
        person = self._current()
        if person is not None and person.native_name:
            copy_sensitive(person.native_name)

    def copy_passport_number(self) -> None:
        person = self._current()
        if person is None:
            return
        survivor = operations.run(self, lambda: self.services.cases.open_case(person.id))
        numbers = survivor.passport_numbers() if survivor is not None else []
        if numbers:
            copy_sensitive(numbers[0])

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        person = self._current()
        menu = QMenu(self)
        menu.addAction(self.tr("Open case"), lambda: self._activated(index))
        menu.addSeparator()
        menu.addAction(self.tr("Copy case number"), self.copy_case_number)
        menu.addAction(self.tr("Copy name (passport)"), self.copy_name)
        if person is not None and person.native_name:
            menu.addAction(self.tr("Copy name (own script)"), self.copy_native_name)
        menu.addAction(self.tr("Copy passport number"), self.copy_passport_number)
        if self.services.letters.can_issue():
            menu.addSeparator()
            count = len(self.selected())
            menu.addAction(self.tr("Letters for the %n selected person(s)…", "", count), self.request_batch)
        menu.popup(self.table.viewport().mapToGlobal(position))
        self.context_menu = menu  # kept for tests and so it is not collected while open

    def select_case(self, survivor_id: int) -> None:
        """Select `survivor_id` if it is among the cached rows (after returning from a case)."""
        for row in range(min(self.model.rowCount(), self.model.cached_rows())):
            if self.model.survivor_id(row) == survivor_id:
                self.table.selectRow(row)
                return

    def clear(self) -> None:
        """Forget everything shown (the vault is locking)."""
        self.debounce.stop()
        self.search.blockSignals(True)  # an emptied search box would search at once, on a vault about to close
        self.search.clear()
        self.search.blockSignals(False)
        self.extra_filter.setVisible(False)
        self.model.clear()

    # -- presets: filter values only, never the search text -------------------------------------
    def preset_values(self) -> dict:
        q = self.current_query()
        return {"statuses": [str(s) for s in q.statuses], "nationality": q.nationality,
                "open_need_category": q.open_need_category, "waiting_on_kind": q.waiting_on_kind,
                "overdue": q.overdue, "sort": q.sort, "descending": q.descending}

    def save_preset(self, name: str) -> None:
        name = name.strip()
        if not name:
            return
        self.settings.save_preset(name, self.preset_values())
        self._reload_presets(select=name)

    def apply_preset(self, name: str) -> None:
        values = self.settings.presets().get(name)
        if values is None:
            return
        self._set_filter_widgets(values)
        query = self.current_query()
        query.sort = str(values.get("sort") or "case_number")
        query.descending = bool(values.get("descending"))
        self._show(query)

    def _set_filter_widgets(self, values: dict) -> None:
        widgets = (self.status_filter, self.nationality_filter, self.needs_filter, self.embassy_filter,
                   self.overdue_filter)
        for w in widgets:
            w.blockSignals(True)
        try:
            statuses = ",".join(sorted(values.get("statuses") or []))
            self.status_filter.setCurrentIndex(max(0, self._find(self.status_filter, statuses)))
            self.nationality_filter.setCurrentIndex(
                max(0, self._find(self.nationality_filter, values.get("nationality", ""))))
            self.needs_filter.setCurrentIndex(max(0, self._find(self.needs_filter,
                                                                values.get("open_need_category", ""))))
            self.embassy_filter.setChecked(bool(values.get("waiting_on_kind")))
            self.overdue_filter.setChecked(bool(values.get("overdue")))
        finally:
            for w in widgets:
                w.blockSignals(False)

    def _show(self, query: CaseQuery) -> None:
        self.model.set_query(query)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self.model.sort_column())
        header.blockSignals(False)
        self._update_count()

    def export(self) -> None:
        """The register as shown (filters, not the order) to XLSX or CSV, after the plaintext warning."""
        if not export_dialog.confirm_plaintext(self, names=True):
            return
        path = export_dialog.ask_register_path(self, f"register-{self.services.session.clock.today().isoformat()}.xlsx")
        if path is None:
            return
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        try:
            rows, _digest = self.services.exports.register(self.current_query(), fmt,
                                                            lambda data: save_outside_vault(path, data))
        except ShelterDeskError as e:
            show_error(self, e)
            return
        except OSError as e:
            show_error(self, ShelterDeskError(self.tr("The file could not be written ({reason}). Nothing was "
                                                      "recorded.").format(reason=e.strerror or "error")))
            return
        self.count_label.setText(self.tr("{n} people saved to {file}").format(n=show_number(rows), file=path.name))

    # -- a filter the widgets cannot show (from the dashboard): named on a button that removes it -----------
    def show_query(self, query: CaseQuery, description: str = "") -> None:
        """Show the register filtered as `query` (the search text cleared); `description` names the part of
        the filter the widgets above cannot show, such as a month of admission."""
        self.debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._set_filter_widgets({"statuses": [str(s) for s in query.statuses], "nationality": query.nationality,
                                  "open_need_category": query.open_need_category,
                                  "waiting_on_kind": query.waiting_on_kind, "overdue": query.overdue})
        self.extra_filter.setText(self.tr("{what}  ✕").format(what=description))
        self.extra_filter.setVisible(bool(description))
        self._show(query)

    def _drop_extra_filter(self) -> None:
        query = self.current_query()
        query.admitted_in, query.left_in, query.waiting_on_agency = "", "", None
        self.extra_filter.setVisible(False)
        self._show(query)

    @staticmethod
    def _find(box: QComboBox, data: str) -> int:
        if data and "," in data:
            for i in range(box.count()):
                if ",".join(sorted(str(box.itemData(i) or "").split(","))) == data:
                    return i
        return box.findData(data)

    def _reload_presets(self, select: str = "") -> None:
        self.preset_box.blockSignals(True)
        self.preset_box.clear()
        self.preset_box.addItem(self.tr("Saved filters…"), "")
        for name in sorted(self.settings.presets()):
            self.preset_box.addItem(name, name)
        if select:
            self.preset_box.setCurrentIndex(self.preset_box.findData(select))
        self.preset_box.blockSignals(False)
        self.delete_preset_button.setEnabled(self.preset_box.count() > 1)

    def _preset_chosen(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name:
            self.apply_preset(name)

    def _ask_preset_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save filters"),
            self.tr("Name for these filters (for example “Indonesia, waiting on embassy”).\n"
                    "The search text is not saved."))
        if ok:
            self.save_preset(name)

    def _delete_preset(self) -> None:
        name = self.preset_box.currentData()
        if name:
            self.settings.delete_preset(name)
            self._reload_presets()
