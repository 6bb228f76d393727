"""Forms that do not lose what was typed: Escape or Close on a changed form asks first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from ..domain.enums import DocumentStatus
from .forms import ChoiceField


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def confirm_discard(parent: QWidget | None, what: str) -> bool:
    """Ask whether to throw away `what` (e.g. "this intake"); True only if the person says so."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Discard what you typed?"),
                      _tr("You have typed into {what} and not saved it. Discard it?").format(what=what),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmDiscard")
    box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Keep editing"))
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Discard"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)  # a second Escape keeps the form, never loses it
    return box.exec() == QMessageBox.StandardButton.Discard


class AsksBeforeDiscard(QDialog):
    """A dialog whose Escape, Cancel button and window close button ask before throwing typed input away.

    Subclasses say what they hold (`discard_what`) and whether it changed (`has_unsaved_input`), and
    connect their Cancel button to `cancel`. reject() and close() from the program (the vault is
    locking) never ask.
    """

    discard_what = ""

    def has_unsaved_input(self) -> bool:
        raise NotImplementedError

    def _may_discard(self) -> bool:
        return not self.has_unsaved_input() or confirm_discard(self, self.discard_what or _tr("this form"))

    def cancel(self) -> None:
        """Escape or Cancel: close, after asking if something typed would be lost."""
        if self._may_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if event.spontaneous() and not self._may_discard():  # the window's close button
            event.ignore()
            return
        super().closeEvent(event)


def status_follows_number(number: QLineEdit, status: ChoiceField) -> None:
    """Typing a document number moves "No document" to "In hand" (and back if the number is erased),
    unless the person picked a status themselves."""
    picked = {"by_hand": False}

    def number_typed(text: str) -> None:
        if text.strip() and status.value() == DocumentStatus.NONE:
            status.set_value(DocumentStatus.IN_HAND)
        elif not text.strip() and not picked["by_hand"] and status.value() == DocumentStatus.IN_HAND:
            status.set_value(DocumentStatus.NONE)

    number.textEdited.connect(number_typed)
    status.combo.activated.connect(lambda _index: picked.update(by_hand=True))
