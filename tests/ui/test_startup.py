"""Start-up: the unlock window comes first; the letter renderer and the demo vault come after it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from shelterdesk import app as app_module
from shelterdesk.domain.queries import CaseQuery
from shelterdesk.ui.main_window import MainWindow
from shelterdesk.ui.settings_store import SettingsStore
from tests.ui import shell_support  # noqa: F401 (sets offscreen Qt before the app starts)

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pypdf", "fontTools", "uharfbuzz", "zxcvbn", "shelterdesk.letters.render")


def test_starting_the_app_loads_no_letter_renderer() -> None:
    script = ("import sys, shelterdesk.app; "
              f"print(','.join(sorted(m for m in sys.modules if m.startswith({HEAVY!r}))))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def _demo_window(qtbot, demo: app_module.Demo) -> MainWindow:
    window = MainWindow(demo.access, SettingsStore(demo.folder / "settings.ini"), demo_hint=demo.hint,
                        preparing="Preparing the demo vault…")
    qtbot.addWidget(window)
    window.show()
    return window


def test_demo_window_shows_before_its_vault_and_unlocks_once_built(qtbot) -> None:
    demo = app_module.prepare_demo()
    try:
        window = _demo_window(qtbot, demo)
        screen = window.unlock_screen
        assert window.stack.currentWidget() is screen  # not the first-run screen: the vault is coming
        assert not demo.access.exists()
        assert not screen.button.isEnabled()
        assert screen.wait_label.isVisible() and "Preparing" in screen.wait_label.text()
        screen.passphrase.setText(app_module.DEMO_PASSPHRASE)
        screen.user.setText(app_module.DEMO_USER)
        screen.passphrase.returnPressed.emit()  # Enter before the vault is ready does nothing
        assert window.services is None
        builder = app_module.build_demo_behind(window, demo, count=15)
        assert not builder.isRunning()  # it starts once the window's first events have run
        with qtbot.waitSignal(builder.ready, timeout=30000):
            pass
        builder.wait()
        assert screen.button.isEnabled() and not screen.wait_label.isVisible()
        screen.passphrase.setText(app_module.DEMO_PASSPHRASE)
        qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
        assert window.services is not None
        assert window.services.cases.count(CaseQuery()) == 15
        window.lock()
    finally:
        demo.remove()


def test_a_demo_that_cannot_be_built_says_so_and_keeps_unlock_off(qtbot) -> None:
    demo = app_module.prepare_demo()
    try:
        (demo.folder / "vault").write_text("in the way")  # a file where the vault's folder must go
        window = _demo_window(qtbot, demo)
        builder = app_module.build_demo_behind(window, demo, count=5)
        with qtbot.waitSignal(builder.failed, timeout=30000):
            pass
        builder.wait()
        screen = window.unlock_screen
        assert not screen.button.isEnabled()
        assert "could not be built" in screen.wait_label.text()
        qtbot.wait(1100)  # the once-a-second countdown must not switch the button back on
        assert not screen.button.isEnabled()
    finally:
        demo.remove()
