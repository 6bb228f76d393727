"""History: this case's entries in the audit log, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.registry import Services
from ..form_layout import heading
from ..table_models import history_model
from .base import record_table


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTab", text)


class HistoryTab(QWidget):
    def __init__(self, services: Services, survivor_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.survivor_id = survivor_id
        self.model = history_model(self)
        self.table = record_table(self.model)
        self.table.setAccessibleName(tr("Case history"))
        explain = QLabel(tr("Who opened or changed this case, and when. Entries cannot be edited."))
        explain.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 16)
        outer.addWidget(heading(tr("History")))
        outer.addWidget(explain)
        outer.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.set_rows(self.services.audit.entries(entity="survivor", entity_id=self.survivor_id))

    def clear(self) -> None:
        self.model.clear()
