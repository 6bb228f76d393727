"""Changing your own passphrase (every role). The forced first passphrase lives in unlock.py."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.registry import Services
from . import operations
from .admin_helpers import fit_height
from .widgets import PassphraseField, heading, message_label, show_message


def password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


class ChangePassphraseDialog(QDialog):
    """Current passphrase, the new one twice with a strength meter; the service checks both."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Change my passphrase"), level=2))
        intro = QLabel(self.tr("Your new passphrase opens the vault from now on; the old one stops working. "
                               "Backups made earlier still open with the old one."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = password_edit(self.tr("Current passphrase"))
        self.new = PassphraseField(lambda: (actor.username, actor.display_name))
        self.confirm = password_edit(self.tr("Type the new passphrase again"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Again"), self.confirm)
        layout.addLayout(form)
        self.message = message_label()
        self.message.setAccessibleName(self.tr("Passphrase message"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Change passphrase"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Change passphrase"))
        self.save_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.new.changed.connect(lambda: fit_height(self))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        fit_height(self)

    def save(self) -> None:
        if self.new.text() != self.confirm.text():
            show_message(self.message, self.tr("The two new passphrases differ. Type them again."))
            return
        if not operations.succeeded(self, lambda: self.services.staff.change_passphrase(
                self.current.text(), self.new.text()), on_failure=operations.in_label(self.message,
                                                                                   lambda: fit_height(self))):
            return
        self._forget()
        self.accept()

    def _forget(self) -> None:
        for edit in (self.current, self.new.edit, self.confirm):
            edit.clear()

    def reject(self) -> None:
        self._forget()
        super().reject()
