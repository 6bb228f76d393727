"""Copy a sensitive value to the clipboard and clear it again after 30 seconds.

The clipboard is cleared only if it still holds what we put there, so a
person's own later copy is never thrown away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class SensitiveClipboard(QObject):
    """Holds the single pending clear; a new copy restarts the countdown."""

    def __init__(self, clipboard: QClipboard | None = None, parent: QObject | None = None,
                 timer_factory: Callable[[], QTimer] | None = None):
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._timer = (timer_factory or QTimer)()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self._value: str | None = None

    def copy(self, text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        self._value = text
        self._clipboard.setText(text)
        if self._clipboard.supportsSelection():
            self._clipboard.setText(text, QClipboard.Mode.Selection)
        self._timer.start(clear_after_ms)

    def clear_now(self) -> None:
        """Clear what we copied (also called on lock)."""
        self._timer.stop()
        if self._value is None:
            return
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if mode == QClipboard.Mode.Selection and not self._clipboard.supportsSelection():
                continue
            if self._clipboard.text(mode) == self._value:
                self._clipboard.clear(mode)
        self._value = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


_HOLDER = "shelterdesk-sensitive-clipboard"


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS,
                   holder: SensitiveClipboard | None = None) -> SensitiveClipboard:
    """Copy `text` and clear it after `clear_after_ms` if still there. Returns the holder.
    Without a holder, one child of the application object is used (cleared on lock)."""
    if holder is None:
        app = QGuiApplication.instance()
        holder = app.findChild(SensitiveClipboard, _HOLDER)
        if holder is None:
            holder = SensitiveClipboard(parent=app)
            holder.setObjectName(_HOLDER)
    holder.copy(text, clear_after_ms)
    return holder


def clear_sensitive() -> None:
    """Clear a pending sensitive copy at once (the vault is locking)."""
    app = QGuiApplication.instance()
    holder = app.findChild(SensitiveClipboard, _HOLDER) if app is not None else None
    if holder is not None:
        holder.clear_now()
