"""Shared by the administrator screens: a busy cursor, a plain yes/no question, dialogs that fit their text."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while a slow step (re-keying, backing up, checking) runs on the UI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    # Let the cursor change reach the screen before the work starts (clicks wait until it is done).
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str) -> bool:
    """Ask before an action that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmMessage")
    yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("AdminHelpers", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def fit_height(dialog: QDialog) -> None:
    """Grow a dialog to the height its wrapped text needs at its width (Qt's size hint does not ask for it)."""
    need = dialog.layout().totalHeightForWidth(dialog.width())
    dialog.setMinimumHeight(need)
    if dialog.height() < need:
        dialog.resize(dialog.width(), need)
