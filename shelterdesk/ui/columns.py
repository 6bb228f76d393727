"""Column widths for the big tables: by content, never below a readable minimum, extra room to the wide ones.

Qt's own modes each fail somewhere: Stretch squeezes a column to a sliver when
the others are wide ("In…ia" for "Embassy of Indonesia"), ResizeToContents lets
one long agency name push everything else off screen. ColumnFitter measures the
rows on screen (never the whole lazy model), clamps each column between its
minimum and maximum, then shares the width left over among the `grow` columns.
Text that still does not fit is cut at its right end, where the tooltip shows it whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

PADDING = 18
HEADER_PADDING = 20  # the stylesheet pads header sections 8 px each side


class ColumnFitter(QObject):
    """Keeps a view's columns fitted: on resize, and when its model's rows change."""

    def __init__(self, view: QTableView | QTreeView, minimums: Mapping[int, int], grow: Sequence[int],
                 maximums: Mapping[int, int] | None = None, whole: Sequence[int] = ()):
        super().__init__(view)
        self.view, self.minimums, self.grow = view, dict(minimums), list(grow)
        self.maximums = dict(maximums or {})
        self.whole = set(whole)  # never cut these (a case number cut short is useless)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self._header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Rows on screen only (Qt's default reads up to 1,000 rows per column: at every keystroke in the
        # register that was ~80,000 data() calls and half a second, bench/RESULTS-statistics.md).
        header.setResizeContentsPrecision(0)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._pending.start)

    def _header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self._pending.start()
        return False

    def header_width(self, column: int) -> int:
        """The header's text and padding (Qt's own hint also reserves a sort arrow in every column)."""
        header = self._header()
        text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
        font = header.font()
        font.setBold(True)
        return QFontMetrics(font).horizontalAdvance(text) + HEADER_PADDING

    def floor(self, column: int) -> int:
        """The narrowest the column may get: its minimum, its header, and all of it for `whole` columns."""
        lowest = max(self.minimums.get(column, 40), self.header_width(column))
        if column in self.whole:
            lowest = max(lowest, self.view.sizeHintForColumn(column) + PADDING)
        return lowest

    def wanted(self, column: int) -> int:
        """What the column needs: its header or its widest row on screen, within its bounds."""
        content = max(self.header_width(column), self.view.sizeHintForColumn(column) + PADDING)
        return max(self.floor(column), min(content, self.maximums.get(column, 10_000)))

    def fit(self) -> None:
        header = self._header()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        widths = {c: self.wanted(c) for c in columns}
        room = self.view.viewport().width() - sum(widths.values())
        grow = [c for c in self.grow if c in widths] or columns[-1:]
        if room > 0:
            share, rest = divmod(room, len(grow))
            for i, c in enumerate(grow):
                widths[c] += share + (1 if i < rest else 0)
        else:  # too narrow: give back what the wide columns have beyond their minimum, widest first
            for c in sorted(columns, key=lambda c: widths[c], reverse=True):
                give = min(widths[c] - self.floor(c), -room)
                widths[c] -= give
                room += give
                if room >= 0:
                    break
        for c, width in widths.items():
            header.resizeSection(c, width)

