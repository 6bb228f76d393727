"""Country and language pickers: type to search, chosen codes shown as removable chips."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.countries import find_countries, resolve_country
from ..domain.languages import find_languages, resolve_language
from ..domain.models import STATELESS, UNKNOWN_NATIONALITY
from .form_fields import Field, ui_locale
from .locale_format import country_name, language_name

SUGGESTIONS = 12
_DISPLAYED = re.compile(r"^.*\((\w{2,3})\)$")


def tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


class CodeListField(Field):
    """A searchable picker of ISO codes shown as removable chips ("Indonesia ✕").

    Typing suggests matches in the UI language (names, codes, autonyms,
    nationality words: domain/countries.py and domain/languages.py); Enter or a
    click adds one and never submits the dialog. Text typed but not yet added is
    kept in the raw state and added by `commit_pending()` when the form is saved.
    """

    def __init__(self, name: str, kind: str, single: bool = False, parent: QWidget | None = None):
        self.kind = kind
        self.single = single
        self._locale = ui_locale()
        holder = QWidget()
        row = QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("Type to search, Enter to add") if not single else tr("Type to search"))
        # The hint says how the field works: never cut short, however long its translation.
        self.line.setMinimumWidth(min(self.line.fontMetrics().horizontalAdvance(self.line.placeholderText()) + 24,
                                      360))
        self.suggestions = QStringListModel(self.line)  # parented: a model without an owner is discarded
        self._suggested: dict[str, str] = {}
        self.completer = QCompleter(self.suggestions, self.line)
        # The domain already ranks the matches; the completer only shows them.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(SUGGESTIONS)
        self.line.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)
        self.chips_row = QHBoxLayout()
        self.chips_row.setContentsMargins(0, 0, 0, 0)
        self.chips_row.addStretch(1)
        row.addLayout(self.chips_row)
        row.addWidget(self.line)
        super().__init__(holder, name, parent)
        self.line.setAccessibleName(name)
        self.setFocusProxy(self.line)
        self._codes: list[str] = []
        self._read_only = False
        self.line.textEdited.connect(self._typed)
        self.line.installEventFilter(self)
        # With the list open, the completer hands Enter straight to the line edit, past the filter.
        self.line.returnPressed.connect(lambda: self.set_error(self.commit_pending()))

    def _label(self, code: str) -> str:
        return country_name(code) if self.kind == "country" else language_name(code)

    def _display(self, code: str) -> str:
        label = self._label(code)
        return label if code in (STATELESS, UNKNOWN_NATIONALITY) else f"{label} ({code.upper()})"

    def _typed(self, text: str) -> None:
        self.set_error(None)
        self.changed.emit()
        find = find_countries if self.kind == "country" else find_languages
        codes = find(text, self._locale, SUGGESTIONS) if text.strip() else []
        self._suggested = {self._display(code): code for code in codes}
        self.suggestions.setStringList(list(self._suggested))
        if codes:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _picked(self, display: str) -> None:
        code = self._suggested.get(display)
        if code:
            self.add(code)
            # The completer writes the chosen text into the line after this signal; clear it afterwards.
            QTimer.singleShot(0, self.line.clear)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter adds what is typed and stays in the field: it never reaches the dialog's default button."""
        if (watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not self.completer.popup().isVisible()):
            self.set_error(self.commit_pending())
            return True
        return super().eventFilter(watched, event)

    def resolve(self, text: str) -> str | None:
        """The code `text` names: a suggestion shown, a name, an autonym, a code."""
        text = text.strip()
        if not text:
            return None
        if text in self._suggested:
            return self._suggested[text]
        shown = _DISPLAYED.match(text)  # "Nepali (NE)", as a chip shows it
        if shown:
            text = shown.group(1)
        if self.kind == "country":
            return resolve_country(text, self._locale)
        return resolve_language(text, self._locale)

    def commit_pending(self) -> str | None:
        """Add what is typed in the search box; return a message if it matches nothing."""
        text = self.line.text().strip()
        if not text:
            return None
        code = self.resolve(text)
        if code is None:
            message = (tr("No country matches “%1”. Pick one from the list.") if self.kind == "country"
                       else tr("No language matches “%1”. Pick one from the list."))
            return message.replace("%1", text)
        self.add(code)
        self.line.clear()
        return None

    def add(self, code: str) -> None:
        if code in self._codes:
            return
        self._codes = [code] if self.single else [*self._codes, code]
        self._render()
        self.set_error(None)
        self.changed.emit()

    def remove(self, code: str) -> None:
        self._codes = [c for c in self._codes if c != code]
        self._render()
        self.changed.emit()

    def _render(self) -> None:
        while self.chips_row.count() > 1:
            item = self.chips_row.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        for i, code in enumerate(self._codes):
            chip = QToolButton()
            chip.setText(f"{self._display(code)}  ✕" if not self._read_only else self._display(code))
            chip.setAccessibleName(tr("Remove %1").replace("%1", self._display(code)))
            chip.setEnabled(not self._read_only)
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _c=False, c=code: self.remove(c))
            self.chips_row.insertWidget(i, chip)

    def codes(self) -> list[str]:
        return list(self._codes)

    def value(self) -> list[str] | str:
        """The chosen codes (one code, or "", when single); raises ValueError for unmatched typed text."""
        problem = self.commit_pending()
        if problem:
            raise ValueError(problem)
        if self.single:
            return self._codes[0] if self._codes else ""
        return self.codes()

    def set_value(self, value: Sequence[str] | str | None) -> None:
        if isinstance(value, str):
            value = [value] if value else []
        self.set_codes(value or [])

    def set_codes(self, codes: Sequence[str]) -> None:
        self._codes = list(dict.fromkeys(codes))
        self._render()

    def raw(self) -> dict:
        return {"codes": list(self._codes), "text": self.line.text()}

    def set_raw(self, value: Any) -> None:
        value = value or {}
        self.set_codes(value.get("codes", []))
        self.line.setText(value.get("text", ""))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.line.setVisible(not read_only)
        self._render()
