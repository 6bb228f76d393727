"""The part of the case file that edits the survivor record itself, tab by tab.

A tab binds fields to dotted paths of the Survivor ("next_of_kin.phone"),
the same keys ValidationError uses, so a service's message lands next to its
field. Tabs keep typed text as raw state for unsaved-change checks and drafts.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Survivor
from ..columns import ColumnFitter
from ..form_fields import Field
from ..form_layout import form_layout, heading
from ..shown import shown


def get_path(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def set_path(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


class SurvivorFormTab(QWidget):
    """A scrolling form of headed sections whose fields map to Survivor attributes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self._enums: dict[str, type[StrEnum]] = {}
        # One form for the whole tab keeps labels aligned across sections; a capped width keeps lines
        # short enough to read on a wide screen.
        self.body = QWidget()
        self.body.setMaximumWidth(900)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(24, 8, 24, 24)
        self.form = form_layout()
        self.column.addLayout(self.form)
        scroll = QScrollArea()
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def section(self, title: str, rows: list[tuple[str, str, Field]],
                enums: dict[str, type[StrEnum]] | None = None) -> None:
        """Add a headed group of (label, key, field) rows; `enums` names the type of enum-valued keys."""
        self.form.addRow(heading(title))
        for label, key, field in rows:
            if label:
                self.form.addRow(label, field)
            else:
                self.form.addRow("", field)
            self.bind(key, field)
        self._enums.update(enums or {})

    def finish(self) -> None:
        self.column.addStretch(1)

    def bind(self, key: str, field: Field) -> None:
        self.fields[key] = field
        field.changed.connect(self.changed)

    # -- record <-> form ---------------------------------------------------------------
    def load(self, survivor: Survivor) -> None:
        for key, field in self.fields.items():
            field.set_value(get_path(survivor, key))
            field.set_error(None)

    def write_into(self, survivor: Survivor) -> dict[str, str]:
        """Copy the form into `survivor`; return {key: message} for text that does not parse."""
        errors: dict[str, str] = {}
        for key, field in self.fields.items():
            try:
                value = field.value()
            except ValueError as e:
                errors[key] = shown(e)
                continue
            enum = self._enums.get(key)
            if enum is not None:
                value = [enum(v) for v in value] if isinstance(value, list) else enum(value)
            set_path(survivor, key, value)
        return errors

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show the messages whose keys belong to this tab; return those keys."""
        placed = []
        for key, message in errors.items():
            field = self.fields.get(key)
            if field is not None:
                field.set_error(message)
                placed.append(key)
        return placed

    def snapshot(self) -> dict[str, Any]:
        return {key: field.raw() for key, field in self.fields.items()}

    def restore(self, snapshot: dict[str, Any]) -> None:
        for key, value in snapshot.items():
            if key in self.fields:
                self.fields[key].set_raw(value)

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.values():
            field.set_read_only(read_only)

    def clear(self) -> None:
        for field in self.fields.values():
            field.set_raw(None)
            field.set_error(None)


def record_table(model) -> QTableView:
    """A calm, row-selecting table for a short list of records."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows go from row to row
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    # Columns as wide as their rows, never narrower than their titles; the last one takes the spare width.
    # In a narrow list a long value is cut (its tooltip shows it) and the list scrolls sideways.
    ColumnFitter(view, {}, grow=())
    return view


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().hide()  # deleted on the next event loop pass; gone from view now
            item.widget().deleteLater()
        elif item.layout():
            clear_layout(item.layout())
