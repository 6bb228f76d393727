"""Country and language pickers: type to search, chosen codes shown as removable chips."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pycountry
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import STATELESS, UNKNOWN_NATIONALITY
from ..domain.validation import (
    all_countries,
    country_code,
    country_name,
    language_code,
    language_name,
)
from .form_fields import Field, tr


def country_entries() -> list[tuple[str, str]]:
    return [(STATELESS, tr("Stateless")), (UNKNOWN_NATIONALITY, tr("Unknown")), *all_countries()]


def language_entries() -> list[tuple[str, str]]:
    """Languages with a two-letter ISO 639-1 code; others can be typed as a three-letter code."""
    return sorted(((lang.alpha_2, lang.name) for lang in pycountry.languages if hasattr(lang, "alpha_2")),
                  key=lambda p: p[1])


class CodeListField(Field):
    """A searchable picker of ISO codes shown as removable chips ("Indonesia ✕").

    Typing filters the list (any part of the name or the code); Enter or a click
    adds the match. Text typed but not yet added is kept in the raw state and
    added by `commit_pending()` when the form is saved.
    """

    def __init__(self, name: str, kind: str, single: bool = False, parent: QWidget | None = None):
        self.kind = kind
        self.single = single
        entries = country_entries() if kind == "country" else language_entries()
        self._names = dict(entries)
        self._by_display = {self._display(code): code for code, _ in entries}
        holder = QWidget()
        row = QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("Type to search, Enter to add") if not single else tr("Type to search"))
        completer = QCompleter(QStringListModel(list(self._by_display)), self.line)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.line.setCompleter(completer)
        completer.activated.connect(self._picked)
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
        self.line.textEdited.connect(lambda _t: (self.set_error(None), self.changed.emit()))

    def _display(self, code: str) -> str:
        name = self._names.get(code) or (country_name(code) if self.kind == "country" else language_name(code))
        return name if code in (STATELESS, UNKNOWN_NATIONALITY) else f"{name} ({code.upper()})"

    def _picked(self, display: str) -> None:
        code = self._by_display.get(display)
        if code:
            self.add(code)
            # The completer writes the chosen text into the line after this signal; clear it afterwards.
            QTimer.singleShot(0, self.line.clear)

    def resolve(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if text in self._by_display:
            return self._by_display[text]
        for display, code in self._by_display.items():
            if display.casefold() == text.casefold() or self._names.get(code, "").casefold() == text.casefold():
                return code
        try:
            return country_code(text) if self.kind == "country" else language_code(text)
        except ValueError:
            return None

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
