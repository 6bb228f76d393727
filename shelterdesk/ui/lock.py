"""Locking: the idle watcher behind auto-lock, and the lock and panic shortcuts.

The watcher sees every keyboard, mouse and touch event of the application
(an event filter) and notes the time from an injectable monotonic clock; a
QTimer compares. Tests drive it with a FakeClock and `check()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence

LOCK_SHORTCUT = QKeySequence("Ctrl+L")
# Hides the window at once and locks: for when someone walks in who must not see the screen.
PANIC_SHORTCUT = QKeySequence("Ctrl+Shift+H")

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits `idle` once after `minutes` without input, while armed."""

    idle = Signal()

    def __init__(self, monotonic: Callable[[], float], minutes: int, parent: QObject | None = None,
                 check_every_ms: int = 5000):
        super().__init__(parent)
        self._now = monotonic
        self._limit = minutes * 60.0
        self._last = monotonic()
        self._armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)

    @property
    def minutes(self) -> float:
        return self._limit / 60.0

    def set_minutes(self, minutes: int) -> None:
        self._limit = minutes * 60.0

    def arm(self) -> None:
        """Start watching (after an unlock)."""
        self._last = self._now()
        self._armed = True
        self.timer.start()

    def disarm(self) -> None:
        self._armed = False
        self.timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def idle_seconds(self) -> float:
        return self._now() - self._last

    def touch(self) -> None:
        self._last = self._now()

    def check(self) -> None:
        if self._armed and self.idle_seconds() >= self._limit:
            self.disarm()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _ACTIVITY:
            self._last = self._now()
        return False
