"""The register as a lazy table model: a page cache over services.cases.count/search.

Only the pages the view actually paints are fetched (PAGE rows each) and at
most MAX_PAGES stay cached, so a register of 100,000 survivors never sits in
memory.

Counting never blocks typing: a filter change fetches the first page only.
Fewer than PAGE rows is the exact count; a full page shows PAGE rows at once
("200+") while the exact COUNT runs in a background thread, and the rows grow
to it when it arrives. A newer filter interrupts a count still running (the
connection's interrupt is thread-safe), so only the latest one ever finishes.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ..domain.queries import CaseQuery, CaseSummary
from ..services.registry import Services
from .locale_format import country_name, show_date, show_number
from .vocabulary_labels import enum_label
from .widgets import STATUS_ROLE

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE = 200
MAX_PAGES = 8

CASE, NAME, NATIVE, NATIONALITY, STATUS, DAYS, NEEDS, WAITING, FOLLOW_UP = range(9)
# Columns the register can sort by: column -> (CaseQuery.sort, flip direction).
SORTABLE = {CASE: ("case_number", False), NAME: ("name", False), STATUS: ("status", False),
            DAYS: ("admission", True)}
_OVERDUE_BG = QColor("#fde8e6")


def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


class RegisterModel(QAbstractTableModel):
    count_changed = Signal()  # the row count changed or became exact
    _counted = Signal(int, int)  # (generation, count), from the counting thread

    def __init__(self, services: Services | None, parent=None):
        super().__init__(parent)
        self._services = services
        self._query = CaseQuery()
        self._count = 0
        self.exact = True  # False while the count of a full first page is still running
        self._generation = 0
        self._counter: threading.Thread | None = None
        self._arrived: tuple[int, int] | None = None  # the last count a thread finished
        self._counted.connect(self._count_arrived)
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._today = date.today()
        self.pages_fetched = 0  # for the benchmark and tests: how many queries the view caused
        self.refresh()

    # -- the query ---------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return dataclasses.replace(self._query, statuses=list(self._query.statuses))

    def set_query(self, query: CaseQuery) -> None:
        self._query = dataclasses.replace(query, statuses=list(query.statuses))
        self.refresh()

    def refresh(self) -> None:
        """Fetch the first page again and count in the background (after a filter change, an edit or F5)."""
        self._stop_counting()
        self._generation += 1
        self.beginResetModel()
        self._pages.clear()
        self._count, self.exact = 0, True
        if self._services is not None:
            self._today = self._services.session.clock.today()
            first = self._services.cases.search(self._query, 0, PAGE)
            self.pages_fetched += 1
            self._pages[0] = first
            self._count = len(first)
            if len(first) == PAGE:
                self.exact = False
                self._start_counting()
        self.endResetModel()
        self.count_changed.emit()

    def _start_counting(self) -> None:
        services, query, generation = self._services, self.query, self._generation

        def count() -> None:
            try:
                n = services.cases.count(query)
            except Exception:  # interrupted by a newer filter, or the vault locked: nothing to report
                return
            self._arrived = (generation, n)
            self._counted.emit(generation, n)

        self._counter = threading.Thread(target=count, name="register-count", daemon=True)
        self._counter.start()

    def _stop_counting(self) -> None:
        counter, self._counter = self._counter, None
        while counter is not None and counter.is_alive():
            # Repeated: an interrupt sent before the thread's statement starts would be lost.
            if self._services is not None:
                self._services.cases.interrupt()
            counter.join(0.005)

    def _count_arrived(self, generation: int, n: int) -> None:
        if generation != self._generation or self._services is None:
            return
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.endInsertRows()
        self.exact = True
        self.count_changed.emit()

    def wait_for_count(self) -> None:
        """Block until the background count has arrived (tests and the benchmark)."""
        counter = self._counter
        if counter is not None:
            counter.join()
        if self._arrived is not None:
            self._count_arrived(*self._arrived)

    def clear(self) -> None:
        """Forget the services and every row (the vault is locking)."""
        self._stop_counting()
        self._generation += 1
        self.beginResetModel()
        self._services = None
        self._pages.clear()
        self._count = 0
        self.endResetModel()

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- rows ----------------------------------------------------------------------------
    def summary(self, row: int) -> CaseSummary | None:
        if self._services is None or not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._services.cases.search(self._query, number * PAGE, PAGE)
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def survivor_id(self, row: int) -> int | None:
        s = self.summary(row)
        return s.id if s else None

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 9:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Case"), _tr("Name (passport)"), _tr("Name (own script)"), _tr("Nationality"),
                    _tr("Status"), _tr("Days"), _tr("Needs"), _tr("Waiting on"),
                    _tr("Next follow-up"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == DAYS:
                return _tr("Days in the shelter since admission, up to discharge once the stay has ended")
            if section == NEEDS:
                return _tr("Open needs")
            if section not in SORTABLE:
                return _tr("This column cannot be sorted")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() >= 9:
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        column = index.column()
        overdue = s.next_follow_up is not None and s.next_follow_up < self._today
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, NATIVE, NATIONALITY, WAITING):
            return self._display(s, column) or None  # the whole text where the column cuts it
        if role == ID_ROLE:
            return s.id
        if role == STATUS_ROLE and column == STATUS:
            return str(s.status)
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return _OVERDUE_BG
        if overdue and column == FOLLOW_UP:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9b1c1c")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return _tr("{date}: overdue").format(date=show_date(s.next_follow_up))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DAYS, NEEDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, s: CaseSummary, column: int) -> str:
        if column == CASE:
            return s.case_number
        if column == NAME:
            return ", ".join(p for p in (s.family_name.upper(), s.given_names) if p)
        if column == NATIVE:
            return s.native_name
        if column == NATIONALITY:
            return ", ".join(country_name(c) for c in s.nationalities)
        if column == STATUS:
            return enum_label(s.status)
        if column == DAYS:
            days = s.days_in_shelter(self._today)
            return "" if days is None else show_number(days)
        if column == NEEDS:
            return show_number(s.open_needs) if s.open_needs else ""
        if column == WAITING:
            return s.waiting_on
        return show_date(s.next_follow_up)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORTABLE:
            return
        key, flip = SORTABLE[column]
        descending = (order == Qt.SortOrder.DescendingOrder) != flip
        if key == self._query.sort and descending == self._query.descending:
            return
        self._query.sort, self._query.descending = key, descending
        self.refresh()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction the current query sorts by (for the header's indicator)."""
        for column, (key, flip) in SORTABLE.items():
            if key == self._query.sort:
                ascending = (not self._query.descending) != flip
                return column, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        return CASE, Qt.SortOrder.AscendingOrder
