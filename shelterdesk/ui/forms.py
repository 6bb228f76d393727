"""Form building blocks: fields that show their own error message, pickers, headings, notice bars.

Every field keeps what was typed as "raw" state (plain JSON values), so a form
can be compared with what was loaded (unsaved changes), kept as a draft when
the vault locks, and restored exactly, even when the text does not parse yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

import pycountry
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
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

ERROR_STYLE = "color: #b3261e;"


def tr(text: str, context: str = "Forms") -> str:
    return QCoreApplication.translate(context, text)


def heading(text: str) -> QLabel:
    """A section heading: the default font, a little larger and bold (fonts come from the app)."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 12, 0, 4)
    label.setWordWrap(True)
    return label


def form_layout() -> QFormLayout:
    """A form layout that wraps rows when translated labels are long."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    return form


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
    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None):
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        super().__init__(self.line, name, parent)
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
    """A date typed as YYYY-MM-DD; empty means unknown. Unparseable text stays in the field."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(name, tr("YYYY-MM-DD, empty if unknown"), parent)
        self.line.setMaximumWidth(260)

    def value(self) -> date | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(tr("Write the date as YYYY-MM-DD, e.g. 2026-03-14, or leave it empty.")) from None

    def set_value(self, value: date | None) -> None:
        self.line.setText(value.isoformat() if value else "")


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


class NoticeBar(QFrame):
    """A calm strip at the top of a screen for a message and the actions it offers."""

    KINDS = {
        "info": "background: #e8f1fb; border: 1px solid #b6d0ee;",
        "success": "background: #e7f4ea; border: 1px solid #b3d9bc;",
        "warning": "background: #fdf3e1; border: 1px solid #ecc98a;",
        "error": "background: #fbe9e7; border: 1px solid #e8b4ad;",
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NoticeBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons = QHBoxLayout()
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(12)
        box.addWidget(self.label, 1)
        box.addLayout(self.buttons)
        self.hide()

    def show_message(self, text: str, kind: str = "info",
                     actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        self.setStyleSheet(f"#NoticeBar {{ {self.KINDS[kind]} border-radius: 4px; }}")
        self.label.setText(text)
        self.label.setAccessibleName(text)
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        for text_, callback in actions:
            b = QPushButton(text_)
            b.setAccessibleName(text_)
            b.setAutoDefault(False)
            b.clicked.connect(callback)
            self.buttons.addWidget(b)
            b.show()
        self.show()

    def message(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""


# -- labels for the closed vocabularies --------------------------------------------------
# QT_TRANSLATE_NOOP marks them for lupdate; enum_label() translates at display time.
_LABELS: dict[str, str] = {
    # Sex
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "intersex": QT_TRANSLATE_NOOP("Labels", "Intersex"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # CaseStatus
    "intake": QT_TRANSLATE_NOOP("Labels", "Intake"),
    "sheltered": QT_TRANSLATE_NOOP("Labels", "Sheltered"),
    "awaiting_repatriation": QT_TRANSLATE_NOOP("Labels", "Awaiting repatriation"),
    "repatriated": QT_TRANSLATE_NOOP("Labels", "Repatriated"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
    "left": QT_TRANSLATE_NOOP("Labels", "Left"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    # DocumentType
    "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "national_id": QT_TRANSLATE_NOOP("Labels", "National ID card"),
    "travel_document": QT_TRANSLATE_NOOP("Labels", "Travel document"),
    "birth_certificate": QT_TRANSLATE_NOOP("Labels", "Birth certificate"),
    "work_permit": QT_TRANSLATE_NOOP("Labels", "Work permit"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # DocumentStatus
    "in_hand": QT_TRANSLATE_NOOP("Labels", "In hand"),
    "held_by_employer": QT_TRANSLATE_NOOP("Labels", "Held by employer or syndicate"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    "with_police": QT_TRANSLATE_NOOP("Labels", "With police"),
    "copy_only": QT_TRANSLATE_NOOP("Labels", "Copy only"),
    "none": QT_TRANSLATE_NOOP("Labels", "None"),
    # TravelDocumentStatus
    "not_needed": QT_TRANSLATE_NOOP("Labels", "Not needed"),
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "requested": QT_TRANSLATE_NOOP("Labels", "Requested"),
    "interviewed": QT_TRANSLATE_NOOP("Labels", "Interviewed"),
    "issued": QT_TRANSLATE_NOOP("Labels", "Issued"),
    "collected": QT_TRANSLATE_NOOP("Labels", "Collected"),
    # ExitPermitStatus
    "applied": QT_TRANSLATE_NOOP("Labels", "Applied"),
    "fine_waiver_requested": QT_TRANSLATE_NOOP("Labels", "Fine waiver requested"),
    "granted": QT_TRANSLATE_NOOP("Labels", "Granted"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    # ExploitationType
    "forced_criminality": QT_TRANSLATE_NOOP("Labels", "Forced criminality (online scams)"),
    "forced_labour": QT_TRANSLATE_NOOP("Labels", "Forced labour"),
    "sexual_exploitation": QT_TRANSLATE_NOOP("Labels", "Sexual exploitation"),
    "domestic_servitude": QT_TRANSLATE_NOOP("Labels", "Domestic servitude"),
    "debt_bondage": QT_TRANSLATE_NOOP("Labels", "Debt bondage"),
    "forced_marriage": QT_TRANSLATE_NOOP("Labels", "Forced marriage"),
    # TraffickingIndicator (ILO); debt_bondage is labelled above
    "deception": QT_TRANSLATE_NOOP("Labels", "Deception about the job"),
    "restriction_of_movement": QT_TRANSLATE_NOOP("Labels", "Restriction of movement"),
    "isolation": QT_TRANSLATE_NOOP("Labels", "Isolation"),
    "physical_violence": QT_TRANSLATE_NOOP("Labels", "Physical violence"),
    "intimidation_and_threats": QT_TRANSLATE_NOOP("Labels", "Intimidation and threats"),
    "retention_of_documents": QT_TRANSLATE_NOOP("Labels", "Retention of identity documents"),
    "withholding_of_wages": QT_TRANSLATE_NOOP("Labels", "Withholding of wages"),
    "abusive_conditions": QT_TRANSLATE_NOOP("Labels", "Abusive working and living conditions"),
    "excessive_overtime": QT_TRANSLATE_NOOP("Labels", "Excessive overtime"),
    "abuse_of_vulnerability": QT_TRANSLATE_NOOP("Labels", "Abuse of vulnerability"),
    # Vulnerability
    "minor": QT_TRANSLATE_NOOP("Labels", "Minor"),
    "pregnant": QT_TRANSLATE_NOOP("Labels", "Pregnant"),
    "injured": QT_TRANSLATE_NOOP("Labels", "Injured"),
    "disability": QT_TRANSLATE_NOOP("Labels", "Disability"),
    # ConsentKind / AgencyKind
    "embassy": QT_TRANSLATE_NOOP("Labels", "Embassy"),
    "agency": QT_TRANSLATE_NOOP("Labels", "Anti-trafficking agency"),
    "police": QT_TRANSLATE_NOOP("Labels", "Police"),
    "provider": QT_TRANSLATE_NOOP("Labels", "Service provider"),
    "statistics": QT_TRANSLATE_NOOP("Labels", "Anonymised statistics"),
    "transfer": QT_TRANSLATE_NOOP("Labels", "Transfer to another shelter"),
    # NeedCategory
    "shelter": QT_TRANSLATE_NOOP("Labels", "Shelter"),
    "food": QT_TRANSLATE_NOOP("Labels", "Food"),
    "medical": QT_TRANSLATE_NOOP("Labels", "Medical"),
    "psychosocial": QT_TRANSLATE_NOOP("Labels", "Psychosocial"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "repatriation": QT_TRANSLATE_NOOP("Labels", "Repatriation"),
    "family_contact": QT_TRANSLATE_NOOP("Labels", "Family contact"),
    "fine_waiver": QT_TRANSLATE_NOOP("Labels", "Immigration fine waiver"),
    "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
    "interpretation": QT_TRANSLATE_NOOP("Labels", "Interpretation"),
    "protection": QT_TRANSLATE_NOOP("Labels", "Protection"),
    # NeedPriority / ReferralPriority
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent (72 h)"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency (24 h)"),
    # NeedStatus
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
    "met": QT_TRANSLATE_NOOP("Labels", "Met"),
    "cannot_be_met": QT_TRANSLATE_NOOP("Labels", "Cannot be met"),
    # ReferralStatus
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

# Some values mean different things in different vocabularies.
_CONTEXT_LABELS: dict[tuple[str, str], str] = {
    ("NeedPriority", "urgent"): QT_TRANSLATE_NOOP("Labels", "Urgent"),
    ("DocumentStatus", "none"): QT_TRANSLATE_NOOP("Labels", "No document"),
}

# Verbs for the status buttons ("Mark as sent").
_STATUS_ACTIONS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Reopen"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "Start work"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "Put on hold"),
    "met": QT_TRANSLATE_NOOP("Labels", "Mark met"),
    "cannot_be_met": QT_TRANSLATE_NOOP("Labels", "Cannot be met"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Mark sent"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Mark acknowledged"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Mark accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Mark declined"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Mark completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdraw"),
}


def enum_label(value: StrEnum | str) -> str:
    """The translated label of a vocabulary value."""
    key = (type(value).__name__, str(value))
    text = _CONTEXT_LABELS.get(key) or _LABELS.get(str(value)) or str(value).replace("_", " ")
    return QCoreApplication.translate("Labels", text)


def status_action(value: StrEnum | str) -> str:
    """The verb on a button that moves a need or referral to `value`."""
    return QCoreApplication.translate("Labels", _STATUS_ACTIONS[str(value)])


def enum_options(enum_cls: type[StrEnum]) -> list[tuple[str, str]]:
    return [(m.value, enum_label(m)) for m in enum_cls]
