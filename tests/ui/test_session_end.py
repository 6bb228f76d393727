"""The app locks when the session or the process ends: SIGTERM, SIGHUP, Ctrl+C, logout (commitDataRequest), quit."""

from __future__ import annotations

import os
import signal
import sys

import pytest
from PySide6.QtCore import QMetaMethod
from PySide6.QtWidgets import QApplication

from shelterdesk.ui.session_end import LockOnSessionEnd
from tests.ui.shell_support import access_for, unlocked_window


@pytest.fixture
def window(qtbot, services, vault_dir, clock, shelterdesk_home):
    services.close()
    return unlocked_window(qtbot, access_for(vault_dir, clock, shelterdesk_home))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows ends a GUI session through Qt, not POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", signal.SIGTERM)])
def test_a_termination_signal_locks_then_quits(qtbot, window, signum):
    quits: list[bool] = []
    ending = LockOnSessionEnd(QApplication.instance(), window.lock, quit=lambda: quits.append(True))
    try:
        session = window.services.session
        os.kill(os.getpid(), signum)
        qtbot.waitUntil(lambda: bool(quits), timeout=3000)  # delivered while Qt's event loop runs
        assert window.is_locked and not session.vault.is_open
    finally:
        ending.uninstall()


def test_logout_and_quit_lock(qtbot, window):
    app = QApplication.instance()
    ending = LockOnSessionEnd(app, window.lock, quit=lambda: None)
    try:
        session = window.services.session
        # Qt cannot emit commitDataRequest from Python (its QSessionManager is built by the platform), so
        # check that it is connected, then call what it is connected to.
        assert app.isSignalConnected(QMetaMethod.fromSignal(app.commitDataRequest))
        ending._session_ending(None)
        assert window.is_locked and not session.vault.is_open
        window.unlock_screen.passphrase.setText("correct horse battery staple")
        window.unlock_screen.button.click()
        assert not window.is_locked
        app.aboutToQuit.emit()
        assert window.is_locked
    finally:
        ending.uninstall()
