"""Anonymised statistics for donors and agencies: pick the kind, format and k, then save.

The file is written privately in the same transaction that records it in the
disclosure register. It is plaintext: the dialog says so before saving.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.anonymise import DEFAULT_K
from ..domain.errors import ShelterDeskError
from ..services.exports import MAX_K, MIN_K, ExportResult
from ..services.files import save_outside_vault
from ..services.registry import Services
from .file_dialogs import save_file
from .messages import show_error
from .widgets import hint_label, message_label, show_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def confirm_plaintext(parent: QWidget | None, *, names: bool = False) -> bool:
    """Ask before an export leaves the vault as a plain file; True if the person goes ahead."""
    text = (_tr("The saved file is NOT encrypted and holds names and case details: anyone who can open it can "
                "read them.") if names else
            _tr("The saved file is NOT encrypted: anyone who can open it can read it."))
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Exported files are not encrypted"), text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("notEncryptedWarning")
    box.setInformativeText(_tr("The export is recorded in the disclosure register. Save it only to a place you "
                               "control, share it only with its recipient, and delete it when it is no longer "
                               "needed."))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Save


def ask_path(parent: QWidget | None, suggested: str, fmt: str) -> Path | None:
    name_filter = _tr("Excel workbooks (*.xlsx)") if fmt == "xlsx" else _tr("CSV files (*.csv)")
    return save_file(parent, _tr("Save the export as"), suggested, name_filter, default_suffix=fmt)


def ask_register_path(parent: QWidget | None, suggested: str) -> Path | None:
    return save_file(parent, _tr("Save the register as"), suggested,
                     _tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"), default_suffix="xlsx")


class ExportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.result: ExportResult | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(_tr("Export anonymised statistics"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(_tr("What to export"))
        self.kind.addItem(_tr("Counts per month (aggregate, HXL-tagged)"), "aggregate")
        self.kind.addItem(_tr("One row per person, CTDC columns (consenting people only)"), "cases")
        self.fmt = QComboBox()
        self.fmt.setAccessibleName(_tr("File format"))
        self.fmt.addItem(_tr("Excel workbook (.xlsx)"), "xlsx")
        self.fmt.addItem(_tr("CSV (.csv)"), "csv")
        self.k = QSpinBox()
        self.k.setAccessibleName(_tr("Smallest group published (k)"))
        self.k.setRange(MIN_K, MAX_K)
        self.k.setValue(DEFAULT_K)
        form = QFormLayout()
        form.addRow(_tr("Export"), self.kind)
        form.addRow(_tr("Format"), self.fmt)
        form.addRow(_tr("Smallest group (k)"), self.k)
        self.message = message_label()
        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(_tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(_tr(
            "No names, case or document numbers, dates of birth, addresses or notes ever leave. Counts under k "
            "are left out; in the person-level file ages, countries and years are widened until every "
            "combination is shared by at least k people, and whoever still stands out is left out.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def save(self) -> None:
        kind, fmt = self.kind.currentData(), self.fmt.currentData()
        if not confirm_plaintext(self):
            return
        today = self.services.session.clock.today().isoformat()
        path = ask_path(self, f"shelterdesk-{kind}-{today}.{fmt}", fmt)
        if path is None:
            return
        try:
            self.result = self.services.exports.anonymised(kind, fmt, lambda data: save_outside_vault(path, data),
                                                           k=self.k.value())
        except ShelterDeskError as e:
            show_error(self, e)
            return
        except OSError as e:
            show_message(self.message, _tr("The file could not be written ({reason}). Nothing was recorded.")
                         .format(reason=e.strerror or "error"))
            return
        show_message(self.message, "")
        r = self.result
        text = _tr("Saved {file}: {rows} row(s) written, {suppressed} left out because they counted fewer than "
                   "{k} people.").format(file=path.name, rows=r.rows, suppressed=r.suppressed, k=r.k)
        if r.kind == "cases":
            text += " " + _tr("{generalised} row(s) were generalised; {no_consent} case(s) without consent for "
                              "anonymised statistics were left out.").format(
                generalised=r.generalised, no_consent=r.left_out_no_consent)
        self.summary.setText(text)
