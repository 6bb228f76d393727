"""Lock before the process goes away: logout, shutdown, SIGTERM, Ctrl+C.

Two routes, because platforms end a desktop session differently:
- Qt's session signals (all platforms; on Windows a logout or shutdown arrives
  only this way, as WM_QUERYENDSESSION → commitDataRequest): lock when the
  session manager asks the app to save, and again on aboutToQuit.
- POSIX signals (SIGTERM from logout/shutdown/kill, SIGHUP when the terminal
  closes, SIGINT): Python runs a signal handler only when Python code runs, and
  Qt's event loop is C++, so the handler's wake-up byte goes to a socket Qt
  watches; the handler then runs at once, locks and quits the event loop.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication, QSessionManager

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class LockOnSessionEnd(QObject):
    """While alive, every way the session or process ends locks first (`lock` must be safe to call twice)."""

    def __init__(self, app: QGuiApplication, lock: Callable[[], None], quit: Callable[[], None] | None = None):
        super().__init__(app)
        self._app, self._lock, self._quit = app, lock, quit or app.quit
        app.commitDataRequest.connect(self._session_ending)
        app.aboutToQuit.connect(self._lock)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, self._on_signal) for sig in _SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _session_ending(self, _manager: QSessionManager) -> None:
        self._lock()

    def _on_signal(self, _signum: int, _frame: object) -> None:
        self._lock()
        self._quit()

    def _drain(self) -> None:
        # Reading the wake-up bytes is all: the Python handler has already run by the time this slot does.
        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass

    def uninstall(self) -> None:
        """Give the signals back as they were (tests, and the end of main)."""
        self._notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.set_wakeup_fd(self._previous_fd)
        with contextlib.suppress(TypeError, RuntimeError):
            self._app.commitDataRequest.disconnect(self._session_ending)
            self._app.aboutToQuit.disconnect(self._lock)
        self._reader.close()
        self._writer.close()
