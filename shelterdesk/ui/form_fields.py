"""Form fields that show their own error message below the editor.

Every field keeps what was typed as "raw" state (plain JSON values), so a form
can be compared with what was loaded (unsaved changes), kept as a draft when
the vault locks, and restored exactly, even when the text does not parse yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ..domain.dates import format_user_date, parse_user_date
from .locale_format import ui_locale as ui_locale  # where the screens have always found it
from .shown import shown

ERROR_STYLE = "color: #b3261e;"


def tr(text: str, context: str = "Forms") -> str:
    return QCoreApplication.translate(context, text)




class Field(QWidget):
    """An editor with its error message directly below it."""

    changed = Signal()

    def __init__(self, editor: QWidget, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        editor.setAccessibleName(name)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problem with %1").replace("%1", name))
        self.error.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(self.error)
        self.setFocusProxy(editor)

    def set_error(self, message: str | None) -> None:
        # A service's message (domain.messages) or validation's (marked under "Validation"), translated.
        message = shown(message) if message else message
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setAccessibleDescription(message or "")

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def raw(self) -> Any:
        raise NotImplementedError

    def set_raw(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)


class TextField(Field):
    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None,
                 editor: QWidget | None = None):
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        super().__init__(editor or self.line, name, parent)
        self.line.setAccessibleName(name)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._edited)

    def _edited(self) -> None:
        self.set_error(None)
        self.changed.emit()

    def text(self) -> str:
        return self.line.text()

    def value(self) -> Any:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value or ""))

    def raw(self) -> str:
        return self.line.text()

    def set_raw(self, value: Any) -> None:
        self.line.setText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class DateField(TextField):
    """A date typed the way people write it (14/03/1996, 14 Mar 1996, 1996-03-14) or picked from a
    calendar (the button, or Alt+Down); empty means unknown. Unparseable text stays in the field."""

    def __init__(self, name: str, parent: QWidget | None = None):
        self._locale = ui_locale()
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.calendar_button = QToolButton()
        self.calendar_button.setText(tr("Calendar"))
        self.calendar_button.setAccessibleName(tr("Pick %1 from a calendar").replace("%1", name))
        self.calendar_button.setToolTip(tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the keyboard
        super().__init__(name, "", parent, editor=holder)
        row.addWidget(self.line)
        row.addWidget(self.calendar_button)
        row.addStretch(1)  # the button stays next to the date, not at the far edge
        self.set_placeholder(tr("e.g. %1, empty if unknown").replace(
            "%1", format_user_date(date(1996, 3, 14), self._locale)))
        self.calendar_menu = QMenu(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(self.calendar_menu)
        action.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(action)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.line.editingFinished.connect(self._tidy)
        self.line.installEventFilter(self)

    def set_placeholder(self, text: str) -> None:
        """The hint in the empty field (by default an example of how to write a date), all of it in sight,
        and room for a date as the field shows it."""
        self.line.setPlaceholderText(text)
        metrics = self.line.fontMetrics()
        widest = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(format_user_date(date(2026, 9, 28),
                                                                                                 self._locale)))
        self.line.setFixedWidth(min(widest + 24, 340))

    def open_calendar(self) -> None:
        try:
            day = self.value() or date.today()
        except ValueError:
            day = date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar_menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.calendar_menu.close()
        self.line.setFocus()

    def _tidy(self) -> None:
        """Show a typed date with its month name, so "03/04/1996" is seen as it was understood."""
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None and self.line.text() != format_user_date(value, self._locale):
            self.set_value(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
                and not self.line.isReadOnly()):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return parse_user_date(text, self._locale)
        except ValueError:
            raise ValueError(tr("“%1” is not a date. Write it as %2, 14/03/1996 or 1996-03-14 "
                                "(with a four-digit year), pick it from the calendar, or leave it empty.")
                             .replace("%2", format_user_date(date(1996, 3, 14), self._locale))
                             .replace("%1", text)) from None

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_user_date(value, self._locale) if value else "")

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.calendar_button.setEnabled(not read_only)


class IntField(TextField):
    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(name, placeholder, parent)
        self.line.setMaximumWidth(160)

    def value(self) -> int | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise ValueError(tr("Enter a whole number, or leave it empty.")) from None

    def set_value(self, value: int | None) -> None:
        self.line.setText("" if value is None else str(value))


class MultiLineField(Field):
    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None):
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        super().__init__(self.edit, name, parent)
        self.edit.textChanged.connect(self._edited)

    def _edited(self) -> None:
        self.set_error(None)
        self.changed.emit()

    def text(self) -> str:
        return self.edit.toPlainText()

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))

    def raw(self) -> str:
        return self.edit.toPlainText()

    def set_raw(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class ListField(MultiLineField):
    """A list of short texts, one per line (aliases, means of control)."""

    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(name, placeholder or tr("One per line"), parent)
        self.edit.setMaximumHeight(90)

    def value(self) -> list[str]:
        return [line.strip() for line in self.text().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("\n".join(value or []))


class ChoiceField(Field):
    """A drop-down of (value, label) pairs."""

    def __init__(self, name: str, options: Sequence[tuple[str, str]], parent: QWidget | None = None):
        self.combo = QComboBox()
        for value, label in options:
            self.combo.addItem(label, value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        super().__init__(self.combo, name, parent)
        self.combo.currentIndexChanged.connect(self._edited)

    def _edited(self) -> None:
        self.set_error(None)
        self.changed.emit()

    def value(self) -> str:
        return self.combo.currentData()

    def set_value(self, value: str | None) -> None:
        index = self.combo.findData(str(value) if value is not None else None)
        self.combo.setCurrentIndex(max(index, 0))

    def raw(self) -> str:
        return self.value()

    def set_raw(self, value: Any) -> None:
        self.set_value(value)


class CheckField(Field):
    def __init__(self, name: str, parent: QWidget | None = None):
        self.box = QCheckBox(name)
        super().__init__(self.box, name, parent)
        self.box.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: bool) -> None:
        self.box.setChecked(bool(value))

    def raw(self) -> bool:
        return self.value()

    def set_raw(self, value: Any) -> None:
        self.set_value(bool(value))


class ChecksField(Field):
    """Several check boxes, in two columns; the value is the list of checked values."""

    def __init__(self, name: str, options: Sequence[tuple[str, str]], columns: int = 2,
                 parent: QWidget | None = None):
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (value, label) in enumerate(options):
            box = QCheckBox(label)
            box.setAccessibleName(label)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[value] = box
        super().__init__(holder, name, parent)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))
        for box in self.boxes.values():
            box.toggled.connect(self.changed)

    def value(self) -> list[str]:
        return [v for v, box in self.boxes.items() if box.isChecked()]

    def set_value(self, values: Sequence[str]) -> None:
        wanted = {str(v) for v in values}
        for v, box in self.boxes.items():
            box.setChecked(v in wanted)

    def raw(self) -> list[str]:
        return self.value()

    def set_raw(self, value: Any) -> None:
        self.set_value(value or [])

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)

