"""The clipboard is cleared after the delay, but only if it still holds the sensitive value."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from shelterdesk.ui.clipboard import copy_sensitive


def test_sensitive_copy_is_cleared(qtbot):
    clipboard = QGuiApplication.clipboard()
    holder = copy_sensitive("A1234567", clear_after_ms=50)
    assert clipboard.text() == "A1234567" and holder.pending
    qtbot.waitUntil(lambda: not holder.pending, timeout=2000)
    assert clipboard.text() == ""


def test_a_later_copy_of_the_person_is_left_alone(qtbot):
    clipboard = QGuiApplication.clipboard()
    holder = copy_sensitive("A1234567", clear_after_ms=50)
    clipboard.setText("the person's own text")
    qtbot.waitUntil(lambda: not holder.pending, timeout=2000)
    assert clipboard.text() == "the person's own text"
    assert copy_sensitive("B7654321", clear_after_ms=10_000) is holder  # one shared holder
    holder.clear_now()  # as on lock
    assert clipboard.text() == ""
