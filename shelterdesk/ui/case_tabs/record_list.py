"""A list of records with one selected row, and the case-file tab built on it.

Screens that list records (the case tabs, the agency directory, the staff
screen) keep a `table` over a RecordTableModel `model` and find the selected
record the same way; they differ in what they show for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services.registry import Services
from .. import operations
from ..form_layout import heading
from ..notice_bar import NoticeBar
from ..table_models import RecordTableModel
from ..vocabulary_labels import status_action
from ..widgets import scrolling
from .base import record_table

LIST_MIN_HEIGHT = 140  # a few rows of the list stay in sight above an open form


class RecordSelection:
    """Select and read the one selected record of `self.table` over `self.model`."""

    # The record attribute that names the same record across reloads.
    key_attribute = "id"
    table: QTableView
    model: RecordTableModel

    def select(self, key: Any) -> None:
        for row, record in enumerate(self.model.rows):
            if getattr(record, self.key_attribute) == key:
                self.table.selectRow(row)
                return

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None


class RecordListTab(RecordSelection, QWidget):
    """A case-file tab listing one kind of the person's records, with a notice bar above the list."""

    records_changed = Signal()

    def __init__(self, services: Services, survivor_id: int, read_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.survivor_id = survivor_id
        self.read_only = read_only

    def set_up_list(self, model: RecordTableModel, accessible_name: str) -> None:
        self.model = model
        self.table = record_table(model)
        self.table.setAccessibleName(accessible_name)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.notice = NoticeBar()

    def lay_out(self, title: str, button: QPushButton, *parts: QWidget) -> None:
        """The heading with its button, then `parts` top to bottom; the list takes the spare height.
        With a form open under the list on a 1366x768 screen the column scrolls (rows are never squeezed)."""
        top = QHBoxLayout()
        top.addWidget(heading(title), 1)
        top.addWidget(button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 8, 24, 16)
        column.addLayout(top)
        for part in parts:
            column.addWidget(part, 1 if part is self.table else 0)
        self.table.setMinimumHeight(LIST_MIN_HEIGHT)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

    def show_added(self, record_id: int) -> None:
        """Close the adding panel and select the new record in the reloaded list."""
        self.add_panel.hide()
        self.notice.hide()
        self.refresh()
        self.select(record_id)
        self.records_changed.emit()

    def show_rows(self, records: Sequence[Any]) -> None:
        """Replace the list, keeping the selected record selected when it is still there."""
        keep = self.selected()
        self.model.set_rows(records)
        if keep is not None:
            self.select(keep.id)
        else:
            self._show_selected()

    def change_status(self, set_status: Callable[[int, Any, str | None], Any], status: Any, outcome: str) -> None:
        """Move the selected record to `status`; the outcome goes along only when it was edited."""
        record = self.selected()
        if record is None:
            return
        operations.run(self, lambda: set_status(record.id, status, outcome if outcome != record.outcome else None),
                       lambda _: self._status_changed(), on_failure=operations.in_notice(self.notice))

    def _status_changed(self) -> None:
        self.notice.hide()
        self.refresh()
        self.records_changed.emit()


def add_transition_buttons(layout: QHBoxLayout, statuses: Sequence[Any], move_to: Callable[[Any], None]) -> None:
    """One button per status the selected record may move to next."""
    for status in statuses:
        b = QPushButton(status_action(status))
        b.setAccessibleName(status_action(status))
        b.clicked.connect(lambda _c=False, s=status: move_to(s))
        layout.addWidget(b)
        b.show()  # a layout shows new children only on the next event loop pass
    layout.addStretch(1)
