"""Expected errors (ShelterDeskError) shown as plain messages a person can act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ShelterDeskError,
    StorageFull,
    ValidationError,
    VaultError,
)
from .shown import shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def title_for(error: ShelterDeskError) -> str:
    if isinstance(error, ValidationError):
        return _tr("Please check these fields")
    if isinstance(error, PermissionDenied):
        return _tr("Not allowed for your role")
    if isinstance(error, ConflictError):
        return _tr("Someone else saved first")
    if isinstance(error, StorageFull):
        return _tr("The disk is full")
    if isinstance(error, AuthenticationError):
        return _tr("Could not unlock")
    if isinstance(error, VaultError):
        return _tr("The vault cannot be used")
    return _tr("This cannot be done")


def text_for(error: ShelterDeskError) -> str:
    """The message for a person in the interface language; a ValidationError lists one line per field."""
    if isinstance(error, ValidationError):
        return "\n".join(f"• {shown(message)}" for message in error.errors.values())
    return shown(error)


def show_error(parent: QWidget | None, error: ShelterDeskError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title_for(error), text_for(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.exec()

