"""The period report for donors and authorities: choose the period and language, then save the PDF.

The PDF holds figures only and is recorded in the disclosure register; it is a
plain file, so the dialog warns before saving.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ShelterDeskError
from ..services.files import save_outside_vault
from ..services.registry import Services
from .export_dialog import confirm_plaintext
from .file_dialogs import save_file
from .messages import show_error
from .widgets import hint_label, message_label, show_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def languages_label(code: str) -> str:
    return {"en": _tr("English only"), "id": _tr("English and Indonesian"),
            "zh": _tr("English and Chinese")}.get(code, code)


def ask_path(parent: QWidget | None, suggested: str):
    return save_file(parent, _tr("Save the report as"), suggested, _tr("PDF files (*.pdf)"), default_suffix="pdf")


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ReportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.saved = False
        self.setObjectName("reportDialog")
        self.setWindowTitle(_tr("Period report"))
        start, end = last_month(services.session.clock.today())
        self.start, self.end = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        for edit, name in ((self.start, _tr("First day")), (self.end, _tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.language = QComboBox()
        self.language.setAccessibleName(_tr("Languages"))
        for code in services.reports.languages():
            self.language.addItem(languages_label(code), code)
        form = QFormLayout()
        form.addRow(_tr("First day"), self.start)
        form.addRow(_tr("Last day"), self.end)
        form.addRow(_tr("Languages"), self.language)
        self.message = message_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(_tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(_tr(
            "Admissions, departures, nationality, sex, age, type of exploitation, referrals and days to a travel "
            "document for the period, with charts. No names; counts under 11 are shown as “<11”.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def save(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        language = self.language.currentData()
        try:
            self.services.reports.check(start, end, language, 11)
        except ShelterDeskError as e:
            show_error(self, e)
            return
        if not confirm_plaintext(self):
            return
        path = ask_path(self, f"shelterdesk-report-{start.isoformat()}-{end.isoformat()}.pdf")
        if path is None:
            return
        try:
            self.services.reports.issue(start, end, lambda pdf: save_outside_vault(path, pdf), language=language)
        except ShelterDeskError as e:
            show_error(self, e)
            return
        except OSError as e:
            show_message(self.message, _tr("The file could not be written ({reason}). Nothing was recorded.")
                         .format(reason=e.strerror or "error"))
            return
        self.saved = True
        show_message(self.message, "")
        self.summary.setText(_tr("Saved {file}.").format(file=path.name))
