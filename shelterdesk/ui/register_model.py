"""The register as a lazy table model: a page cache over services.cases.count/search.

Only the pages the view actually paints are fetched (PAGE rows each) and at
most MAX_PAGES stay cached, so a register of 100,000 survivors never sits in
memory.

Counting never blocks typing: a filter change fetches the first page only.
Fewer than PAGE rows is the exact count; a full page shows PAGE rows at once
("200+") while the exact COUNT runs in a background thread, and the rows grow
to it when it arrives. The count starts once the query has stood for
COUNT_DELAY_MS, so while someone types no count competes with the next
keystroke's page for the two cores, and none arrives to repaint mid-word. A
newer filter interrupts a count still running (the connection's interrupt is
thread-safe), and a count that still arrives for an older query is dropped.

`data()` runs thousands of times a keystroke (each visible cell, for each role
Qt asks, when painting and again when the columns are fitted): each row's texts
are worked out once, and roles the register never answers return at once.
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
    QTimer,
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
COUNT_DELAY_MS = 400  # a pause in typing this long starts the exact count of a broad filter

CASE, NAME, NATIVE, NATIONALITY, STATUS, DAYS, NEEDS, WAITING, FOLLOW_UP = range(9)
# Columns the register can sort by: column -> (CaseQuery.sort, flip direction).
SORTABLE = {CASE: ("case_number", False), NAME: ("name", False), STATUS: ("status", False),
            DAYS: ("admission", True)}
_OVERDUE_BG = QColor("#fde8e6")
_OVERDUE_FG = QColor("#9b1c1c")
# Plain ints: data() compares the role it is given against these thousands of times a keystroke.
_DISPLAY, _TOOLTIP, _ACCESSIBLE = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                     Qt.ItemDataRole.AccessibleTextRole))
_BACKGROUND, _FOREGROUND, _ALIGNMENT = (int(r) for r in (Qt.ItemDataRole.BackgroundRole,
                                                          Qt.ItemDataRole.ForegroundRole,
                                                          Qt.ItemDataRole.TextAlignmentRole))
_ID, _STATUS, _OVERDUE = int(ID_ROLE), int(STATUS_ROLE), int(OVERDUE_ROLE)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, _BACKGROUND, _FOREGROUND, _ALIGNMENT, _ID, _STATUS,
                       _OVERDUE})
_TOOLTIP_COLUMNS = frozenset({NAME, NATIVE, NATIONALITY, WAITING})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _tr(text: str) -> str:
    return QCoreApplication.translate("register", text)


class _Line:
    """One fetched row: its summary, and its cell texts once a view has asked for them."""

    __slots__ = ("summary", "texts", "overdue")

    def __init__(self, summary: CaseSummary, today: date):
        self.summary = summary
        self.texts: tuple[str, ...] | None = None
        self.overdue = summary.next_follow_up is not None and summary.next_follow_up < today


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
        self._count_pending = False  # a full first page waits for the pause before it is counted
        self._count_soon = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_soon.timeout.connect(self._start_counting)
        self._pages: OrderedDict[int, list[_Line]] = OrderedDict()
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
            first = self._fetch(0)
            self._count = len(first)
            if len(first) == PAGE:
                self.exact, self._count_pending = False, True
                self._count_soon.start()  # restarted by every newer query: counts wait for a pause
        self.endResetModel()
        self.count_changed.emit()

    def _fetch(self, number: int) -> list[_Line]:
        assert self._services is not None
        page = [_Line(s, self._today) for s in self._services.cases.search(self._query, number * PAGE, PAGE)]
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _start_counting(self) -> None:
        self._count_soon.stop()
        if not self._count_pending or self._services is None:
            return
        self._count_pending = False
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
        self._count_soon.stop()
        self._count_pending = False
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
        """Start a count still waiting for a pause and block until it has arrived (tests and the benchmark)."""
        self._start_counting()
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
    def _line(self, row: int) -> _Line | None:
        if self._services is None or not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def summary(self, row: int) -> CaseSummary | None:
        line = self._line(row)
        return line.summary if line is not None else None

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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED or not index.isValid():
            return None  # fonts, icons, check boxes, size hints: Qt's own
        line = self._line(index.row())
        column = index.column()
        if line is None or column >= 9:
            return None
        if role == _DISPLAY:
            return self._texts(line)[column]
        if role == _ID:
            return line.summary.id
        if role == _STATUS:
            return str(line.summary.status) if column == STATUS else None
        if role == _OVERDUE:
            return line.overdue
        if role == _ALIGNMENT:
            return _RIGHT if column in (DAYS, NEEDS) else None
        if line.overdue:
            if role == _BACKGROUND:
                return _OVERDUE_BG
            if column == FOLLOW_UP:
                if role == _FOREGROUND:
                    return _OVERDUE_FG
                if role in (_TOOLTIP, _ACCESSIBLE):
                    return _tr("{date}: overdue").format(date=self._texts(line)[FOLLOW_UP])
        if role == _TOOLTIP and column in _TOOLTIP_COLUMNS:
            return self._texts(line)[column] or None  # the whole text where the column cuts it
        return None

    def _texts(self, line: _Line) -> tuple[str, ...]:
        if line.texts is None:
            line.texts = tuple(self._display(line.summary, column) for column in range(9))
        return line.texts

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
