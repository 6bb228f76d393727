"""Helpers for driving real widgets in UI tests.

`qtbot.keyClicks` aborts the process on non-ASCII text (Qt's qasciikey
assertion), so names in other scripts are typed as an input method would:
one QInputMethodEvent whose commit string is the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (any script) into the focused-or-given widget via an input-method commit."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def replace_text(line_edit: QLineEdit, text: str) -> None:
    """Select everything in a line edit and type `text` over it."""
    line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    line_edit.selectAll()
    if text:
        type_text(line_edit, text)
    else:
        line_edit.del_()


def button(root: QWidget, accessible_name: str) -> QAbstractButton:
    """The one visible button under `root` with this accessible name (or text)."""
    found = [b for b in root.findChildren(QAbstractButton)
             if (b.accessibleName() or b.text().replace("&", "")) == accessible_name and b.isVisibleTo(root)]
    assert len(found) == 1, f"expected one visible button {accessible_name!r}, found {len(found)}"
    return found[0]


def visible_buttons(root: QWidget) -> set[str]:
    """Accessible names (or texts) of every button a person can see under `root`."""
    return {(b.accessibleName() or b.text().replace("&", "")) for b in root.findChildren(QAbstractButton)
            if b.isVisibleTo(root)}
