"""Settings → Retention: the policy for closed cases, a preview of exactly which cases would change, and
applying it (administrators). Anonymising cannot be undone; the panel says so before it asks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ShelterDeskError
from ..domain.retention import MAX_MONTHS, SUGGESTED_MONTHS, RetentionCandidate
from ..services.registry import Services
from ..services.session import ADMIN_ROLES
from .admin_helpers import busy_cursor, confirm
from .locale_format import grouped, show_date
from .shown import shown
from .widgets import card_frame, hint_label, message_label, show_message


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in this panel's context; with `n`, %n picks the plural form."""
    return QCoreApplication.translate("RetentionPanel", text, disambiguation or None, n)


def retention_card(services: Services) -> QWidget:
    """The card for the Settings screen: the panel for administrators, the current rule for everyone else."""
    frame, layout = card_frame(tr("Keeping records (retention)"))
    if services.session.can(ADMIN_ROLES):
        layout.addWidget(RetentionPanel(services))
    else:
        months = services.retention.months()
        layout.addWidget(hint_label(
            tr("Closed cases are anonymised %1 months after they closed.").replace("%1", str(months)) if months
            else tr("Closed cases are kept until an administrator sets a retention period.")))
    return frame


class RetentionPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(tr(
            "Anonymise cases that closed (repatriated, transferred, left or closed) more than a number of months "
            "ago. Anonymising keeps only what statistics use — nationality, sex, year of birth, exploitation "
            "type, admission and discharge month, status, needs and referral kinds with their outcomes, consent "
            "for statistics — and deletes names, documents, contacts, notes, letters and attachments. It "
            "cannot be undone.")))
        self.enabled = QCheckBox(tr("Anonymise closed cases after"))
        self.enabled.setAccessibleName(tr("Anonymise closed cases"))
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setSuffix(tr(" months"))
        self.months.setAccessibleName(tr("Months after closing"))
        current = services.retention.months()
        self.enabled.setChecked(current is not None)
        self.months.setValue(current or SUGGESTED_MONTHS)
        self.months.setEnabled(current is not None)
        self.enabled.toggled.connect(self.months.setEnabled)
        self.save_button = QPushButton(tr("Save the rule"))
        self.save_button.setAccessibleName(tr("Save the retention rule"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.months)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.preview_button = QPushButton(tr("Show the cases due…"))
        self.preview_button.setAccessibleName(tr("Show the cases due"))
        self.preview_button.clicked.connect(self.show_preview)
        self.apply_button = QPushButton(tr("Anonymise these cases…"))
        self.apply_button.setAccessibleName(tr("Anonymise these cases"))
        self.apply_button.clicked.connect(self.apply)
        self.apply_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.due_list = QListWidget()
        self.due_list.setAccessibleName(tr("Cases the rule would anonymise"))
        self.due_list.setVisible(False)
        self.due_list.setWordWrap(True)
        layout.addWidget(self.due_list)
        self.message = message_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.due: list[RetentionCandidate] = []

    def save(self) -> None:
        months = self.months.value() if self.enabled.isChecked() else None
        try:
            self.services.retention.set_months(months)
        except ShelterDeskError as e:
            show_message(self.message, shown(e))
            return
        show_message(self.message, tr("Saved: closed cases are anonymised %1 months after closing.")
                     .replace("%1", str(months)) if months else tr("Saved: no case is anonymised."))
        self._forget_preview()

    def show_preview(self) -> None:
        self.due = self.services.retention.preview()
        self.due_list.clear()
        for case in self.due:
            self.due_list.addItem(f"{case.case_number} — " + tr("closed %1").replace("%1", show_date(case.closed_on))
                                  + "\n    " + "\n    ".join(shown(change) for change in case.changes))
        self.due_list.setVisible(bool(self.due))
        self.apply_button.setEnabled(bool(self.due))
        if self.services.retention.months() is None:
            show_message(self.message, tr("The rule is off: save a number of months first."))
        else:
            show_message(self.message, grouped(tr("%n case(s) would be anonymised now.", "", len(self.due)), len(self.due)))

    def apply(self) -> None:
        if not self.due or not confirm(self, tr("Anonymise closed cases"), tr(
                "%n case(s) will be anonymised: names, documents, contacts, notes, letters and attachments are "
                "deleted for good. This cannot be undone.", "", len(self.due)),
                tr("Anonymise")):
            return
        try:
            with busy_cursor():  # about 8 ms a case: a first run over a long backlog takes a while
                done = self.services.retention.apply()
        except ShelterDeskError as e:
            show_message(self.message, shown(e))
            return
        self._forget_preview()
        show_message(self.message, grouped(tr("%n case(s) anonymised.", "", len(done)), len(done)))

    def _forget_preview(self) -> None:
        self.due = []
        self.due_list.clear()
        self.due_list.setVisible(False)
        self.apply_button.setEnabled(False)
