"""One crash dialog for unexpected errors, with a report that holds no survivor data.

The report lists the exception's type and the code locations (file:line and
function) only: never the exception message, local values or arguments, which
may hold names or document numbers.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.errors import ShelterDeskError
from .messages import show_error

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent


def sanitised_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    lines = [f"ShelterDesk {__version__} crash report",
             f"Python {platform.python_version()} on {platform.system()}",
             f"Exception: {exc_type.__module__}.{exc_type.__qualname__}", "Frames (oldest first):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(_PACKAGE_ROOT))
    except ValueError:
        return path.name  # outside the app: the file name only, no home folder path


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("ShelterDesk — unexpected error"))
        self.report = report
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong that ShelterDesk did not expect. Your saved records are safe in the "
            "vault; the last action may not have been completed.\n\nIf it happens again, copy the report "
            "below and send it to your support contact. It holds no survivor data, only where in the "
            "program the error happened."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Crash report"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setAccessibleName(self.tr("Copy the crash report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler:
    """The sys.excepthook of the app: expected errors become messages, the rest one crash dialog."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None):
        self._parent = parent
        self.dialog: CrashDialog | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(exc, ShelterDeskError):
            show_error(self._parent(), exc)
            return
        report = sanitised_report(exc_type, tb)
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time: a cascade of errors must not bury the screen
        self.dialog = CrashDialog(report, self._parent())
        self.dialog.open()
