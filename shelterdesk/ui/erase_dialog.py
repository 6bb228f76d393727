"""Erase a case on the person's request: a reason, the case number typed again, then gone for good."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ShelterDeskError
from ..services.registry import Services
from .shown import shown
from .widgets import message_label, show_message


def tr(text: str) -> str:
    return QCoreApplication.translate("EraseDialog", text)


class EraseCaseDialog(QDialog):
    """Accepted only once the service has erased the case."""

    def __init__(self, services: Services, survivor_id: int, case_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.survivor_id, self.case_number = services, survivor_id, case_number
        self.setWindowTitle(tr("Erase this case"))
        warning = QLabel(tr(
            "Erasing deletes this case and everything about it: identity, needs, referrals, consents, letters, "
            "attachments and the details in its history. Only a line in the audit log remains: that a case was "
            "erased, by whom and why.\n\nThis cannot be undone. Backups made before today still hold the case "
            "until they are destroyed."))
        warning.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("Reason"))
        self.reason.setPlaceholderText(tr("e.g. the person asked on 2026-11-30 (no names)"))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(tr("Case number, to confirm"))
        self.confirm.setPlaceholderText(case_number)
        form = QFormLayout()
        form.addRow(tr("Reason"), self.reason)
        form.addRow(tr("Type the case number"), self.confirm)
        self.message = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAccessibleName(tr("Erase for good"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        for field in (self.reason, self.confirm):
            field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

    def _update(self) -> None:
        self.erase_button.setEnabled(bool(self.reason.text().strip())
                                     and self.confirm.text().strip().upper() == self.case_number.upper())

    def erase(self) -> None:
        try:
            self.services.retention.erase(self.survivor_id, self.reason.text())
        except ShelterDeskError as e:
            show_message(self.message, shown(e))
            return
        self.accept()
