"""Free-text case notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..form_fields import MultiLineField
from .base import SurvivorFormTab


def tr(text: str) -> str:
    return QCoreApplication.translate("NotesTab", text)


class NotesTab(SurvivorFormTab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        notes = MultiLineField(tr("Case notes"), tr("Notes about this case. Kept encrypted in the vault."))
        notes.edit.setTabChangesFocus(False)
        notes.edit.setMinimumHeight(360)
        self.section(tr("Notes"), [("", "notes", notes)])
        self.finish()
